import type { Messages, MessageTools } from '../shared/lang.js';

type CardKey =
  | 'ordinal'
  | 'meetingNoun'
  | 'chair'
  | 'host'
  | 'party'
  | 'hybrid'
  | 'status'
  | 'status_planned'
  | 'status_postponed'
  | 'status_cancelled'
  | 'kind'
  | 'kind_extraordinary'
  | 'kind_informal'
  | 'dates'
  | 'visit'
  | 'visitFrom'
  | 'visitUntil'
  | 'place'
  | 'format'
  | 'inPerson'
  | 'video'
  | 'coChairs'
  | 'delegation'
  | 'otherCountry'
  | 'documents'
  | 'documentsPartial'
  | 'kind_declaration'
  | 'kind_communique'
  | 'kind_agreement'
  | 'kind_protocol'
  | 'kind_roadmap'
  | 'kind_memorandum'
  | 'kind_minutes'
  | 'kind_plan'
  | 'kind_other'
  | 'signedBy'
  | 'sectors'
  | 'agenda'
  | 'notes'
  | 'sources'
  | 'page'
  | 'newTab'
  | 'missing'
  | 'choose'
  | 'invalid'
  | 'confidence_medium'
  | 'confidence_low';

declare module '../shared/lang.js' {
  interface MessageNamespaces {
    card: CardKey;
  }
}

type Count = { count: number };

