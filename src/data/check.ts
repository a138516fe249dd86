/**
 * A small, fast interpreter for the JSON Schema that `scripts/write-schema.mjs` generates from
 * the zod definition: the keywords that schema uses, and nothing else. It copies what is valid
 * and reports each problem with its path, a code and its particulars (an unknown property, often
 * a typo, is named with the nearest known one); problem.ts puts them in words. It never throws.
 */
import type { Params } from '../shared/lang.js';
import { DATE_PATTERN, isPartialDate } from './dates.js';
import type { ProblemCode } from './messages.js';
import { describe } from './problem.js';

export interface JsonSchema {
  $id?: string;
  $schema?: string;
  title?: string;
  description?: string;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  anyOf?: JsonSchema[];
  enum?: unknown[];
  pattern?: string;
  minLength?: number;
  minimum?: number;
  maximum?: number;
  /** Set on a text field that needs no translation (see `UNTRANSLATABLE` in schema.ts). */
  'x-untranslatable'?: boolean;
}

export interface Issue {
  path: Array<string | number>;
  code: ProblemCode;
  params: Params;
}

/**
 * A JSON Schema annotation on a text field that needs no Chinese or Russian form (a work's own
 * title, an editor's remark never shown): the translation check skips it.
 */
export const UNTRANSLATABLE = 'x-untranslatable';

/** Returned by {@link check} for a value that is not valid. */
export const INVALID = Symbol('invalid');

/** A value's JSON type as a bit, `1 << i` for `TYPES[i]`: a schema node's `type` list is a mask of them. */
const TYPES = ['string', 'number', 'integer', 'array', 'object', 'boolean'];
const [STRING, NUMBER, INTEGER, ARRAY, OBJECT, BOOLEAN] = [1, 2, 4, 8, 16, 32];

function typeBits(value: unknown): number {
  switch (typeof value) {
    case 'string':
      return STRING;
    case 'number':
      return Number.isFinite(value) ? (Number.isInteger(value) ? NUMBER | INTEGER : NUMBER) : 0;
    case 'boolean':
      return BOOLEAN;
    case 'object':
      if (value === null) return 0;
      if (Array.isArray(value)) return ARRAY;
      return value instanceof Date || value instanceof Map || value instanceof Set ? 0 : OBJECT;
    default:
      return 0;
  }
}

/**
 * A schema node made ready once (its `$ref` followed, its children made ready, its type list a mask,
 * its pattern compiled), so checking ten thousand meetings looks nothing up twice.
 */
interface Node {
  schema: JsonSchema;
  anyOf?: Node[];
  /** 0: any type. */
  mask: number;
  types: string;
  items?: Node;
  properties: Array<[string, Node]>;
  /** Each property's place in `properties`. */
  index: Map<string, number>;
  required: string[];
  /** `additionalProperties` as a node, `false` (reported), or undefined (left out of the copy). */
  extra: Node | false | undefined;
  propertyNames?: Node;
  pattern?: RegExp;
  isDate: boolean;
}

/** Nodes by schema object (the one root, the series schema, has one node per schema object). */
const prepared = new WeakMap<JsonSchema, Node>();

function prepare(schema: JsonSchema, root: JsonSchema): Node {
  const resolved = schema.$ref ? (root.$defs?.[schema.$ref.slice(8)] ?? {}) : schema; // '#/$defs/'.length
  let node = prepared.get(resolved);
  if (node) return node;
  const types = resolved.type === undefined ? [] : Array.isArray(resolved.type) ? resolved.type : [resolved.type];
  const entries = Object.entries(resolved.properties ?? {});
  node = {
    schema: resolved,
    // An unknown type name gets bit 31 (1 << -1), which no value has: it matches nothing, as it always has.
    mask: types.reduce((mask, t) => mask | (1 << TYPES.indexOf(t)), 0),
    types: types.join(','),
    properties: [],
    index: new Map(entries.map(([key], i) => [key, i])),
    required: resolved.required ?? [],
    extra: undefined,
    pattern: resolved.pattern === undefined ? undefined : new RegExp(resolved.pattern),
    // A date must also be a real calendar day (2025-02-30 has the right shape): isPartialDate checks both.
    isDate: resolved.pattern === DATE_PATTERN.source,
  };
  prepared.set(resolved, node); // before the children: a schema may refer to itself
  if (schema !== resolved) prepared.set(schema, node);
  if (resolved.anyOf) node.anyOf = resolved.anyOf.map((option) => prepare(option, root));
  if (resolved.items) node.items = prepare(resolved.items, root);
  node.properties = entries.map(([key, value]) => [key, prepare(value, root)]);
  const extra = resolved.additionalProperties;
  node.extra = extra === false ? false : typeof extra === 'object' ? prepare(extra, root) : undefined;
  if (resolved.propertyNames) node.propertyNames = prepare(resolved.propertyNames, root);
  return node;
}

