/**
 * French: every namespace's words, loaded on first use (a chunk of its own in the CDN build) and
 * registered as a built-in language by src/shared/lang.ts. Typed against the English keys: a missing
 * or extra key does not compile.
 */
import type { LanguageMessages, MessageTools } from '../shared/lang.js';
import type { Count, Ordinal } from '../shared/messages.js';
import type { Cluster, Limited } from '../meeting-timeline/messages.js';
import type { Of } from '../sector-wheel/messages.js';

const fr: LanguageMessages = {
  shared: {
    loading: 'Chargement des réunions…',
    failed: 'Les données n’ont pas pu être affichées.',
    someInvalid: ({ count }: Count, f: MessageTools) =>
      f.plural(count, {
        one: '# problème dans les données ; seuls les enregistrements valides sont affichés.',
        other: '# problèmes dans les données ; seuls les enregistrements valides sont affichés.',
      }),
    moreProblems: ({ count }: Count, f: MessageTools) =>
      f.plural(count, { one: '… et # autre.', other: '… et # autres.' }),
    empty: 'Aucune réunion à afficher.',
    httpError: 'Échec du chargement de {url} : HTTP {status}.',
    badJson: '{url} n’est pas un JSON valide : {detail}',
    timeout: 'Le chargement de {url} a dépassé {seconds} s et a été interrompu.',
    network: 'Échec du chargement de {url} : {detail}',
    // Feminine, agreeing with « réunion »: 1re, 2e, 30e.
    updated: 'Mis à jour à {time}',
    refreshFailed: 'Mise à jour impossible à {time} ; données de {since} affichées.',
    ordinal: ({ n }: Ordinal, f: MessageTools) => `${f.number(n)}${Number(n) === 1 ? 're' : 'e'}`,
  },
  timeline: {
    chart: 'Chronologie des réunions',
    controls: 'Zoom de la chronologie',
    zoomIn: 'Zoom avant',
    zoomOut: 'Zoom arrière',
    reset: 'Réinitialiser le zoom',
    showing: 'Réunions affichées pour :',
    showingPlace: 'Réunions tenues à :',
    clear: 'Effacer le filtre',
    cluster: ({ count, range }: Cluster, f: MessageTools) =>
      f.plural(count, {
        one: `# réunion, ${range}. Appuyez sur Entrée pour zoomer.`,
        other: `# réunions, ${range}. Appuyez sur Entrée pour zoomer.`,
      }),
    status_planned: 'prévue',
    status_postponed: 'reportée',
    status_cancelled: 'annulée',
    list: 'Réunions par ordre chronologique',
    listLimited: ({ shown, total }: Limited, f: MessageTools) =>
      `${f.plural(shown, { one: '# réunion', other: '# réunions' })} sur ${f.number(total)} dans la période visible ; zoomez pour voir les autres.`,
    details: 'Détails de la réunion',
    documents: 'Documents',
    close: 'Fermer les détails',
    help: 'Les flèches passent d’une réunion à l’autre, Entrée sélectionne, plus et moins zooment, Ctrl + molette zoome.',
    none: 'Aucune réunion ne correspond au filtre.',
  },
  wheel: {
    wheel: 'Secteurs',
    other: 'Autres',
    more: ({ count }: Count, f: MessageTools) => f.plural(count, { one: '# autre', other: '# autres' }),
    whole: 'Tous les secteurs',
    breadcrumbs: 'Niveau de zoom',
    meetingsOf: ({ count, total }: Of, f: MessageTools) =>
      `${f.plural(count, { one: '# réunion', other: '# réunions' })} sur ${f.number(total)}`,
    items: ({ count }: Count, f: MessageTools) =>
      f.plural(count, { one: '# document ou engagement', other: '# documents et engagements' }),
    unknownMeeting: 'Aucune réunion n’a l’identifiant « {id} ».',
    noSectors: 'Les données ne nomment aucun secteur.',
    legend: 'Groupes de secteurs',
    tableCaption: 'Secteurs par groupe',
    group: 'Groupe',
    sector: 'Secteur',
    weight: 'Poids',
    meetingsHeading: 'Réunions',
    documentsHeading: 'Documents',
    onAgenda: 'Parmi les secteurs de la réunion',
    selectHint: 'Choisissez un secteur pour voir ses réunions et ses documents.',
    groupSummary: ({ count }: Count, f: MessageTools) => f.plural(count, { one: '# secteur', other: '# secteurs' }),
    untouched: ({ count, total }: Of, f: MessageTools) =>
      count === total
        ? f.plural(total, {
            one: 'Le seul secteur de la série n’est pas indiqué pour cette réunion',
            other: 'Aucun des # secteurs de la série n’est indiqué pour cette réunion',
          })
        : f.plural(count, {
            one: '# autre secteur de la série n’était pas à l’ordre du jour de cette réunion',
            other: '# autres secteurs de la série n’étaient pas à l’ordre du jour de cette réunion',
          }),
  },
  card: {
    ordinal: '{ordinal} {noun}',
    meetingNoun: 'réunion',
    chair: 'Présidence',
    host: 'hôte',
    party: '({party})',
    hybrid: 'En présentiel et par visioconférence',
    status: 'Statut',
    status_planned: 'Prévue',
    status_postponed: 'Reportée',
    status_cancelled: 'Annulée',
    kind: 'Type',
    kind_extraordinary: 'Réunion extraordinaire',
    kind_informal: 'Réunion informelle',
    visit: 'Visite',
    visitFrom: 'à partir du {date}',
    visitUntil: 'jusqu’au {date}',
    documentsPartial: 'Les sources ne citent qu’une partie des documents signés.',
    kind_declaration: 'Déclarations',
    page: 'p. {page}',
    dates: 'Dates',
    place: 'Lieu',
    format: 'Format',
    inPerson: 'En présentiel',
    video: 'Visioconférence',
    coChairs: 'Coprésidents',
    delegation: 'Délégations',
    otherCountry: 'Autres',
    documents: 'Documents signés',
    kind_communique: 'Communiqués',
    kind_agreement: 'Accords',
    kind_protocol: 'Protocoles',
    kind_roadmap: 'Feuilles de route',
    kind_memorandum: 'Mémorandums',
    kind_minutes: 'Procès-verbaux',
    kind_plan: 'Plans',
    kind_other: 'Autres documents',
    signedBy: 'signé par {names}',
    sectors: 'Secteurs',
    agenda: 'Programme',
    notes: 'Notes',
    sources: 'Sources',
    newTab: '(s’ouvre dans un nouvel onglet)',
    missing: 'Aucune réunion n’a l’identifiant « {id} ».',
    choose: ({ count }: Count, f: MessageTools) =>
      f.plural(count, {
        one: 'Aucune réunion choisie : donnez à « meeting » l’identifiant de la seule réunion.',
        other: 'Aucune réunion choisie : donnez à « meeting » l’un des # identifiants de réunion.',
      }),
    invalid: 'Cette réunion ne peut pas être affichée : ses données ne sont pas valides.',
    confidence_medium: 'Les sources concordent en partie ; certains détails sont incertains.',
    confidence_low: 'Peu de sources ; les détails sont incertains.',
  },
  exportMenu: {
    export: 'Exporter',
    png: 'Télécharger en PNG',
    svg: 'Télécharger en SVG',
    csv: 'Télécharger en CSV',
    json: 'Télécharger en JSON',
    failed: 'L’export a échoué : {detail}',
  },
  exportFile: {
    source: 'Source : {text}',
    sources: '{title} ({sites})',
    more: 'et {count} autres',
    asText: 'Les données en texte',
  },
  map: {
    map: 'Carte des lieux de réunion',
    loadingMap: 'Chargement de la carte…',
    meetingsOne: '{count} réunion',
    meetingsMany: '{count} réunions',
    video: 'Par visioconférence : {years}',
    unplaced: 'Lieu non indiqué : {years}',
    noPlaces: 'Aucune réunion des données n’a de coordonnées à placer sur la carte.',
    legend: 'Pays',
    tableCaption: 'Où les réunions se sont tenues',
    place: 'Lieu',
    country: 'Pays',
    meetings: 'Réunions',
    tableMore: 'Les {shown} lieux qui comptent le plus de réunions, sur {total}.',
    help: 'Les flèches passent d’un lieu à l’autre d’ouest en est, Entrée sélectionne, Échap efface la sélection.',
    clear: 'Effacer la sélection',
    route: 'Les réunions dans l’ordre chronologique',
    mapFailed: 'La carte n’a pas pu être chargée.',
  },
};

export default fr;
