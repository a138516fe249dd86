import type { Messages } from '../shared/lang.js';

/** The card's own words in each language; `{name}` marks a placeholder. */
export const cardMessages: Messages<
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
  | 'confidence_low'
> = {
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
    choose: 'No meeting chosen: set “meeting” to one of the {count} meeting ids.',
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
};