/**
 * Checks `value` against `schema` (whose `$ref`s point into `root.$defs`). Returns the valid
 * value (objects copied with only their known properties, or the object itself when the copy would
 * be the same: see `object`) or {@link INVALID}, adding issues
 * with paths under `path`.
 */
export function check(schema: JsonSchema, value: unknown, path: Array<string | number>, issues: Issue[], root: JsonSchema = schema): unknown {
  return new Checker(root).check(schema, value, path, issues);
}

/**
 * {@link check} for many values under one root schema (ten thousand meetings): one walk serves them
 * all, and `path` is read only when an issue is reported, so a caller may reuse one array.
 */
export class Checker {
  private readonly walk = new Walk();

  constructor(private readonly root: JsonSchema) {}

  check(schema: JsonSchema, value: unknown, path: ReadonlyArray<string | number>, issues: Issue[]): unknown {
    return this.walk.run(prepare(schema, this.root), value, path, issues);
  }
}

class Walk {
  /** Where the value being checked sits, below `base`: pushed and popped, copied only for an issue. */
  private readonly at: Array<string | number> = [];
  private base: ReadonlyArray<string | number> = [];
  private issues: Issue[] = [];

  run(node: Node, value: unknown, base: ReadonlyArray<string | number>, issues: Issue[]): unknown {
    this.base = base;
    this.issues = issues;
    this.at.length = 0;
    return this.check(node, value);
  }

  private fail(code: ProblemCode, params: Params = {}): typeof INVALID {
    this.issues.push({ path: [...this.base, ...this.at], code, params });
    return INVALID;
  }

  /** A problem with the property `key` of the value being checked. */
  private failAt(key: string, code: ProblemCode, params: Params = {}): typeof INVALID {
    this.at.push(key);
    this.fail(code, params);
    this.at.pop();
    return INVALID;
  }

  check(node: Node, value: unknown): unknown {
    if (node.anyOf) return this.anyOf(node, value);
    const schema = node.schema;
    if (node.mask && !(node.mask & typeBits(value))) {
      return this.fail('type', { description: schema.description ?? '', types: node.types, ...describe(value) });
    }
    if (schema.enum && !schema.enum.includes(value)) {
      return this.fail('oneOf', { options: schema.enum.map((v) => JSON.stringify(v)).join(', '), ...describe(value) });
    }
    if (typeof value === 'string') {
      if (schema.minLength !== undefined && value.length < schema.minLength) return this.fail('empty');
      if (node.pattern && !(node.isDate ? isPartialDate(value) : node.pattern.test(value))) {
        return this.fail('notForm', { value: describe(value).value, description: schema.description ?? '', fallback: 'form' });
      }
      return value;
    }
    if (typeof value === 'number') {
      // "must be at most 90 (a latitude in degrees, from -90 to 90), got 95": the range, what the number is, and the value.
      const of = schema.description ? { description: schema.description } : undefined;
      if (schema.minimum !== undefined && value < schema.minimum) return this.fail(of ? 'atLeastOf' : 'atLeast', { limit: String(schema.minimum), value: String(value), ...of });
      if (schema.maximum !== undefined && value > schema.maximum) return this.fail(of ? 'atMostOf' : 'atMost', { limit: String(schema.maximum), value: String(value), ...of });
      return value;
    }
    if (Array.isArray(value)) {
      if (schema.minItems !== undefined && value.length < schema.minItems) return this.fail('minItems', { count: schema.minItems });
      if (!node.items) return value.slice();
      const out: unknown[] = [];
      let ok = true;
      let same = true;
      for (let i = 0; i < value.length; i++) {
        this.at.push(i);
        const item = this.check(node.items, value[i]);
        this.at.pop();
        if (item === INVALID) ok = false;
        else out.push(item);
        if (item !== value[i]) same = false;
      }
      return ok ? (same && Object.getPrototypeOf(value) === Array.prototype ? value : out) : INVALID;
    }
    if (typeof value === 'object' && value !== null) return this.object(node, value as Record<string, unknown>);
    return value;
  }

  /**
   * The first option that fits; else, when exactly one option is a list or an object with named
   * properties of the value's type, that option's own issues (a typo in a place names the field);
   * else one issue naming what was expected.
   */
  private anyOf(node: Node, value: unknown): unknown {
    // An option's issues are dropped when it does not fit: the list goes back to its length before.
    const mark = this.issues.length;
    for (const option of node.anyOf!) {
      const result = this.check(option, value);
      this.issues.length = mark;
      if (result !== INVALID) return result;
    }
    // Worked out only when no option fits: most values fit their first option.
    const bits = typeBits(value);
    const structural = node.anyOf!.filter((option) => (option.schema.properties || option.schema.items) && option.mask & bits);
    if (structural.length === 1) return this.check(structural[0], value);
    return this.fail('type', { description: node.schema.description ?? '', ...describe(value) });
  }

