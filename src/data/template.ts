/**
 * This library's spreadsheet template: one row per meeting. Columns (any order, any subset but
 * `start` and `title`): `id, ordinal, start, end, title, city, country, venue, lat, lon, format,
 * sectors, summary, notes, confidence, source_url`. A text column may have a column per language:
 * `title` holds the text (English when there are others), `title_zh`, `title_ru` the translations.
 * `sectors` holds sector ids separated by `;`, `source_url` URLs separated by spaces or new lines.
 */
import type { Meeting, MeetingSeries, Text } from './schema.js';
import { cellPath, formatTable, type CellProblem, type Table } from './csv.js';
import { problem } from './problem.js';

type Kind = 'string' | 'text' | 'number' | 'list' | 'urls';

/** The template's columns, in the order `convert` writes them, each with where its value goes. */
const COLUMNS: Array<{ name: string; path: string[]; kind: Kind }> = [
  { name: 'id', path: ['id'], kind: 'string' },
  { name: 'ordinal', path: ['ordinal'], kind: 'number' },
  { name: 'start', path: ['start'], kind: 'string' },
  { name: 'end', path: ['end'], kind: 'string' },
  { name: 'title', path: ['title'], kind: 'text' },
  { name: 'city', path: ['location', 'city'], kind: 'text' },
  { name: 'country', path: ['location', 'country'], kind: 'text' },
  { name: 'venue', path: ['location', 'venue'], kind: 'text' },
  { name: 'lat', path: ['location', 'lat'], kind: 'number' },
  { name: 'lon', path: ['location', 'lon'], kind: 'number' },
  { name: 'format', path: ['format'], kind: 'string' },
  { name: 'sectors', path: ['sectors'], kind: 'list' },
  { name: 'summary', path: ['summary'], kind: 'text' },
  { name: 'notes', path: ['notes'], kind: 'text' },
  { name: 'confidence', path: ['confidence'], kind: 'string' },
  { name: 'source_url', path: ['sources'], kind: 'urls' },
];

/** The column names this layout reads (a text column may also appear as `name_<lang>`). */
export const TEMPLATE_COLUMNS = COLUMNS.map((c) => c.name);

const LANG = /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/;

/** Splits `title_zh` into the column `title` and the language `zh`; undefined for anything else. */
function languageColumn(name: string): { base: string; lang: string } | undefined {
  const cut = name.lastIndexOf('_');
  if (cut < 0) return undefined;
  const base = name.slice(0, cut);
  const lang = name.slice(cut + 1);
  return COLUMNS.some((c) => c.name === base && c.kind === 'text') && LANG.test(lang) ? { base, lang } : undefined;
}

/** True when a header is this library's template: it has `start` and `title` (in any case). */
export function isTemplateHeader(columns: string[]): boolean {
  const names = new Set(columns.map((c) => c.toLowerCase()));
  return names.has('start') && (names.has('title') || [...names].some((n) => n.startsWith('title_')));
}

/** Where in the sheet each meeting came from, to name cells in the validator's problems. */
export interface Origin {
  row: number;
}

/** Reads template rows into meetings (not yet validated), with their rows, and problems of the header. */
export function readTemplate(table: Table): { series: MeetingSeries; origins: Origin[]; problems: CellProblem[] } {
  const problems: CellProblem[] = [];
  const plain = new Map<string, number>();
  const translated = new Map<string, Array<{ lang: string; index: number }>>();
  table.columns.forEach((raw, index) => {
    const name = raw.toLowerCase();
    const language = languageColumn(name);
    if (COLUMNS.some((c) => c.name === name)) plain.set(name, index);
    else if (language) translated.set(language.base, [...(translated.get(language.base) ?? []), { lang: language.lang, index }]);
    else if (raw !== '') problems.push(problem(cellPath(1, raw), 'unknownColumn', { columns: TEMPLATE_COLUMNS.join(', ') }));
  });
  // Worked out once, not once per row: which cells each field reads.
  const plan = COLUMNS.map((column) => ({ column, index: plain.get(column.name), translations: translated.get(column.name) ?? [] }))
    .filter((p) => p.index !== undefined || p.translations.length);
  const meetings: Meeting[] = [];
  const origins: Origin[] = [];
  for (const { row, cells } of table.rows) {
    const meeting: Record<string, unknown> = {};
    for (const { column, index, translations } of plan) {
      const raw = index === undefined ? '' : (cells[index] ?? '');
      const value = readCell(column.kind, raw, translations.length ? translations.map(({ lang, index }) => [lang, cells[index] ?? ''] as const) : undefined);
      if (value !== undefined) setPath(meeting, column.path, value);
    }
    if (!plain.has('id')) meeting.id = `r${row}`; // a sheet without ids still loads; ids follow the rows
    meetings.push(meeting as unknown as Meeting);
    origins.push({ row });
  }
  return { series: { meetings }, origins, problems };
}

