/**
 * TimelineJS (Knight Lab) data, in both its forms: the JSON file (`events`, `title`, `eras`) and the
 * Google Sheet template (`Year, Month, Day, Time, End Year, …, Headline, Text, Media, …, Type, Group`).
 * Both become one list of slides, then a meeting series: events become meetings, `Group` a sector,
 * `Type=title` the series' title, `Type=era` eras, `Media` and the links in the text sources. Text is
 * HTML there and plain text here (see html-text.ts). Problems name the JSON path or the sheet's cell.
 */
import type { Era, Meeting, MeetingSeries, Sector, Source } from './schema.js';
import { reduceHtml } from './html-text.js';
import { cellPath, type CellProblem, type Table } from './csv.js';
import { problem } from './problem.js';

export { isTimelineJson } from './formats.js';

/** A date as TimelineJS writes it; every part may be a string or a number. */
interface DateParts {
  year?: unknown;
  month?: unknown;
  day?: unknown;
  hour?: unknown;
  minute?: unknown;
  /** The sheet's `Time` cell ("14:30", "2:30 PM"). */
  time?: unknown;
}

/** One slide of either form, with a function that names where each of its parts came from. */
interface Slide {
  type: 'event' | 'title' | 'era';
  start?: DateParts;
  end?: DateParts;
  headline?: string;
  text?: string;
  media?: { url?: unknown; caption?: unknown; credit?: unknown };
  group?: unknown;
  id?: unknown;
  /** `start.day` → `events[3].start_date.day`, or `row 7, column "Day"`. */
  where: (part: string) => string;
}


/** True for a header of TimelineJS's sheet template (it has `Year` and `Headline`). */
export function isTimelineSheetHeader(columns: string[]): boolean {
  const names = new Set(columns.map((c) => c.trim().toLowerCase()));
  return names.has('year') && names.has('headline');
}

/** The columns of TimelineJS's sheet template, as its Google Sheet names them. */
export const SHEET_COLUMNS = ['Year', 'Month', 'Day', 'Time', 'End Year', 'End Month', 'End Day', 'End Time', 'Display Date', 'Headline', 'Text', 'Media', 'Media Credit', 'Media Caption', 'Media Thumbnail', 'Type', 'Group', 'Background'];

/** The sheet column each part of a slide comes from. */
const SHEET_PART: Record<string, string> = {
  'start.year': 'Year', 'start.month': 'Month', 'start.day': 'Day', 'start.time': 'Time', start: 'Year',
  'end.year': 'End Year', 'end.month': 'End Month', 'end.day': 'End Day', 'end.time': 'End Time', end: 'End Year',
  headline: 'Headline', text: 'Text', media: 'Media', group: 'Group', type: 'Type',
};

/** The JSON path each part of a slide comes from, under the slide's own path. */
const JSON_PART: Record<string, string> = {
  'start.year': 'start_date.year', 'start.month': 'start_date.month', 'start.day': 'start_date.day', 'start.hour': 'start_date.hour', 'start.minute': 'start_date.minute', start: 'start_date',
  'end.year': 'end_date.year', 'end.month': 'end_date.month', 'end.day': 'end_date.day', 'end.hour': 'end_date.hour', 'end.minute': 'end_date.minute', end: 'end_date',
  headline: 'text.headline', text: 'text.text', media: 'media.url', group: 'group', id: 'unique_id',
};

/** Which slide part a meeting field came from, to name the cell of a validator's problem. */
const MEETING_PART: Record<string, string> = { id: 'id', start: 'start', end: 'end', title: 'headline', summary: 'text', sources: 'media', sectors: 'group' };

/** The result of reading TimelineJS data: an unvalidated series, where each meeting came from, and problems. */
export interface TimelineRead {
  series: MeetingSeries;
  /** For each meeting, names a validator path inside it (`['start']`) as the input's own place. */
  origins: Array<(path: Array<string | number>) => string>;
  problems: CellProblem[];
}

/** Reads a TimelineJS3 JSON file. */
export function readTimelineJson(file: Record<string, unknown>): TimelineRead {
  const slides: Slide[] = [];
  const slide = (raw: unknown, path: string, type: Slide['type']): Slide | undefined => {
    if (typeof raw !== 'object' || raw === null) return undefined;
    const s = raw as Record<string, unknown>;
    const text = (typeof s.text === 'object' && s.text !== null ? s.text : {}) as Record<string, unknown>;
    const media = (typeof s.media === 'object' && s.media !== null ? s.media : undefined) as Slide['media'];
    return {
      type,
      start: s.start_date as DateParts | undefined,
      end: s.end_date as DateParts | undefined,
      headline: typeof text.headline === 'string' ? text.headline : undefined,
      text: typeof text.text === 'string' ? text.text : undefined,
      media,
      group: s.group,
      id: s.unique_id,
      where: (part) => `${path}.${JSON_PART[part] ?? part}`,
    };
  };
  const problems: CellProblem[] = [];
  const title = slide(file.title, 'title', 'title');
  if (title) slides.push(title);
  (file.events as unknown[]).forEach((raw, i) => {
    const s = slide(raw, `events[${i}]`, 'event');
    if (s) slides.push(s);
    else problems.push(problem(`events[${i}]`, 'notEvent'));
  });
  if (Array.isArray(file.eras)) file.eras.forEach((raw, i) => { const s = slide(raw, `eras[${i}]`, 'era'); if (s) slides.push(s); });
  const read = fromSlides(slides);
  return { ...read, problems: [...problems, ...read.problems] };
}

