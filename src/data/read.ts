/**
 * From what a desk has to a validated series: this library's JSON, a TimelineJS JSON file, or a CSV
 * in this library's template or TimelineJS's sheet template. The elements (data controller) and the
 * command line (`meeting-viz convert`, `validate`) both call this, so they agree on every file.
 * Like the validator it never throws: problems are values, named by JSON path or by sheet cell.
 */
import { validate, type Problem, type ValidationResult } from './validate.js';
import { problem } from './problem.js';
import { parseTable, raggedRows } from './csv.js';
import { isTemplateHeader, readTemplate, templateCell, TEMPLATE_COLUMNS } from './template.js';
import { isTimelineSheetHeader, readTimelineJson, readTimelineSheet, SHEET_COLUMNS } from './timelinejs.js';
import { isTimelineJson, looksLikeJson } from './formats.js';

export { csvHint } from './formats.js';

/** Which layout the input was in. */
export type Layout = 'meeting-viz' | 'timelinejs' | 'template-csv' | 'timelinejs-csv';

export interface ReadResult extends ValidationResult {
  layout?: Layout;
  /** Set when the text is not JSON at all (nothing else could be read): the parser's message. */
  jsonError?: string;
}

/** Reads an already parsed value (the `data` property, a parsed file): this library's JSON or TimelineJS JSON. */
export function readValue(value: unknown): ReadResult {
  if (isTimelineJson(value)) return { ...finish(readTimelineJson(value), (o, path) => o(path)), layout: 'timelinejs' };
  return { ...validate(value), layout: 'meeting-viz' };
}

/**
 * Reads text: JSON (either kind) or CSV (either template). `csv` says the text is CSV whatever it looks
 * like; otherwise text that starts like JSON is JSON, and other text is CSV when its header is one of
 * the two templates.
 */
export function readText(text: string, options: { csv?: boolean } = {}): ReadResult {
  const body = text.replace(/^\ufeff/, '');
  if (!options.csv && looksLikeJson(body)) return parseJson(body);
  if (!options.csv) {
    const probe = parseTable(body.slice(0, body.search(/\r?\n|$/))).table?.columns ?? []; // the header only
    if (!isTemplateHeader(probe) && !isTimelineSheetHeader(probe)) return parseJson(body);
  }
  return readCsv(text);
}

function parseJson(text: string): ReadResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { series: { meetings: [] }, problems: [], jsonError: (error as Error).message };
  }
  return readValue(value);
}

/** Reads CSV in either template, recognised from the header row. */
export function readCsv(text: string): ReadResult {
  const { table, problem: unreadable } = parseTable(text);
  if (!table) return { series: { meetings: [] }, problems: [unreadable!] };
  // Problems in the order of the sheet's rows, as a desk reads down it.
  const byRow = (result: ValidationResult) => [...result.problems, ...raggedRows(table)].sort((a, b) => rowOf(a.path) - rowOf(b.path));
  if (isTimelineSheetHeader(table.columns)) {
    const result = finish(readTimelineSheet(table), (o, path) => o(path));
    return { ...result, problems: byRow(result), layout: 'timelinejs-csv' };
  }
  if (isTemplateHeader(table.columns)) {
    const result = finish(readTemplate(table), templateCell);
    return { ...result, problems: byRow(result), layout: 'template-csv' };
  }
  return {
    series: { meetings: [] },
    problems: [problem('row 1', 'unknownHeader', { template: TEMPLATE_COLUMNS.slice(0, 5).join(', '), sheet: SHEET_COLUMNS.slice(0, 4).join(', ') })],
  };
}

const rowOf = (path: string) => Number(/^row (\d+)/.exec(path)?.[1] ?? 0);

const MEETING_PATH = /^meetings\[(\d+)\]((?:\.[^.[\]]+|\[\d+\])*)$/;

/**
 * Validates a converted series and names each of the validator's problems by the input's own place
 * (a cell, a TimelineJS path) rather than the converted JSON's, after the converter's own problems.
 */
function finish<O>(read: { series: unknown; origins: O[]; problems: Problem[] }, place: (origin: O, path: Array<string | number>) => string): ValidationResult {
  const { series, problems } = validate(read.series);
  const named = problems.map((found) => {
    const match = MEETING_PATH.exec(found.path);
    const origin = match ? read.origins[+match[1]] : undefined;
    if (!match || origin === undefined) return found;
    const path = [...match[2].matchAll(/\.([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[1] !== undefined ? m[1] : +m[2]));
    return { ...found, path: place(origin, path) };
  });
  return { series, problems: [...read.problems, ...named] };
}

