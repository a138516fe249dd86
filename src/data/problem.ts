/**
 * A problem in the data, as a value: where (`path`), what (`code`, a key of the problem messages)
 * and the particulars (`params`). `message` is the English text, for logs and the command line; an
 * element renders the problem in its own language with {@link problemText} and {@link problemPlace}.
 */
import { messageTools, translate, type Params } from '../shared/lang.js';
import { FORM_KEYS, problemMessages, type ProblemCode } from './messages.js';

/** One thing wrong with the input: where (`meetings[3].start`, `row 7, column "End Day"`) and what. */
export interface Problem {
  /** A JSON path (`meetings[3].start`), a sheet's cell (`row 7, column "End Day"`), `(root)` or `(file)`. */
  path: string;
  /** What is wrong: a key of the problem messages (`required`, `endBeforeStart`, …). */
  code: ProblemCode;
  /** The particulars the message names (values, ids, counts); language-neutral. */
  params: Params;
  /** The problem in English. */
  message: string;
}

/** A problem with its English message. */
export function problem(path: string, code: ProblemCode, params: Params = {}): Problem {
  const found = { path, code, params, message: '' };
  found.message = problemText(found, 'en');
  return found;
}

/**
 * What a value is, for a message, without showing much of it: its kind (`string`, `number`, `list`…)
 * and, for a string, number or boolean, the value (a string quoted and cut at 40 characters).
 */
export function describe(value: unknown): { kind: string; value: string } {
  if (value === null) return { kind: 'null', value: '' };
  if (value === undefined) return { kind: 'nothing', value: '' };
  if (Array.isArray(value)) return { kind: 'list', value: '' };
  if (typeof value === 'string') return { kind: 'string', value: JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value) };
  if (typeof value === 'object') return { kind: 'object', value: '' };
  if (typeof value === 'number' || typeof value === 'boolean') return { kind: typeof value, value: String(value) };
  return { kind: 'other', value: typeof value };
}

/** The problem's message in `lang` (the nearest language of its chain that has it). */
export function problemText(problem: Pick<Problem, 'code' | 'params'>, lang: string): string {
  const { code, params } = problem;
  const words = (key: ProblemCode, p: Params = {}) => translate(problemMessages, lang, key, p);
  const resolved: Params = { ...params };
  if (params.kind !== undefined) resolved.got = words(`got_${params.kind}` as ProblemCode, { value: params.value ?? '' });
  if (params.types !== undefined || params.description !== undefined) resolved.expected = expected(params, lang);
  return words(code, resolved);
}

/**
 * What a value should be: the schema's description (in English as written; in another language by
 * its key, or by its types when it has none), else its types, else `fallback`'s words.
 */
function expected(params: Params, lang: string): string {
  const words = (key: ProblemCode) => translate(problemMessages, lang, key);
  const description = String(params.description ?? '');
  const key = Object.hasOwn(FORM_KEYS, description) ? FORM_KEYS[description] : undefined;
  if (key) return words(`form_${key}`);
  if (description && lang === 'en') return description;
  const types = String(params.types ?? '')
    .split(',')
    .filter(Boolean);
  if (types.length) return messageTools(lang).list(types.map((type) => words(`type_${type}` as ProblemCode)), 'disjunction');
  return words(params.fallback === 'key' ? 'allowedKey' : params.fallback === 'form' ? 'rightForm' : 'otherKind');
}

const CELL = /^row (\d+)(?:, column ("(?:[^"\\]|\\.)*"))?$/;

/** Where the problem is, in `lang`: a sheet's row and column in words, a JSON path as it is. */
export function problemPlace(problem: Pick<Problem, 'path'>, lang: string): string {
  const { path } = problem;
  if (path === '(root)') return translate(problemMessages, lang, 'root');
  if (path === '(file)') return translate(problemMessages, lang, 'file');
  const cell = CELL.exec(path);
  if (!cell) return path;
  const row = Number(cell[1]);
  if (cell[2] === undefined) return translate(problemMessages, lang, 'row', { row });
  return translate(problemMessages, lang, 'cell', { row, column: cell[2] });
}