/** Reads a TimelineJS sheet (published or exported as CSV). */
export function readTimelineSheet(table: Table): TimelineRead {
  const index = new Map(table.columns.map((name, i) => [name.trim().toLowerCase(), i]));
  const problems: CellProblem[] = [];
  const known = new Set(SHEET_COLUMNS.map((c) => c.toLowerCase()));
  for (const name of table.columns) {
    if (name !== '' && !known.has(name.trim().toLowerCase())) {
      problems.push(problem(cellPath(1, name), 'unknownSheetColumn'));
    }
  }
  const slides = table.rows.map(({ row, cells }): Slide => {
    const cell = (column: string) => {
      const i = index.get(column.toLowerCase());
      return i === undefined ? '' : (cells[i] ?? '').trim();
    };
    const type = cell('Type').toLowerCase();
    return {
      type: type === 'title' ? 'title' : type === 'era' ? 'era' : 'event',
      start: { year: cell('Year'), month: cell('Month'), day: cell('Day'), time: cell('Time') },
      end: { year: cell('End Year'), month: cell('End Month'), day: cell('End Day'), time: cell('End Time') },
      headline: cell('Headline'),
      text: cell('Text'),
      media: { url: cell('Media'), caption: cell('Media Caption'), credit: cell('Media Credit') },
      group: cell('Group'),
      where: (part) => cellPath(row, SHEET_PART[part]),
    };
  });
  const read = fromSlides(slides);
  return { ...read, problems: [...problems, ...read.problems] };
}

const blank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** Lower-case words joined by `-`, for ids made from headlines and group names. */
export function slug(text: string): string {
  return text.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+/gu)?.join('-').slice(0, 48).replace(/-+$/, '') ?? '';
}

/**
 * A TimelineJS date as a partial ISO date (`-0044-03-15`, `0800`, `2019-02-28T14:30`), or a problem
 * naming the part that is wrong.
 */
