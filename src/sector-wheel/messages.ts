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
  | 'groupSummary'
  | 'untouched';

declare module '../shared/lang.js' {
  interface MessageNamespaces {
    wheel: Key;
  }
}

type Count = { count: number };
export type Of = { count: number; total: number };

/** The wheel's own words (`untouched`: the `count` sectors left out of the series' `total`). `{count}`/`{total}` are figures, `{name}` a label; functions choose plural forms. */
export const wheelMessages: Messages<Key> = {
  namespace: 'wheel',
  en: {
    wheel: 'Sectors',
    other: 'Other',
    more: '{count} more',
    whole: 'All sectors',
    breadcrumbs: 'Zoom level',
    meetingsOf: ({ count, total }: Of, f: MessageTools) =>
      f.plural(total, { one: `${f.number(count)} of # meeting`, other: `${f.number(count)} of # meetings` }),
    items: ({ count }: Count, f: MessageTools) =>
      f.plural(count, { one: '# document or commitment', other: '# documents and commitments' }),
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
    untouched: ({ count, total }: Of, f: MessageTools) =>
      count === total
        ? f.plural(total, {
            one: 'The series’ one sector is not recorded for this meeting',
            other: 'None of the # sectors of the series is recorded for this meeting',
          })
        : f.plural(count, {
            one: '# other sector of the series was not on this meeting’s agenda',
            other: '# other sectors of the series were not on this meeting’s agenda',
          }),
  },
};
