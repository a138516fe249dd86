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

function typeMatches(type: string, value: unknown): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'array':
      return Array.isArray(value);
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date) && !(value instanceof Map) && !(value instanceof Set);
    case 'boolean':
      return typeof value === 'boolean';
    default:
      return false;
  }
}

/** Where a value sits, as a chain of keys: built without allocating arrays, turned into one only for an issue. */
interface At {
  parent: At | undefined;
  key: string | number;
}

function pathOf(at: At | undefined, base: ReadonlyArray<string | number>): Array<string | number> {
  const keys: Array<string | number> = [];
  for (let node = at; node; node = node.parent) keys.push(node.key);
  return [...base, ...keys.reverse()];
}

/** What is worked out once per schema node, not once per value. */
interface Compiled {
  types: string[];
  properties: Array<[string, JsonSchema]>;
  /** Each property's place in `properties`. */
  index: Map<string, number>;
  /** 0, 1, … one per property. */
  all: number[];
  required: string[];
  pattern?: RegExp;
  isDate: boolean;
}

const compiled = new WeakMap<JsonSchema, Compiled>();
function compile(schema: JsonSchema): Compiled {
  let c = compiled.get(schema);
  if (!c) {
    c = {
      types: schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type],
      properties: Object.entries(schema.properties ?? {}),
      index: new Map(Object.keys(schema.properties ?? {}).map((key, i) => [key, i])),
      all: Object.keys(schema.properties ?? {}).map((_, i) => i),
      required: schema.required ?? [],
      pattern: schema.pattern === undefined ? undefined : new RegExp(schema.pattern),
      // A date must also be a real calendar day (2025-02-30 has the right shape): isPartialDate checks both.
      isDate: schema.pattern === DATE_PATTERN.source,
    };
    compiled.set(schema, c);
  }
  return c;
}

/**
 * Checks `value` against `schema` (whose `$ref`s point into `root.$defs`). Returns the valid
 * value (objects copied with only their known properties, or the object itself when the copy would
 * be the same: see `object`) or {@link INVALID}, adding issues
 * with paths under `path`.
 */
export function check(schema: JsonSchema, value: unknown, path: Array<string | number>, issues: Issue[], root: JsonSchema = schema): unknown {
  return new Walk(root, path, issues).check(schema, value, undefined);
}

class Walk {
  constructor(
    private readonly root: JsonSchema,
    private readonly base: ReadonlyArray<string | number>,
    private issues: Issue[],
  ) {}

  private fail(at: At | undefined, code: ProblemCode, params: Params = {}): typeof INVALID {
    this.issues.push({ path: pathOf(at, this.base), code, params });
    return INVALID;
  }

  private resolve(schema: JsonSchema): JsonSchema {
    return schema.$ref ? (this.root.$defs?.[schema.$ref.slice(8)] ?? {}) : schema; // '#/$defs/'.length
  }

  check(schema: JsonSchema, value: unknown, at: At | undefined): unknown {
    schema = this.resolve(schema);
    if (schema.anyOf) return this.anyOf(schema, value, at);
    const c = compile(schema);
    if (c.types.length && !c.types.some((t) => typeMatches(t, value))) {
      return this.fail(at, 'type', { description: schema.description ?? '', types: c.types.join(','), ...describe(value) });
    }
    if (schema.enum && !schema.enum.includes(value)) {
      return this.fail(at, 'oneOf', { options: schema.enum.map((v) => JSON.stringify(v)).join(', '), ...describe(value) });
    }
    if (typeof value === 'string') {
      if (schema.minLength !== undefined && value.length < schema.minLength) return this.fail(at, 'empty');
      if (c.pattern && !(c.isDate ? isPartialDate(value) : c.pattern.test(value))) {
        return this.fail(at, 'notForm', { value: describe(value).value, description: schema.description ?? '', fallback: 'form' });
      }
      return value;
    }
    if (typeof value === 'number') {
      // "must be at most 90 (a latitude in degrees, from -90 to 90), got 95": the range, what the number is, and the value.
      const of = schema.description ? { description: schema.description } : undefined;
      if (schema.minimum !== undefined && value < schema.minimum) return this.fail(at, of ? 'atLeastOf' : 'atLeast', { limit: String(schema.minimum), value: String(value), ...of });
      if (schema.maximum !== undefined && value > schema.maximum) return this.fail(at, of ? 'atMostOf' : 'atMost', { limit: String(schema.maximum), value: String(value), ...of });
      return value;
    }
    if (Array.isArray(value)) {
      if (schema.minItems !== undefined && value.length < schema.minItems) return this.fail(at, 'minItems', { count: schema.minItems });
      if (!schema.items) return value.slice();
      const out: unknown[] = [];
      let ok = true;
      let same = true;
      for (let i = 0; i < value.length; i++) {
        const item = this.check(schema.items, value[i], { parent: at, key: i });
        if (item === INVALID) ok = false;
        else out.push(item);
        if (item !== value[i]) same = false;
      }
      return ok ? (same && Object.getPrototypeOf(value) === Array.prototype ? value : out) : INVALID;
    }
    if (typeof value === 'object' && value !== null) return this.object(schema, c, value as Record<string, unknown>, at);
    return value;
  }

