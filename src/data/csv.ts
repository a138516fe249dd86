/**
 * CSV as newsrooms keep it. The parsing itself is d3-dsv's (quoting, embedded newlines, any
 * separator): d3 is already this library's toolkit, and the parser is 1 KB. This module adds what a
 * spreadsheet export needs around it: a BOM, the separator guessed from the header (`,` `;` or tab),
 * a refusal of binary files, and row numbers as a spreadsheet shows them (the header is row 1).
 */
import { dsvFormat } from 'd3-dsv';
import { problem, type Problem } from './problem.js';

/** A parsed table: the header's column names and the data rows, each with its spreadsheet row number. */
export interface Table {
  columns: string[];
  rows: Array<{ row: number; cells: string[] }>;
  separator: string;
}

/** A problem in a table, named as a reader finds it: `row 7, column "End Day"`. */
export type CellProblem = Problem;

/** Where a cell is, in the words of the issue tracker and the spreadsheet: `row 7, column "End Day"`. */
export function cellPath(row: number, column?: string): string {
  return column === undefined ? `row ${row}` : `row ${row}, column ${JSON.stringify(column)}`;
}

const SEPARATORS = [',', ';', '\t'];

/** The separator used in the header line: the one that occurs most often outside quotes. */
export function guessSeparator(text: string): string {
  let quoted = false;
  const counts = new Map<string, number>();
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && SEPARATORS.includes(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best = ',';
  for (const separator of SEPARATORS) if ((counts.get(separator) ?? 0) > (counts.get(best) ?? 0)) best = separator;
  return best;
}

/** True when the text looks like a binary file read as text (NUL bytes, or mostly undecodable bytes). */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  if (sample.includes('\u0000')) return true;
  let odd = 0;
  for (const char of sample) if (char === '\ufffd' || (char < ' ' && char !== '\n' && char !== '\r' && char !== '\t')) odd++;
  return sample.length > 0 && odd / sample.length > 0.1;
}

/** Parses CSV (or `;`/tab-separated) text into a table, or says why it cannot. */
export function parseTable(text: string): { table?: Table; problem?: CellProblem } {
  if (looksBinary(text)) return { problem: problem('(file)', 'notText') };
  const body = text.replace(/^\ufeff/, '');
  const separator = guessSeparator(body);
  const parsed = dsvFormat(separator).parseRows(body);
  const blankRow = (cells: string[]) => cells.every((cell) => cell.trim() === '');
  // Blank lines before the header (an inline <script> starts with one) are skipped, rows still counted.
  const first = parsed.findIndex((cells) => !blankRow(cells));
  if (first < 0) return { problem: problem('row 1', 'noHeader') };
  const header = parsed[first];
  const rows: Table['rows'] = [];
  for (let i = first + 1; i < parsed.length; i++) {
    if (!blankRow(parsed[i])) rows.push({ row: i + 1, cells: parsed[i] }); // blank lines, a trailing newline
  }
  return { table: { columns: header.map((name) => name.trim()), rows, separator } };
}

/** Writes rows as CSV (RFC 4180: quotes where needed, CRLF-free `\n` lines), header first. */
export function formatTable(columns: string[], rows: string[][]): string {
  return `${dsvFormat(',').formatRows([columns, ...rows])}\n`;
}

/** Problems of shape: cells beyond the header, or fewer cells than it has. The row is still read. */
export function raggedRows(table: Table): CellProblem[] {
  const width = table.columns.length;
  return table.rows
    .filter(({ cells }) => cells.length !== width)
    .map(({ row, cells }) => problem(cellPath(row), cells.length > width ? 'tooManyCells' : 'tooFewCells', { cells: cells.length, columns: width }));
}
