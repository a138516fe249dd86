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
};
