import type { Messages, MessageTools } from '../shared/lang.js';

type CardKey =
  | 'ordinal'
  | 'dates'
  | 'place'
  | 'format'
  | 'inPerson'
  | 'video'
  | 'coChairs'
  | 'delegation'
  | 'otherCountry'
  | 'documents'
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
  | 'summary'
  | 'notes'
  | 'sources'
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
    ordinal: '{ordinal} regular meeting',
    dates: 'Dates',
    place: 'Place',
    format: 'Format',
    inPerson: 'In person',
    video: 'Video conference',
    coChairs: 'Co-chairs',
    delegation: 'Delegations',
    otherCountry: 'Others',
    documents: 'Documents signed',
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
    summary: 'Summary',
    notes: 'Notes',
    sources: 'Sources',
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
    ordinal: '{ordinal}定期会晤',
    dates: '日期',
    place: '地点',
    format: '形式',
    inPerson: '现场会晤',
    video: '视频会晤',
    coChairs: '共同主持人',
    delegation: '出席人员',
    otherCountry: '其他',
    documents: '签署文件',
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
    summary: '概要',
    notes: '说明',
    sources: '资料来源',
    newTab: '（在新标签页中打开）',
    missing: '没有 id 为“{id}”的会晤。',
    choose: '未选择会晤：请将“meeting”设为 {count} 个会晤 id 之一。',
    invalid: '无法显示此会晤：数据无效。',
    confidence_medium: '各来源部分一致，部分细节不确定。',
    confidence_low: '来源较少，细节不确定。',
  },
  ru: {
    ordinal: '{ordinal} регулярная встреча',
    dates: 'Даты',
    place: 'Место',
    format: 'Формат',
    inPerson: 'Очно',
    video: 'Видеоконференция',
    coChairs: 'Сопредседатели',
    delegation: 'Делегации',
    otherCountry: 'Другие',
    documents: 'Подписанные документы',
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
    summary: 'Кратко',
    notes: 'Примечания',
    sources: 'Источники',
    newTab: '(откроется в новой вкладке)',
    missing: 'Встречи с id «{id}» нет.',
    choose: 'Встреча не выбрана: укажите в «meeting» один из {count} id.',
    invalid: 'Эту встречу нельзя показать: данные некорректны.',
    confidence_medium: 'Источники согласуются частично; некоторые детали не точны.',
    confidence_low: 'Источников мало; детали не точны.',
  },
  ar: {
    ordinal: 'الاجتماع الدوري {ordinal}',
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
    summary: 'الملخص',
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
    ordinal: '{ordinal} réunion régulière',
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
    summary: 'Résumé',
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
    ordinal: '{ordinal} reunión ordinaria',
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
    summary: 'Resumen',
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