  /**
   * The first option that fits; else, when exactly one option is a list or an object with named
   * properties of the value's type, that option's own issues (a typo in a place names the field);
   * else one issue naming what was expected.
   */
  private anyOf(schema: JsonSchema, value: unknown, at: At | undefined): unknown {
    const issues = this.issues;
    this.issues = [];
    try {
      for (const option of schema.anyOf!) {
        this.issues.length = 0;
        const result = this.check(option, value, at);
        if (result !== INVALID) return result;
      }
    } finally {
      this.issues = issues;
    }
    // Worked out only when no option fits: most values fit their first option.
    const structural = schema.anyOf!.map((option) => this.resolve(option)).filter((option) => (option.properties || option.items) && compile(option).types.some((t) => typeMatches(t, value)));
    if (structural.length === 1) return this.check(structural[0], value, at);
    return this.fail(at, 'type', { description: schema.description ?? '', ...describe(value) });
  }

  /**
   * An object's known properties, checked. A plain object whose own keys are all known (or allowed by
   * `additionalProperties`), in the schema's order, with every value coming back unchanged, is itself
   * the result: valid data is not copied (ten thousand meetings are not kept twice, nor collected).
   */
  private object(schema: JsonSchema, c: Compiled, value: Record<string, unknown>, at: At | undefined): unknown {
    const out: Record<string, unknown> = {};
    let ok = true;
    for (const key of c.required) {
      if (value[key] !== undefined) continue;
      this.fail({ parent: at, key }, 'required');
      ok = false;
    }
    const keys = Object.keys(value);
    const proto = Object.getPrototypeOf(value);
    let same = proto === Object.prototype || proto === null;
    // A plain object is walked by its own keys (a meeting has four of its twenty-one fields); anything else is asked for every property.
    let order = c.all;
    if (same) {
      const present: number[] = [];
      let extraSeen = false;
      for (const key of keys) {
        const i = c.index.get(key);
        if (i === undefined) {
          extraSeen = true;
          continue;
        }
        // The copy lists known keys in the schema's order, then the others: the input must read the same.
        if (extraSeen || (present.length && i < present[present.length - 1])) same = false;
        present.push(i);
      }
      order = same ? present : present.sort((x, y) => x - y);
    }
    for (let j = 0; j < order.length; j++) {
      const [key, propertySchema] = c.properties[order[j]];
      const property = value[key];
      if (property === undefined) {
        same = false;
        continue;
      }
      const result = this.check(propertySchema, property, { parent: at, key });
      if (result === INVALID) ok = false;
      else out[key] = result;
      if (result !== property) same = false;
    }
    const extra = schema.additionalProperties;
    if (extra === false) {
      for (const key of keys) {
        if (c.index.has(key)) continue;
        ok = false;
        const unknown = unknownField(key, Object.keys(schema.properties ?? {}));
        this.fail({ parent: at, key }, unknown.code, unknown.params);
      }
    } else if (typeof extra === 'object') {
      for (const key of keys) {
        if (c.index.has(key)) continue;
        const here = { parent: at, key };
        if (schema.propertyNames && !this.fits(schema.propertyNames, key)) {
          ok = false;
          this.fail(here, 'notForm', { value: describe(key).value, description: schema.propertyNames.description ?? '', fallback: 'key' });
          continue;
        }
        const result = this.check(extra, value[key], here);
        if (result === INVALID) ok = false;
        // defineProperty: a key such as "__proto__" stays a plain key, never a prototype.
        else Object.defineProperty(out, key, { value: result, enumerable: true, writable: true, configurable: true });
        if (result !== value[key]) same = false;
      }
    } else if (keys.some((key) => !c.index.has(key))) same = false; // unknown keys are left out of the copy
    if (!ok) return INVALID;
    return same ? value : out;
  }

  /** Whether `value` fits `schema`, reporting nothing. */
  private fits(schema: JsonSchema, value: unknown): boolean {
    const issues = this.issues;
    this.issues = [];
    try {
      return this.check(schema, value, undefined) !== INVALID;
    } finally {
      this.issues = issues;
    }
  }
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