export function isoDate(parts: DateParts, where: (part: string) => string, prefix: 'start' | 'end'): { date?: string; problem?: CellProblem } {
  const at = (part: string) => where(`${prefix}.${part}`);
  const int = (value: unknown): number | undefined => {
    const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
    return /^[+-]?\d+$/.test(text) ? Number(text) : undefined;
  };
  const shown = (value: unknown) => JSON.stringify(typeof value === 'string' ? value : String(value));
  const year = int(parts.year);
  if (year === undefined || Math.abs(year) > 275_000) return { problem: problem(at('year'), 'notYear', { value: shown(parts.year ?? '') }) };
  const yyyy = `${year < 0 ? '-' : ''}${String(Math.abs(year)).padStart(4, '0')}`;
  if (blank(parts.month)) {
    return blank(parts.day) ? { date: yyyy } : { problem: problem(at('day'), 'dayWithoutMonth') };
  }
  const month = int(parts.month);
  if (month === undefined || month < 1 || month > 12) return { problem: problem(at('month'), 'notMonth', { value: shown(parts.month) }) };
  const yyyymm = `${yyyy}-${String(month).padStart(2, '0')}`;
  if (blank(parts.day)) return { date: yyyymm };
  const day = int(parts.day);
  const days = new Date(Date.UTC(2000, month, 0)).getUTCDate() - (month === 2 && !isLeap(year) ? 1 : 0);
  if (day === undefined || day < 1 || day > days) {
    return { problem: problem(at('day'), 'notDay', { value: shown(parts.day), month, year }) };
  }
  const date = `${yyyymm}-${String(day).padStart(2, '0')}`;
  const time = timeOf(parts);
  if (time === null) {
    const part = parts.time !== undefined ? 'time' : 'hour';
    return { problem: problem(at(part), 'notTime', { value: shown(parts.time ?? parts.hour) }) };
  }
  return { date: time ? `${date}T${time}` : date };
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** `HH:MM` from a sheet's Time cell or a JSON date's hour and minute; '' when there is none; null when it is not a time. */
function timeOf(parts: DateParts): string | null {
  let hour: number;
  let minute = 0;
  if (!blank(parts.time)) {
    const match = /^(\d{1,2})(?::(\d{2}))?(?::\d{2}(?:\.\d+)?)?\s*([ap])?\.?\s*(?:m\.?)?$/i.exec(String(parts.time).trim());
    if (!match) return null;
    hour = +match[1];
    minute = match[2] === undefined ? 0 : +match[2];
    const half = match[3]?.toLowerCase();
    if (half && (hour < 1 || hour > 12)) return null;
    if (half === 'p' && hour < 12) hour += 12;
    if (half === 'a' && hour === 12) hour = 0;
  } else if (!blank(parts.hour)) {
    hour = Number(parts.hour);
    minute = blank(parts.minute) ? 0 : Number(parts.minute);
  } else {
    return '';
  }
  if (!Number.isInteger(hour) || !Number.isInteger(minute) || hour < 0 || hour > 23 || minute < 0 || minute > 59) return null;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** A unique id: the wanted one, or with `-2`, `-3`… after it. */
function uniqueId(wanted: string, taken: Set<string>): string {
  let id = wanted;
  for (let n = 2; taken.has(id); n++) id = `${wanted}-${n}`;
  taken.add(id);
  return id;
}

/** Slides to a series: the heart of both readers. */
function fromSlides(slides: Slide[]): TimelineRead {
  const series: MeetingSeries = { meetings: [] };
  const origins: TimelineRead['origins'] = [];
  const problems: CellProblem[] = [];
  const sectors = new Map<string, Sector>();
  const eras: Era[] = [];
  const ids = new Set<string>();
  const eraIds = new Set<string>();
  for (const slide of slides) {
    const headline = reduceHtml(slide.headline ?? '');
    const body = reduceHtml(slide.text ?? '');
    if (slide.type === 'title') {
      if (series.title === undefined && headline.text) series.title = headline.text;
      if (series.description === undefined && body.text) series.description = body.text;
      continue;
    }
    const start = slide.start && !blank(slide.start.year) ? isoDate(slide.start, slide.where, 'start') : undefined;
    if (!start) {
      problems.push(problem(slide.where('start.year'), slide.type === 'era' ? 'eraStart' : 'eventStart'));
      continue;
    }
    if (start.problem) {
      problems.push(start.problem);
      continue;
    }
    const end = slide.end && !blank(slide.end.year) ? isoDate(slide.end, slide.where, 'end') : undefined;
    if (end?.problem) {
      problems.push(end.problem);
      continue;
    }
    if (slide.type === 'era') {
      if (!end) {
        problems.push(problem(slide.where('end.year'), 'eraEnd'));
        continue;
      }
      const label = headline.text || `${start.date}–${end.date}`;
      eras.push({ id: uniqueId(slug(label) || 'era', eraIds), start: start.date!, end: end.date!, label });
      continue;
    }
    const title = headline.text || firstLine(body.text);
    if (!title) {
      problems.push(problem(slide.where('headline'), 'headline'));
      continue;
    }
    const wanted = typeof slide.id === 'string' || typeof slide.id === 'number' ? String(slide.id).trim().replace(/\s+/g, '-') : '';
    const meeting: Meeting = { id: uniqueId(wanted || `${start.date}-${slug(title)}`.replace(/-$/, ''), ids), start: start.date!, title };
    if (end?.date && end.date !== start.date) meeting.end = end.date;
    if (body.text && body.text !== title) meeting.summary = body.text;
    const group = typeof slide.group === 'string' ? reduceHtml(slide.group).text : '';
    if (group) {
      const id = slug(group) || `group-${sectors.size + 1}`;
      if (!sectors.has(id)) sectors.set(id, { id, label: group });
      meeting.sectors = [id];
    }
    const sources = sourcesOf(slide, [...headline.links, ...body.links]);
    if (sources.length) meeting.sources = sources;
    series.meetings.push(meeting);
    origins.push((path) => slide.where(MEETING_PART[String(path[0])] ?? String(path[0])));
  }
  if (sectors.size) series.sectors = [...sectors.values()];
  if (eras.length) series.eras = eras;
  return { series, origins, problems };
}

/** The first line of a text, cut at 80 characters, as a headline for a slide without one. */
function firstLine(text: string): string {
  const line = text.split('\n')[0] ?? '';
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}

/** The slide's media (when it is a web address) and its text's links, once each. */
function sourcesOf(slide: Slide, links: Array<{ url: string; text: string }>): Source[] {
  const sources: Source[] = [];
  const url = typeof slide.media?.url === 'string' ? slide.media.url.trim() : '';
  if (/^https?:\/\/\S+$/i.test(url)) {
    const source: Source = { url };
    const caption = typeof slide.media?.caption === 'string' ? reduceHtml(slide.media.caption).text : '';
    const credit = typeof slide.media?.credit === 'string' ? reduceHtml(slide.media.credit).text : '';
    if (caption) source.title = caption;
    if (credit) source.publisher = credit;
    sources.push(source);
  }
  for (const link of links) {
    if (sources.some((s) => s.url === link.url)) continue;
    sources.push(link.text && link.text !== link.url ? { url: link.url, title: link.text } : { url: link.url });
  }
  return sources;
}
