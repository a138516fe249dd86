import type { Messages, MessageTools } from '../shared/lang.js';

type Key =
  | 'wheel'
  | 'other'
  | 'more'
  | 'whole'
  | 'breadcrumbs'
  | 'meetingsOf'
  | 'items'
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

declare module '../shared/lang.js' {
  interface MessageNamespaces {
    wheel: Key;
  }
}

type Count = { count: number };
type Of = { count: number; total: number };

/** The wheel's own words. `{count}`/`{total}` are figures, `{name}` a label; functions choose plural forms. */
export const wheelMessages: Messages<Key> = {
  namespace: 'wheel',
  en: {
    wheel: 'Sectors',
    other: 'Other',
    more: '{count} more',
    whole: 'All sectors',
    breadcrumbs: 'Zoom level',
    meetingsOf: ({ count, total }: Of, f: MessageTools) => f.plural(total, { one: `${f.number(count)} of # meeting`, other: `${f.number(count)} of # meetings` }),
    items: ({ count }: Count, f: MessageTools) => f.plural(count, { one: '# document or commitment', other: '# documents and commitments' }),
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
    groupSummary: ({ count }: Count, f: MessageTools) => f.plural(count, { one: '# sector', other: '# sectors' }),
  },
  zh: {
    wheel: '领域',
    other: '其他',
    more: '另有 {count} 个',
    whole: '全部领域',
    breadcrumbs: '缩放层级',
    meetingsOf: '{total} 次会晤中的 {count} 次',
    items: '{count} 份文件和承诺',
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
    meetingsOf: ({ count, total }: Of, f: MessageTools) =>
      f.plural(total, { one: `${f.number(count)} из # встречи`, other: `${f.number(count)} из # встреч` }),
    items: ({ count }: Count, f: MessageTools) =>
      f.plural(count, {
        one: '# документ или обязательство',
        few: '# документа и обязательства',
        many: '# документов и обязательств',
        other: '# документа и обязательства',
      }),
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
    groupSummary: ({ count }: Count, f: MessageTools) => f.plural(count, { one: '# отрасль', few: '# отрасли', many: '# отраслей', other: '# отрасли' }),
  },
  ar: {
    wheel: 'القطاعات',
    other: 'أخرى',
    more: ({ count }: Count, f: MessageTools) =>
      f.plural(count, { one: 'قطاع آخر', two: 'قطاعان آخران', few: '# قطاعات أخرى', many: '# قطاعًا آخر', other: '# قطاع آخر' }),
    whole: 'جميع القطاعات',
    breadcrumbs: 'مستوى التكبير',
    meetingsOf: ({ count, total }: Of, f: MessageTools) =>
      f.plural(total, {
        one: `${f.number(count)} من أصل اجتماع واحد`,
        two: `${f.number(count)} من أصل اجتماعين`,
        few: `${f.number(count)} من أصل # اجتماعات`,
        many: `${f.number(count)} من أصل # اجتماعًا`,
        other: `${f.number(count)} من أصل # اجتماع`,
      }),
    items: ({ count }: Count, f: MessageTools) =>
      f.plural(count, {
        zero: 'لا وثائق ولا التزامات',
        one: 'وثيقة أو التزام واحد',
        two: 'وثيقتان أو التزامان',
        few: '# وثائق والتزامات',
        many: '# وثيقةً والتزامًا',
        other: '# وثيقة والتزام',
      }),
    unknownMeeting: 'لا يوجد اجتماع بالمعرّف «{id}».',
    noSectors: 'لا تذكر البيانات أي قطاع.',
    legend: 'مجموعات القطاعات',
    tableCaption: 'القطاعات حسب المجموعة',
    group: 'المجموعة',
    sector: 'القطاع',
    weight: 'الوزن',
    meetingsHeading: 'الاجتماعات',
    documentsHeading: 'الوثائق',
    onAgenda: 'مدرج ضمن قطاعات الاجتماع',
    selectHint: 'اختر قطاعًا لعرض اجتماعاته ووثائقه.',
    groupSummary: ({ count }: Count, f: MessageTools) =>
      f.plural(count, { zero: 'لا قطاعات', one: 'قطاع واحد', two: 'قطاعان', few: '# قطاعات', many: '# قطاعًا', other: '# قطاع' }),
  },
  fr: {
    wheel: 'Secteurs',
    other: 'Autres',
    more: ({ count }: Count, f: MessageTools) => f.plural(count, { one: '# autre', other: '# autres' }),
    whole: 'Tous les secteurs',
    breadcrumbs: 'Niveau de zoom',
    meetingsOf: ({ count, total }: Of, f: MessageTools) => `${f.plural(count, { one: '# réunion', other: '# réunions' })} sur ${f.number(total)}`,
    items: ({ count }: Count, f: MessageTools) => f.plural(count, { one: '# document ou engagement', other: '# documents et engagements' }),
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
  },
  es: {
    wheel: 'Sectores',
    other: 'Otros',
    more: ({ count }: Count, f: MessageTools) => f.plural(count, { one: '# más', other: '# más' }),
    whole: 'Todos los sectores',
    breadcrumbs: 'Nivel de zoom',
    meetingsOf: ({ count, total }: Of, f: MessageTools) =>
      f.plural(total, { one: `${f.number(count)} de # reunión`, other: `${f.number(count)} de # reuniones` }),
    items: ({ count }: Count, f: MessageTools) => f.plural(count, { one: '# documento o compromiso', other: '# documentos y compromisos' }),
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
  },
};
