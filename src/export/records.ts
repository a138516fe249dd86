/**
 * Pure: the meetings a chart shows as records (one per meeting, texts in the chart's language), and
 * those records as CSV or JSON. CSV cells that a spreadsheet would run as a formula are neutralised.
 */
import type { Meeting } from '../data/schema.js';
import { localize } from '../data/text.js';
import type { ChartSnapshot } from './snapshot.js';

export interface MeetingRecord {
  id: string;
  ordinal: number | null;
  start: string;
  end: string | null;
  title: string;
  city: string;
  country: string;
  format: string | null;
  sectors: string[];
  sources: string[];
}

export function meetingRecord(m: Meeting, lang: string): MeetingRecord {
  return {
    id: m.id,
    ordinal: m.ordinal ?? null,
    start: m.start,
    end: m.end ?? null,
    title: localize(m.title, lang),
    city: localize(m.location?.city, lang),
    country: localize(m.location?.country, lang),
    format: m.format ?? null,
    sectors: m.sectors ?? [],
    sources: (m.sources ?? []).flatMap((s) => (s.url ? [s.url] : [])),
  };
}

/**
 * The meetings on screen: the timeline's filtered meetings in the visible period (clusters
 * included); the wheel's meeting, or the meetings touching the sectors it shows.
 */
export function meetingsInView(snapshot: ChartSnapshot): readonly Meeting[] {
  const { chart, series } = snapshot;
  if (chart.kind === 'timeline') {
    const { marks, index } = chart.model;
    return marks.length ? index.meetings.slice(marks[0].first, marks[marks.length - 1].last) : [];
  }
  if (chart.model.meeting) return [chart.model.meeting];
  if (!chart.focus) return series.meetings;
  const shown = new Set(
    chart.model.groups.filter((g) => g.id === chart.focus).flatMap((g) => g.sectors.flatMap((s) => s.meetings)),
  );
  return series.meetings.filter((m) => shown.has(m.id));
}

const COLUMNS: Array<keyof MeetingRecord> = [
  'id',
  'ordinal',
  'start',
  'end',
  'title',
  'city',
  'country',
  'format',
  'sectors',
  'sources',
];

/**
 * One CSV cell. A cell starting with = + - @, a tab or a carriage return would run as a formula
 * in a spreadsheet (CSV injection, OWASP): it gets a leading apostrophe. Quoted when needed (RFC 4180).
 */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : Array.isArray(value) ? value.join(' ') : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV with a header row, CRLF line ends (RFC 4180); lists (sectors, sources) are space-separated. */
export function recordsToCSV(records: readonly MeetingRecord[]): string {
  const rows = [COLUMNS.join(','), ...records.map((r) => COLUMNS.map((c) => csvCell(r[c])).join(','))];
  return `${rows.join('\r\n')}\r\n`;
}

export function recordsToJSON(
  records: readonly MeetingRecord[],
  meta: { title: string; lang: string; filter?: string[] },
): string {
  return `${JSON.stringify({ title: meta.title, lang: meta.lang, ...(meta.filter?.length ? { sectors: meta.filter } : {}), meetings: records }, null, 2)}\n`;
}
