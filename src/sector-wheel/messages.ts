import type { Messages } from '../shared/lang.js';

type Key =
  | 'wheel'
  | 'other'
  | 'more'
  | 'whole'
  | 'breadcrumbs'
  | 'meetingsOf'
  | 'items'
  | 'itemsOne'
  | 'unknownMeeting'
  | 'noSectors'
  | 'legend'
  | 'tableCaption'
  | 'group'
  | 'sector'
  | 'weight'
  | 'meetingsHeading'
  | 'documentsHeading'
  | 'onAgenda'
  | 'selectHint'
  | 'groupSummary';

/** The wheel's own words. `{count}`/`{total}` are figures, `{name}` a label. */
export const wheelMessages: Messages<Key> = {
  en: {
    wheel: 'Sectors',
    other: 'Other',
    more: '{count} more',
    whole: 'All sectors',
    breadcrumbs: 'Zoom level',
    meetingsOf: '{count} of {total} meetings',
    items: '{count} documents and commitments',
    itemsOne: '{count} document or commitment',
    unknownMeeting: 'There is no meeting with the id “{id}”.',
    noSectors: 'The data names no sectors.',
    legend: 'Sector groups',
    tableCaption: 'Sectors by group',
    group: 'Group',
    sector: 'Sector',
    weight: 'Weight',
    meetingsHeading: 'Meetings',
    documentsHeading: 'Documents',
    onAgenda: 'Listed among the meeting’s sectors',
    selectHint: 'Select a sector to see its meetings and documents.',
    groupSummary: '{count} sectors',
  },
  zh: {
    wheel: '领域',
    other: '其他',
    more: '另有 {count} 个',
    whole: '全部领域',
    breadcrumbs: '缩放层级',
    meetingsOf: '{total} 次会晤中的 {count} 次',
    items: '{count} 份文件和承诺',
    itemsOne: '{count} 份文件或承诺',
    unknownMeeting: '没有编号为“{id}”的会晤。',
    noSectors: '数据中没有领域。',
    legend: '领域类别',
    tableCaption: '按类别列出的领域',
    group: '类别',
    sector: '领域',
    weight: '权重',
    meetingsHeading: '会晤',
    documentsHeading: '文件',
    onAgenda: '列入本次会晤的领域',
    selectHint: '选择一个领域以查看相关会晤和文件。',
    groupSummary: '{count} 个领域',
  },
  ru: {
    wheel: 'Отрасли',
    other: 'Прочее',
    more: 'ещё {count}',
    whole: 'Все отрасли',
    breadcrumbs: 'Уровень масштаба',
    meetingsOf: '{count} из {total} встреч',
    items: 'документов и обязательств: {count}',
    itemsOne: 'документов и обязательств: {count}',
    unknownMeeting: 'Нет встречи с идентификатором «{id}».',
    noSectors: 'В данных нет отраслей.',
    legend: 'Группы отраслей',
    tableCaption: 'Отрасли по группам',
    group: 'Группа',
    sector: 'Отрасль',
    weight: 'Вес',
    meetingsHeading: 'Встречи',
    documentsHeading: 'Документы',
    onAgenda: 'Указана среди отраслей встречи',
    selectHint: 'Выберите отрасль, чтобы увидеть её встречи и документы.',
    groupSummary: 'отраслей: {count}',
  },
};
