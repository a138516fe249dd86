/** Partial ISO dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM`) as periods of time, in UTC. */

/**
 * A partial ISO 8601 date, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, optionally with a `THH:MM` time. The
 * year has 4 to 6 digits and may be negative, as ISO 8601's expanded years: `0800`, `-0044-03-15`
 * (astronomical numbering: year 0 is 1 BC, -44 is 45 BC).
 */
export const DATE_PATTERN = /^(-?\d{4,6})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?)?$/;

/** Date.UTC without its two-digit-year rule (it reads year 44 as 1944): any year, as written. */
export function utc(year: number, monthIndex = 0, day = 1, hour = 0, minute = 0): number {
  // Outside years 0–99 (and with an in-range time) Date.UTC gives the same instant without building a Date.
  if ((year >= 100 || year < 0) && hour >= 0 && hour < 24 && minute >= 0 && minute < 60)
    return Date.UTC(year, monthIndex, day, hour, minute);
  const date = new Date(Date.UTC(2000, monthIndex, day, hour, minute));
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime();
}

/** The first instant of year 1: dates before it are written with an era ("45 BC"). */
const YEAR_ONE = utc(1);

/** The days in a month (1–12) of a year of the proleptic Gregorian calendar, as Date counts them (year 0 is a leap year). */
function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

/**
 * `YYYY-MM-DD`, the common form, read without a regular expression (nothing allocated: ten thousand
 * meetings are checked, then sorted): its digits as year × 10⁴ + month × 100 + day, else -1.
 */
function plainDay(value: string): number {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return -1; // '-'
  let n = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const digit = value.charCodeAt(i) - 48; // '0'
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}

/** True when `value` matches {@link DATE_PATTERN} and names a real calendar day and time. */
export function isPartialDate(value: string): boolean {
  const n = plainDay(value);
  if (n >= 0) {
    const month = Math.floor(n / 100) % 100;
    const day = n % 100;
    return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Math.floor(n / 10_000), month);
  }
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [, , month, day, hour, minute] = match;
  if (month !== undefined && (+month < 1 || +month > 12)) return false;
  if (day !== undefined && (+day < 1 || +day > daysInMonth(+match[1], +month))) return false;
  if (hour !== undefined && (+hour > 23 || +minute > 59)) return false;
  return true;
}

export type Precision = 'year' | 'month' | 'day' | 'minute';

export interface Period {
  /** First instant of the period (ms since epoch, UTC). */
  start: number;
  /** First instant after the period. */
  end: number;
  precision: Precision;
}

/** The period a partial date names, or undefined when it is not one. */
export function parsePeriod(value: string): Period | undefined {
  const n = plainDay(value);
  if (n >= 0) {
    const year = Math.floor(n / 10_000);
    const monthIndex = (Math.floor(n / 100) % 100) - 1;
    const day = n % 100;
    return { start: utc(year, monthIndex, day), end: utc(year, monthIndex, day + 1), precision: 'day' };
  }
  const match = DATE_PATTERN.exec(value);
  if (!match) return undefined;
  const [, y, mo, d, h, mi] = match;
  const year = +y;
  if (mo === undefined) return { start: utc(year), end: utc(year + 1), precision: 'year' };
  if (d === undefined) return { start: utc(year, +mo - 1), end: utc(year, +mo), precision: 'month' };
  if (h === undefined) return { start: utc(year, +mo - 1, +d), end: utc(year, +mo - 1, +d + 1), precision: 'day' };
  const start = utc(year, +mo - 1, +d, +h, +mi);
  return { start, end: start + 60_000, precision: 'minute' };
}

/** Orders two partial dates by their first instant: negative when `a` starts first. */
export function compareDates(a: string, b: string): number {
  return (parsePeriod(a)?.start ?? NaN) - (parsePeriod(b)?.start ?? NaN) || 0;
}

/** True when the whole of period `a` ends before period `b` begins (`2025-11` is not before `2025-11-03`). */
export function endsBefore(a: string, b: string): boolean {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  return !!pa && !!pb && pa.end <= pb.start;
}

/** The time span of something with a `start` and optional `end`, from its first to its last instant. */
export function spanOf(item: { start: string; end?: string }): { start: number; end: number } {
  const start = parsePeriod(item.start);
  const end = item.end === undefined ? start : (parsePeriod(item.end) ?? start);
  return { start: start?.start ?? NaN, end: end?.end ?? NaN };
}

const PRECISION_OPTIONS: Record<Precision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
  minute: { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit' },
};

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * A shared Intl.DateTimeFormat in UTC for `lang` and `options`. Building one takes milliseconds on
 * a cold page (locale data); using one is fast, so every element asks here.
 */
export function dateTimeFormat(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' });
    } catch {
      // Not a language tag Intl accepts (`en_US`, `x!`): English rather than an exception in the page.
      format = new Intl.DateTimeFormat('en', { ...options, timeZone: 'UTC' });
    }
    formats.set(key, format);
  }
  return format;
}

/**
 * The shared format for a partial date's own precision. With `from` (ms) before year 1 it names the
 * era, as Intl otherwise writes 45 BC as a bare "45".
 */
export function periodFormat(lang: string, precision: Precision, from?: number): Intl.DateTimeFormat {
  return dateTimeFormat(lang, withEra(PRECISION_OPTIONS[precision], from));
}

/** `options` with `era: 'short'` when `time` is before year 1 (BC), else as they are. */
export function withEra(options: Intl.DateTimeFormatOptions, time: number | undefined): Intl.DateTimeFormatOptions {
  return time !== undefined && time < YEAR_ONE ? { ...options, era: 'short' } : options;
}

/** A partial date in words, at its own precision: "November 2025", "3 November 2025", "2025年11月3日". */
export function formatDate(value: string, lang: string): string {
  const period = parsePeriod(value);
  return period ? periodFormat(lang, period.precision, period.start).format(period.start) : value;
}

/** A date range in words, shortened where both ends share a month or year ("26–28 December 1996"). */
export function formatDateRange(start: string, end: string | undefined, lang: string): string {
  const a = parsePeriod(start);
  const b = end === undefined ? undefined : parsePeriod(end);
  if (!a) return start;
  if (!b || b.start === a.start) return formatDate(start, lang);
  const precision = a.precision === b.precision ? a.precision : 'day';
  if (a.precision !== b.precision) return `${formatDate(start, lang)} – ${formatDate(end!, lang)}`;
  return periodFormat(lang, precision, a.start).formatRange(a.start, b.start);
}
