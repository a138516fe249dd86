/**
 * What the card shows, computed from a meeting without a DOM: ordinals, chairs, documents by
 * kind, places, dates split for `<time>` elements, sources. Pure functions, unit-tested.
 */
import type { Location, Meeting, MeetingDocument, Participant, Sector, Text } from '../data/schema.js';
import { countryName, countryText, locations } from '../data/places.js';
import { dateTimeFormat, formatDate, formatDateRange, parsePeriod, periodFormat } from '../data/dates.js';
import { localize } from '../data/text.js';
import { placeSeparator, uiLang } from '../shared/lang.js';

/** The document kinds the card groups by, in the order it shows them; anything else is `other`. */
export const DOCUMENT_KINDS = [
  'declaration',
  'communique',
  'agreement',
  'protocol',
  'roadmap',
  'memorandum',
  'minutes',
  'plan',
  'other',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

const KIND_ALIASES: Record<string, DocumentKind> = {
  communiqué: 'communique',
  'joint-communique': 'communique',
  'joint communique': 'communique',
  statement: 'communique',
  'joint-statement': 'communique',
  declarations: 'declaration',
  memorandums: 'memorandum',
  mou: 'memorandum',
  agreements: 'agreement',
  contract: 'agreement',
  protocols: 'protocol',
  'road-map': 'roadmap',
  programme: 'plan',
  program: 'plan',
};

/** The kind a document is grouped under: one of {@link DOCUMENT_KINDS}. */
export function documentKind(kind: string | undefined): DocumentKind {
  const key = (kind ?? '').trim().toLowerCase();
  if ((DOCUMENT_KINDS as readonly string[]).includes(key)) return key as DocumentKind;
  return KIND_ALIASES[key] ?? 'other';
}

/** Documents grouped by kind, in {@link DOCUMENT_KINDS} order, keeping their order within a group; empty groups left out. */
export function groupDocuments(
  documents: readonly MeetingDocument[] = [],
): { kind: DocumentKind; documents: MeetingDocument[] }[] {
  const groups = new Map<DocumentKind, MeetingDocument[]>();
  for (const document of documents) {
    const kind = documentKind(document.kind);
    groups.set(kind, [...(groups.get(kind) ?? []), document]);
  }
  return DOCUMENT_KINDS.filter((kind) => groups.has(kind)).map((kind) => ({ kind, documents: groups.get(kind)! }));
}

export { nounGender } from '../shared/ordinal.js';

/**
 * Splits the participants into chairs (those with `chair: true`) and the rest of the delegations.
 * Nothing is guessed from roles or order: with no flag, there are no chairs. Order is kept.
 */
export function splitParticipants(participants: readonly Participant[] = []): {
  coChairs: Participant[];
  delegation: Participant[];
} {
  const chairs = participants.filter((p) => p.chair === true);
  return { coChairs: chairs, delegation: participants.filter((p) => !chairs.includes(p)) };
}

const CO_CHAIR_MARK = /\s*[(（][^()（）]*(?:co-?chair|сопредседател|联合主席|共同主席|共同主持)[^()（）]*[)）]\s*/giu;

/** A co-chair's role without a "(co-chair)" mark, already said by the heading; the role as it is if nothing else is left. */
export function withoutChairMark(role: string): string {
  const stripped = role.replace(CO_CHAIR_MARK, ' ').trim();
  return stripped || role;
}

export { countryName };

/** Whom a participant represents: the organisation code, else the country code; `''` for neither. */
export function partyOf(p: Participant): string {
  return p.organisation ?? p.country ?? '';
}

/** Participants grouped by country (or organisation), in order of first appearance; those with neither last, under `''`. */
export function byCountry(participants: readonly Participant[]): { country: string; participants: Participant[] }[] {
  const groups = new Map<string, Participant[]>();
  for (const p of participants) {
    const key = partyOf(p);
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  const keys = [...groups.keys()].sort((a, b) => Number(a === '') - Number(b === ''));
  return keys.map((country) => ({ country, participants: groups.get(country)! }));
}

/** The pieces of a place that have words, most specific first, without repeats ("Singapore, Singapore"). */
export function placePieces(location: Location | undefined, lang: string): Text[] {
  const seen = new Set<string>();
  return [location?.venue, location?.city, countryText(location, lang)].filter((piece): piece is Text => {
    const words = localize(piece, lang).trim();
    if (!words || seen.has(words)) return false;
    seen.add(words);
    return true;
  });
}

export { placeSeparator };

/** The place in words, from the most to the least specific: "Hangzhou, China"; empty when unknown. */
export function placeText(location: Location | undefined, lang: string): string {
  return placePieces(location, lang)
    .map((piece) => localize(piece, lang).trim())
    .join(placeSeparator(lang));
}

/** All of a meeting's places in words, joined by "; " when it was held in several. */
export function placesText(meeting: Pick<Meeting, 'location' | 'locations'>, lang: string): string {
  return locations(meeting)
    .map((place) => placeText(place, lang))
    .filter(Boolean)
    .join(placesSeparator(lang));
}

/** The separator between two places of one meeting. */
export function placesSeparator(lang: string): string {
  return uiLang(lang) === 'zh' ? '；' : '; ';
}

/** A run of date text: `datetime` is set when the text belongs to one end of the range. */
export interface DatePart {
  text: string;
  datetime?: string;
}

/**
 * The date (range) as {@link formatDateRange} words it, split so each end can be a `<time datetime>`:
 * "26–28 December 1996" gives `26` (start), `–`, `28` (end), ` December 1996` (shared).
 */
export function dateParts(start: string, end: string | undefined, lang: string): DatePart[] {
  const text = formatDateRange(start, end, lang);
  const a = parsePeriod(start);
  const b = end === undefined ? undefined : parsePeriod(end);
  if (!a) return [{ text }];
  if (!b || b.start === a.start) return [{ text, datetime: start }];
  if (a.precision !== b.precision) {
    return [
      { text: formatDate(start, lang), datetime: start },
      { text: ' – ' },
      { text: formatDate(end!, lang), datetime: end },
    ];
  }
  try {
    const options = periodFormat(lang, a.precision, a.start);
    const parts: DatePart[] = [];
    for (const part of options.formatRangeToParts(a.start, b.start)) {
      const datetime = part.source === 'startRange' ? start : part.source === 'endRange' ? end : undefined;
      const last = parts[parts.length - 1];
      if (last && last.datetime === datetime) last.text += part.value;
      else parts.push({ text: part.value, datetime });
    }
    return parts.map((p) => p.text).join('') === text ? parts : [{ text, datetime: start }];
  } catch {
    return [{ text, datetime: start }];
  }
}

/**
 * An agenda item's date, short when it can be: a single day in the meeting's year leaves the year out
 * ("November 4", "11月4日", "4 ноября"); anything else as {@link dateParts}.
 */
export function agendaDateParts(item: { start: string; end?: string }, meetingStart: string, lang: string): DatePart[] {
  const a = parsePeriod(item.start);
  const sameDay = item.end === undefined || item.end === item.start;
  if (a && a.precision === 'day' && sameDay && item.start.slice(0, 4) === meetingStart.slice(0, 4)) {
    try {
      const text = dateTimeFormat(lang, { month: 'long', day: 'numeric' }).format(a.start);
      return [{ text, datetime: item.start }];
    } catch {
      // an unknown language: the long form below
    }
  }
  return dateParts(item.start, item.end, lang);
}

/** True for an absolute http(s) URL: the only kind the card turns into a link. */
export function isWebUrl(url: string | undefined): url is string {
  if (!url || !/^https?:\/\//i.test(url)) return false;
  try {
    new URL(url);
    return true;
  } catch {
    return false;
  }
}

/** The host name of a URL without `www.`, for a link that has no title. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** The label of each sector id, from the taxonomy; an unknown id stands for itself. */
export function sectorLabel(id: string, sectors: ReadonlyMap<string, Sector>): Sector {
  return sectors.get(id) ?? { id, label: id };
}

/** The meeting's sectors, without duplicates. */
export function meetingSectors(meeting: Meeting): string[] {
  return [...new Set(meeting.sectors ?? [])];
}