/**
 * A cell a spreadsheet would run as a formula (`=HYPERLINK(…)`, `+`, `-`, `@`; OWASP's CSV injection)
 * is written with a leading `'`, which spreadsheets read as "this is text"; plain numbers are not.
 * Reading drops that one `'` again, so what `convert` writes reads back exactly.
 */
const FORMULA = /^'*[=+\-@\t\r]/;
export function escapeFormula(cell: string): string {
  return FORMULA.test(cell) && !/^-\d+(\.\d+)?$/.test(cell) ? `'${cell}` : cell;
}
function unescapeFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA.test(cell) ? cell.slice(1) : cell;
}

function readCell(kind: Kind, escaped: string, escapedTranslations: ReadonlyArray<readonly [string, string]> = []): unknown {
  const raw = unescapeFormula(escaped);
  const translations = escapedTranslations.map(([lang, value]) => [lang, unescapeFormula(value)] as const);
  const trimmed = raw.trim();
  switch (kind) {
    case 'string':
      return trimmed || undefined;
    case 'number':
      // Not a number: kept as written, so the validator names the cell ("expected a number, got "abc"").
      return trimmed === '' ? undefined : Number.isFinite(Number(trimmed)) ? Number(trimmed) : trimmed;
    case 'list':
      return trimmed ? trimmed.split(';').map((s) => s.trim()).filter(Boolean) : undefined;
    case 'urls':
      return trimmed ? trimmed.split(/\s+/).map((url) => ({ url })) : undefined;
    case 'text': {
      const entries = translations.filter(([, value]) => value !== '');
      if (!entries.length) return raw === '' ? undefined : raw;
      const map: Record<string, string> = {};
      if (raw !== '' && !entries.some(([lang]) => lang === 'en')) map.en = raw;
      for (const [lang, value] of entries) map[lang] = value;
      return map;
    }
  }
}

function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
  let node = target;
  for (let i = 0; i < path.length - 1; i++) node = (node[path[i]] ??= {}) as Record<string, unknown>;
  node[path[path.length - 1]] = value;
}

/** The cell a validator path inside one meeting points at: `location.lat` → `lat`, `title.zh` → `title_zh`. */
export function templateColumn(path: Array<string | number>): string | undefined {
  const keys = path.filter((k): k is string => typeof k === 'string');
  for (const column of COLUMNS) {
    if (column.path.every((key, i) => keys[i] === key)) {
      const lang = keys[column.path.length];
      return column.kind === 'text' && lang !== undefined ? `${column.name}_${lang}` : column.name;
    }
  }
  return undefined;
}

/** Names a validator problem inside meeting `origin` by its cell. */
export function templateCell(origin: Origin, path: Array<string | number>): string {
  return cellPath(origin.row, templateColumn(path));
}

/**
 * Writes a series' meetings as the template (what `convert -o FILE.csv` does). The columns are the
 * ones the data uses, and one per language for text that has several. Reading it back with
 * {@link readTemplate} gives the same meetings, for every field the template has.
 */
export function writeTemplate(series: MeetingSeries): string {
  const get = (meeting: Meeting, path: string[]): unknown => path.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], meeting);
  const header: string[] = [];
  const writers: Array<(meeting: Meeting) => string> = [];
  for (const column of COLUMNS) {
    const values = series.meetings.map((m) => get(m, column.path)).filter((v) => v !== undefined);
    if (!values.length) continue;
    if (column.kind !== 'text') {
      header.push(column.name);
      writers.push((m) => writeCell(column.kind, get(m, column.path)));
      continue;
    }
    const maps = values.filter((v): v is Record<string, string> => typeof v === 'object');
    const langs = [...new Set(maps.flatMap((map) => Object.keys(map).filter((lang) => lang !== 'en' || Object.keys(map).length === 1)))];
    if (values.some((v) => typeof v === 'string') || maps.some((map) => 'en' in map && Object.keys(map).length > 1)) {
      header.push(column.name);
      writers.push((m) => baseText(get(m, column.path) as Text | undefined));
    }
    for (const lang of langs) {
      header.push(`${column.name}_${lang}`);
      writers.push((m) => {
        const text = get(m, column.path) as Text | undefined;
        if (typeof text !== 'object') return '';
        return lang === 'en' && Object.keys(text).length > 1 ? '' : (text[lang] ?? '');
      });
    }
  }
  // No meetings: the header alone, so the file is still a template to fill in.
  return formatTable(header.length ? header : ['id', 'start', 'title'], series.meetings.map((m) => writers.map((write) => escapeFormula(write(m)))));
}

/** The `title` column's part of a text: the string, or the English of a map that has other languages too. */
function baseText(text: Text | undefined): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return Object.keys(text).length > 1 ? (text.en ?? '') : '';
}

function writeCell(kind: Kind, value: unknown): string {
  if (value === undefined) return '';
  if (kind === 'list') return (value as string[]).join(';');
  if (kind === 'urls') return (value as Array<{ url?: string }>).map((s) => s.url ?? '').filter(Boolean).join('\n');
  return String(value);
}
