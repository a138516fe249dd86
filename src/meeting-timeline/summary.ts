/**
 * Pure: the timeline's summary, one paragraph in the element's language, from the data — how many
 * meetings, the first and the last (when and where), how many each country hosted and how many were
 * held by video link. It is the chart's accessible description and the `<desc>` of its SVG file.
 */
import type { Meeting, MeetingSeries } from '../data/schema.js';
import { parsePeriod, periodFormat } from '../data/dates.js';
import { countryName, locations } from '../data/places.js';
import { localize } from '../data/text.js';
import { formatList, translate, type Params } from '../shared/lang.js';
import { figureMessages, type FigureKey } from '../shared/figure-messages.js';

/** Held meetings: not planned, postponed or cancelled. */
export const isHeld = (m: Meeting): boolean => !m.status || m.status === 'held';

/** The years from `first` to `last` (partial dates) in the language: "2020–2022", "2020—2022年", or one year. */
export function yearRange(first: string, last: string, lang: string): string {
  const a = parsePeriod(first.slice(0, 4));
  const b = parsePeriod(last.slice(0, 4));
  if (!a || !b) return first.slice(0, 4);
  const format = periodFormat(lang, 'year', a.start);
  return a.start === b.start ? format.format(a.start) : format.formatRange(a.start, b.start);
}

/** "December 1996": a meeting's month (or year, when the data gives no month). */
function monthOf(m: Meeting, lang: string): string {
  const period = parsePeriod(m.start.slice(0, 7));
  return period ? periodFormat(lang, period.precision, period.start).format(period.start) : m.start;
}

/** The summary of `meetings` (the ones the timeline shows) of `series`, in `lang`. */
export function timelineSummary(series: MeetingSeries, meetings: readonly Meeting[], lang: string): string {
  const t = (key: FigureKey, params?: Params) => translate(figureMessages, lang, key, params);
  // Each date parsed once, not once per comparison (compareDates would parse ~2 n log n times).
  const startOf = new Map(meetings.map((m) => [m, parsePeriod(m.start)?.start ?? NaN]));
  const held = meetings.filter(isHeld).sort((a, b) => startOf.get(a)! - startOf.get(b)! || 0);
  const planned = meetings.filter((m) => m.status === 'planned').length;
  const where = (m: Meeting) => {
    if (m.format === 'video') return t('byVideo');
    const place = locations(m)[0];
    const name = localize(place?.city, lang) || (place?.country ? countryName(place.country, lang) : '');
    return name ? t('inPlace', { place: name }) : '';
  };
  const first = held[0];
  const last = held[held.length - 1];
  const span = !first
    ? ''
    : first === last
      ? t('spanOne', { start: monthOf(first, lang), from: where(first) })
      : t('span', { start: monthOf(first, lang), from: where(first), end: monthOf(last, lang), to: where(last) });
  // Hosts in the order they first appear; a meeting by video link has none.
  const hosts = new Map<string, number>();
  const video: Meeting[] = [];
  for (const m of held) {
    if (m.format === 'video') video.push(m);
    else {
      const country = locations(m)[0]?.country;
      if (country) hosts.set(country, (hosts.get(country) ?? 0) + 1);
    }
  }
  const parts = [...hosts].map(([code, count]) => t('hostCount', { count, place: countryName(code, lang) }));
  if (video.length)
    parts.push(
      t('videoCount', { count: video.length, years: yearRange(video[0].start, video[video.length - 1].start, lang) }),
    );
  return tidy(
    t('timeline', {
      title: localize(series.title, lang),
      meetings: t('meetings', { count: held.length }),
      span,
      hosts: parts.length ? formatList(parts, lang) : '',
      planned: planned ? t('planned', { count: planned }) : '',
    }),
  );
}

/** No doubled spaces, nor a space before punctuation, where a part was empty. */
export function tidy(text: string): string {
  return text
    .replace(/\s{2,}/g, ' ')
    .replace(/\s+([,.，。])/g, '$1')
    .trim();
}