/** The card's own words in each language; `{name}` marks a placeholder; functions choose plural forms. */
export const cardMessages: Messages<CardKey> = {
  namespace: 'card',
  en: {
    ordinal: '{ordinal} {noun}',
    meetingNoun: 'meeting',
    chair: 'Chair',
    host: 'host',
    party: '({party})',
    hybrid: 'In person and by video link',
    status: 'Status',
    status_planned: 'Planned',
    status_postponed: 'Postponed',
    status_cancelled: 'Cancelled',
    kind: 'Kind',
    kind_extraordinary: 'Extraordinary meeting',
    kind_informal: 'Informal meeting',
    dates: 'Dates',
    visit: 'Visit',
    visitFrom: 'from {date}',
    visitUntil: 'until {date}',
    place: 'Place',
    format: 'Format',
    inPerson: 'In person',
    video: 'Video conference',
    coChairs: 'Co-chairs',
    delegation: 'Delegations',
    otherCountry: 'Others',
    documents: 'Documents signed',
    documentsPartial: 'The sources name only some of the documents signed.',
    kind_declaration: 'Declarations',
    kind_communique: 'Communiqués',
    kind_agreement: 'Agreements',
    kind_protocol: 'Protocols',
    kind_roadmap: 'Roadmaps',
    kind_memorandum: 'Memoranda',
    kind_minutes: 'Minutes',
    kind_plan: 'Plans',
    kind_other: 'Other documents',
    signedBy: 'signed by {names}',
    sectors: 'Sectors',
    agenda: 'Agenda',
    notes: 'Notes',
    sources: 'Sources',
    page: 'p. {page}',
    newTab: '(opens in a new tab)',
    missing: 'No meeting with id “{id}”.',
    choose: ({ count }: Count, f: MessageTools) =>
      f.plural(count, {
        one: 'No meeting chosen: set “meeting” to the one meeting id.',
        other: 'No meeting chosen: set “meeting” to one of the # meeting ids.',
      }),
    invalid: 'This meeting cannot be shown: its data is not valid.',
    confidence_medium: 'Sources partly agree; some details are uncertain.',
    confidence_low: 'Few sources; details are uncertain.',
  },
  zh: {
    ordinal: '{ordinal}{noun}',
    meetingNoun: '会晤',
    chair: '主持人',
    host: '东道主',
    party: '（{party}）',
    hybrid: '线上线下结合',
    status: '状态',
    status_planned: '计划举行',
    status_postponed: '已推迟',
    status_cancelled: '已取消',
    kind: '类型',
    kind_extraordinary: '特别会议',
    kind_informal: '非正式会晤',
    dates: '日期',
    visit: '访问',
    visitFrom: '{date}起',
    visitUntil: '至{date}',
    place: '地点',
    format: '形式',
    inPerson: '现场会晤',
    video: '视频会晤',
    coChairs: '共同主持人',
    delegation: '出席人员',
    otherCountry: '其他',
    documents: '签署文件',
    documentsPartial: '资料仅列出所签部分文件。',
    kind_declaration: '宣言',
    kind_communique: '公报',
    kind_agreement: '协定',
    kind_protocol: '议定书',
    kind_roadmap: '路线图',
    kind_memorandum: '备忘录',
    kind_minutes: '会议纪要',
    kind_plan: '规划',
    kind_other: '其他文件',
    signedBy: '签署方：{names}',
    sectors: '领域',
    agenda: '日程',
    notes: '说明',
    sources: '资料来源',
    page: '第{page}页',
    newTab: '（在新标签页中打开）',
    missing: '没有 id 为“{id}”的会晤。',
    choose: '未选择会晤：请将“meeting”设为 {count} 个会晤 id 之一。',
    invalid: '无法显示此会晤：数据无效。',
    confidence_medium: '各来源部分一致，部分细节不确定。',
    confidence_low: '来源较少，细节不确定。',
  },
  ru: {
    ordinal: '{ordinal} {noun}',
    meetingNoun: 'встреча',
    chair: 'Председатель',
    host: 'принимающая сторона',
    party: '({party})',
    hybrid: 'Очно и по видеосвязи',
    status: 'Статус',
    status_planned: 'Планируется',
    status_postponed: 'Перенесено',
    status_cancelled: 'Отменено',
    kind: 'Вид',
    kind_extraordinary: 'Внеочередная встреча',
    kind_informal: 'Неформальная встреча',
    dates: 'Даты',
    visit: 'Визит',
    visitFrom: 'с {date}',
    visitUntil: 'до {date}',
    place: 'Место',
    format: 'Формат',
    inPerson: 'Очно',
    video: 'Видеоконференция',
    coChairs: 'Сопредседатели',
    delegation: 'Делегации',
    otherCountry: 'Другие',
    documents: 'Подписанные документы',
    documentsPartial: 'Источники называют лишь часть подписанных документов.',
    kind_declaration: 'Декларации',
    kind_communique: 'Коммюнике',
    kind_agreement: 'Соглашения',
    kind_protocol: 'Протоколы',
    kind_roadmap: 'Дорожные карты',
    kind_memorandum: 'Меморандумы',
    kind_minutes: 'Протоколы заседаний',
    kind_plan: 'Планы',
    kind_other: 'Другие документы',
    signedBy: 'подписали: {names}',
    sectors: 'Сферы',
    agenda: 'Программа',
    notes: 'Примечания',
    sources: 'Источники',
    page: 'с. {page}',
    newTab: '(откроется в новой вкладке)',
    missing: 'Встречи с id «{id}» нет.',
    choose: 'Встреча не выбрана: укажите в «meeting» один из {count} id.',
    invalid: 'Эту встречу нельзя показать: данные некорректны.',
    confidence_medium: 'Источники согласуются частично; некоторые детали не точны.',
    confidence_low: 'Источников мало; детали не точны.',
  },
  ar: {
    ordinal: '{noun} {ordinal}',
    meetingNoun: 'الاجتماع',
    chair: 'الرئيس',
    host: 'المضيف',
    party: '({party})',
    hybrid: 'حضوريًا وعبر الفيديو',
    status: 'الحالة',
    status_planned: 'مُخطَّط له',
    status_postponed: 'مؤجَّل',
    status_cancelled: 'مُلغى',
    kind: 'النوع',
    kind_extraordinary: 'اجتماع استثنائي',
    kind_informal: 'اجتماع غير رسمي',
    visit: 'الزيارة',
    visitFrom: 'من {date}',
    visitUntil: 'حتى {date}',
    documentsPartial: 'لا تذكر المصادر إلا بعض الوثائق الموقّعة.',
    kind_declaration: 'الإعلانات',
    page: 'ص. {page}',
    dates: 'التواريخ',
    place: 'المكان',
    format: 'الشكل',
    inPerson: 'حضوري',
    video: 'عبر الفيديو',
    coChairs: 'الرئيسان المشاركان',
    delegation: 'الوفود',
    otherCountry: 'آخرون',
    documents: 'الوثائق الموقّعة',
    kind_communique: 'البيانات المشتركة',
    kind_agreement: 'الاتفاقيات',
    kind_protocol: 'البروتوكولات',
    kind_roadmap: 'خرائط الطريق',
    kind_memorandum: 'مذكرات التفاهم',
    kind_minutes: 'المحاضر',
    kind_plan: 'الخطط',
    kind_other: 'وثائق أخرى',
    signedBy: 'وقّعها {names}',
    sectors: 'القطاعات',
    agenda: 'جدول الأعمال',
    notes: 'ملاحظات',
    sources: 'المصادر',
    newTab: '(يُفتح في علامة تبويب جديدة)',
    missing: 'لا يوجد اجتماع بالمعرّف «{id}».',
    choose: ({ count }: Count, f: MessageTools) =>
      f.plural(count, {
        one: 'لم يُختر اجتماع: اضبط «meeting» على معرّف الاجتماع الوحيد.',
        two: 'لم يُختر اجتماع: اضبط «meeting» على أحد معرّفَي الاجتماعين.',
        few: 'لم يُختر اجتماع: اضبط «meeting» على أحد معرّفات الاجتماعات الـ#.',
        other: 'لم يُختر اجتماع: اضبط «meeting» على أحد معرّفات الاجتماعات الـ#.',
      }),
    invalid: 'يتعذّر عرض هذا الاجتماع: بياناته غير صالحة.',
    confidence_medium: 'تتفق المصادر جزئيًا؛ بعض التفاصيل غير مؤكدة.',
    confidence_low: 'المصادر قليلة؛ التفاصيل غير مؤكدة.',
  },
  fr: {
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
  es: {
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
};
