/**
 * Spanish: every namespace's words, loaded on first use (a chunk of its own in the CDN build) and
 * registered as a built-in language by src/shared/lang.ts. Typed against the English keys: a missing
 * or extra key does not compile.
 */
import type { LanguageMessages, MessageTools } from '../shared/lang.js';
import type { Count } from '../shared/messages.js';
import type { Cluster, Limited } from '../meeting-timeline/messages.js';
import type { Of } from '../sector-wheel/messages.js';

const es: LanguageMessages = {
  shared: {
    loading: 'Cargando reuniones…',
    failed: 'No se pudieron mostrar los datos.',
    someInvalid: ({ count }: Count, f: MessageTools) =>
      f.plural(count, {
        one: '# problema en los datos; se muestran solo los registros válidos.',
        other: '# problemas en los datos; se muestran solo los registros válidos.',
      }),
    moreProblems: '… y {count} más.',
    empty: 'No hay reuniones que mostrar.',
    httpError: 'Error al cargar {url}: HTTP {status}.',
    badJson: '{url} no es un JSON válido: {detail}',
    timeout: 'La carga de {url} tardó más de {seconds} s y se detuvo.',
    network: 'Error al cargar {url}: {detail}',
    // Feminine, agreeing with «reunión»: 30.ª.
    updated: 'Actualizado a las {time}',
    refreshFailed: 'No se pudo actualizar a las {time}; se muestran los datos de las {since}.',
    ordinal: '{n}.ª',
  },
  timeline: {
    chart: 'Cronología de reuniones',
    controls: 'Zoom de la cronología',
    zoomIn: 'Acercar',
    zoomOut: 'Alejar',
    reset: 'Restablecer el zoom',
    showing: 'Reuniones sobre:',
    showingPlace: 'Reuniones celebradas en:',
    clear: 'Quitar el filtro',
    cluster: ({ count, range }: Cluster, f: MessageTools) =>
      f.plural(count, {
        one: `# reunión, ${range}. Pulse Intro para acercar.`,
        other: `# reuniones, ${range}. Pulse Intro para acercar.`,
      }),
    status_planned: 'prevista',
    status_postponed: 'aplazada',
    status_cancelled: 'cancelada',
    list: 'Reuniones en orden cronológico',
    listLimited: ({ shown, total }: Limited, f: MessageTools) =>
      f.plural(total, {
        one: `Se muestra ${f.number(shown)} de # reunión del periodo visible; acerque para ver las demás.`,
        other: `Se muestran ${f.number(shown)} de # reuniones del periodo visible; acerque para ver las demás.`,
      }),
    details: 'Detalles de la reunión',
    documents: 'Documentos',
    close: 'Cerrar los detalles',
    help: 'Las flechas pasan de una reunión a otra, Intro selecciona, más y menos acercan y alejan, Ctrl + rueda acerca.',
    none: 'Ninguna reunión coincide con el filtro.',
  },
  wheel: {
    wheel: 'Sectores',
    other: 'Otros',
    more: ({ count }: Count, f: MessageTools) => f.plural(count, { one: '# más', other: '# más' }),
    whole: 'Todos los sectores',
    breadcrumbs: 'Nivel de zoom',
    meetingsOf: ({ count, total }: Of, f: MessageTools) =>
      f.plural(total, { one: `${f.number(count)} de # reunión`, other: `${f.number(count)} de # reuniones` }),
    items: ({ count }: Count, f: MessageTools) =>
      f.plural(count, { one: '# documento o compromiso', other: '# documentos y compromisos' }),
    unknownMeeting: 'No hay ninguna reunión con el identificador «{id}».',
    noSectors: 'Los datos no nombran ningún sector.',
    legend: 'Grupos de sectores',
    tableCaption: 'Sectores por grupo',
    group: 'Grupo',
    sector: 'Sector',
    weight: 'Peso',
    meetingsHeading: 'Reuniones',
    documentsHeading: 'Documentos',
    onAgenda: 'Figura entre los sectores de la reunión',
    selectHint: 'Elija un sector para ver sus reuniones y documentos.',
    groupSummary: ({ count }: Count, f: MessageTools) => f.plural(count, { one: '# sector', other: '# sectores' }),
    untouched: ({ count, total }: Of, f: MessageTools) =>
      count === total
        ? f.plural(total, {
            one: 'El único sector de la serie no consta para esta reunión',
            other: 'Ninguno de los # sectores de la serie consta para esta reunión',
          })
        : f.plural(count, {
            one: '# sector más de la serie no estuvo en el orden del día de esta reunión',
            other: '# sectores más de la serie no estuvieron en el orden del día de esta reunión',
          }),
  },
  card: {
    ordinal: '{ordinal} {noun}',
    meetingNoun: 'reunión',
    chair: 'Presidencia',
    host: 'anfitrión',
    party: '({party})',
    hybrid: 'Presencial y por videoconferencia',
    status: 'Estado',
    status_planned: 'Prevista',
    status_postponed: 'Aplazada',
    status_cancelled: 'Cancelada',
    kind: 'Tipo',
    kind_extraordinary: 'Reunión extraordinaria',
    kind_informal: 'Reunión informal',
    visit: 'Visita',
    visitFrom: 'desde el {date}',
    visitUntil: 'hasta el {date}',
    documentsPartial: 'Las fuentes solo mencionan algunos de los documentos firmados.',
    kind_declaration: 'Declaraciones',
    page: 'pág. {page}',
    dates: 'Fechas',
    place: 'Lugar',
    format: 'Formato',
    inPerson: 'Presencial',
    video: 'Videoconferencia',
    coChairs: 'Copresidentes',
    delegation: 'Delegaciones',
    otherCountry: 'Otros',
    documents: 'Documentos firmados',
    kind_communique: 'Comunicados',
    kind_agreement: 'Acuerdos',
    kind_protocol: 'Protocolos',
    kind_roadmap: 'Hojas de ruta',
    kind_memorandum: 'Memorandos',
    kind_minutes: 'Actas',
    kind_plan: 'Planes',
    kind_other: 'Otros documentos',
    signedBy: 'firmado por {names}',
    sectors: 'Sectores',
    agenda: 'Programa',
    notes: 'Notas',
    sources: 'Fuentes',
    newTab: '(se abre en una pestaña nueva)',
    missing: 'No hay ninguna reunión con el identificador «{id}».',
    choose: ({ count }: Count, f: MessageTools) =>
      f.plural(count, {
        one: 'No se ha elegido ninguna reunión: dé a «meeting» el identificador de la única reunión.',
        other: 'No se ha elegido ninguna reunión: dé a «meeting» uno de los # identificadores de reunión.',
      }),
    invalid: 'Esta reunión no se puede mostrar: sus datos no son válidos.',
    confidence_medium: 'Las fuentes coinciden en parte; algunos detalles son inciertos.',
    confidence_low: 'Pocas fuentes; los detalles son inciertos.',
  },
  exportMenu: {
    export: 'Exportar',
    png: 'Descargar PNG',
    svg: 'Descargar SVG',
    csv: 'Descargar CSV',
    json: 'Descargar JSON',
    failed: 'La exportación falló: {detail}',
  },
  exportFile: {
    source: 'Fuente: {text}',
    sources: '{title} ({sites})',
    more: 'y {count} más',
    asText: 'Los datos como texto',
  },
  map: {
    map: 'Mapa de los lugares de reunión',
    loadingMap: 'Cargando el mapa…',
    meetingsOne: '{count} reunión',
    meetingsMany: '{count} reuniones',
    video: 'Por videoconferencia: {years}',
    unplaced: 'Lugar no registrado: {years}',
    noPlaces: 'Ninguna reunión de los datos tiene coordenadas para situarla en el mapa.',
    legend: 'Países',
    tableCaption: 'Dónde se celebraron las reuniones',
    place: 'Lugar',
    country: 'País',
    meetings: 'Reuniones',
    tableMore: 'Los {shown} lugares con más reuniones, de {total}.',
    help: 'Las flechas pasan de un lugar a otro de oeste a este, Intro selecciona y Escape borra la selección.',
    clear: 'Borrar la selección',
    route: 'Las reuniones en orden cronológico',
    mapFailed: 'No se pudo cargar el mapa.',
  },
};

export default es;