  /**
   * An object's known properties, checked. A plain object whose own keys are all known (or allowed by
   * `additionalProperties`), in the schema's order, with every value coming back unchanged, is itself
   * the result: valid data is not copied (ten thousand meetings are not kept twice, nor collected).
   * The copy is made only once a difference is found.
   */
  private object(node: Node, value: Record<string, unknown>): unknown {
    let ok = true;
    for (const key of node.required) {
      if (value[key] !== undefined) continue;
      this.failAt(key, 'required');
      ok = false;
    }
    const keys = Object.keys(value);
    const { index, properties } = node;
    const proto = Object.getPrototypeOf(value);
    // A plain object whose known keys come in the schema's order, before any other, is walked by its
    // own keys (a meeting has four of its twenty-one fields); anything else by the schema's, in order.
    let inOrder = proto === Object.prototype || proto === null;
    let extras = false;
    for (let k = 0, last = -1; k < keys.length && inOrder; k++) {
      const i = index.get(keys[k]);
      if (i === undefined) extras = true;
      else if (extras || i < last) inOrder = false;
      else last = i;
    }
    let out: Record<string, unknown> | undefined = inOrder ? undefined : {};
    const count = inOrder ? keys.length : properties.length;
    for (let j = 0; j < count; j++) {
      let key: string;
      let child: Node;
      if (inOrder) {
        key = keys[j];
        const i = index.get(key);
        if (i === undefined) continue;
        child = properties[i][1];
      } else {
        key = properties[j][0];
        child = properties[j][1];
      }
      const property = value[key];
      if (property === undefined) {
        out ??= copyOf(value, keys, index, j, 0);
        continue;
      }
      this.at.push(key);
      const result = this.check(child, property);
      this.at.pop();
      if (result === INVALID) ok = false;
      else if (result !== property) (out ??= copyOf(value, keys, index, j, 0))[key] = result;
      else if (out) out[key] = result;
    }
    const extra = node.extra;
    if (extra === false) {
      for (const key of keys) {
        if (index.has(key)) continue;
        ok = false;
        const unknown = unknownField(key, Object.keys(node.schema.properties ?? {}));
        this.failAt(key, unknown.code, unknown.params);
      }
    } else if (extra) {
      for (let k = 0; k < keys.length; k++) {
        const key = keys[k];
        if (index.has(key)) continue;
        if (node.propertyNames && !this.fits(node.propertyNames, key)) {
          ok = false;
          this.failAt(key, 'notForm', { value: describe(key).value, description: node.propertyNames.schema.description ?? '', fallback: 'key' });
          continue;
        }
        this.at.push(key);
        const result = this.check(extra, value[key]);
        this.at.pop();
        if (result === INVALID) ok = false;
        else if (result !== value[key] || out) define((out ??= copyOf(value, keys, index, keys.length, k)), key, result);
      }
    } else if (extras) out ??= copyOf(value, keys, index, keys.length, 0); // unknown keys are left out of the copy
    if (!ok) return INVALID;
    return out ?? value;
  }

  /** Whether `value` fits `node`, reporting nothing. */
  private fits(node: Node, value: unknown): boolean {
    const mark = this.issues.length;
    const fits = this.check(node, value) !== INVALID;
    this.issues.length = mark;
    return fits;
  }
}

/**
 * An object's copy, once it has to be one: the known properties (in `index`) among the first `known`
 * keys and the others among the first `other` keys, all checked so far and unchanged.
 */
function copyOf(value: Record<string, unknown>, keys: string[], index: Map<string, number>, known: number, other: number): Record<string, unknown> {
  const made: Record<string, unknown> = {};
  for (let k = 0; k < known; k++) if (index.has(keys[k])) made[keys[k]] = value[keys[k]];
  for (let k = 0; k < other; k++) if (!index.has(keys[k])) define(made, keys[k], value[keys[k]]);
  return made;
}

/** defineProperty: a key such as "__proto__" stays a plain key, never a prototype. */
function define(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** "unknown field 'titel' (did you mean 'title'?)": the nearest known name, when one is close. */
export function unknownField(key: string, known: readonly string[]): { code: ProblemCode; params: Params } {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const name of known) {
    const d = editDistance(key.toLowerCase(), name.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [name, d];
  }
  const close = best !== undefined && bestDistance <= Math.max(1, Math.floor(best.length / 3));
  return close ? { code: 'unknownFieldNear', params: { key, near: best! } } : { code: 'unknownField', params: { key } };
}

/** Levenshtein distance, with a swap of two neighbours counted as one edit. */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1);
    }
  }
  return rows[a.length][b.length];
}
