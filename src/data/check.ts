/**
 * A small, fast interpreter for the JSON Schema that `scripts/write-schema.mjs` generates from
 * the zod definition: the keywords that schema uses, and nothing else. It copies what is valid
 * (dropping unknown properties, as the definition does) and reports each problem with its path
 * and a plain-English message. It never throws.
 */
import { DATE_PATTERN, isPartialDate } from './dates.js';

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
  anyOf?: JsonSchema[];
  enum?: unknown[];
  pattern?: string;
  minLength?: number;
  minimum?: number;
  maximum?: number;
}

export interface Issue {
  path: Array<string | number>;
  message: string;
}

/** Returned by {@link check} for a value that is not valid. */
export const INVALID = Symbol('invalid');

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  integer: 'a whole number',
  array: 'a list',
  object: 'an object',
  boolean: 'true or false',
};

/** A short, safe description of a value for a message. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'bigint' || typeof value === 'symbol' || typeof value === 'function') return `a ${typeof value}`;
  return `${typeof value} ${String(value)}`;
}

const patterns = new Map<string, RegExp>();
function regex(source: string): RegExp {
  let re = patterns.get(source);
  if (!re) patterns.set(source, (re = new RegExp(source)));
  return re;
}

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

/**
 * Checks `value` against `schema` (whose `$ref`s point into `root.$defs`). Returns the valid
 * value (objects copied with only their known properties) or {@link INVALID}, adding issues under `path`.
 */
export function check(schema: JsonSchema, value: unknown, path: Array<string | number>, issues: Issue[], root: JsonSchema = schema): unknown {
  if (schema.$ref) schema = root.$defs?.[schema.$ref.replace('#/$defs/', '')] ?? {};
  if (schema.anyOf) {
    for (const option of schema.anyOf) {
      const result = check(option, value, path, [], root);
      if (result !== INVALID) return result;
    }
    issues.push({ path, message: `expected ${schema.description ?? 'another kind of value'}, got ${describe(value)}` });
    return INVALID;
  }
  const types = schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];
  if (types.length && !types.some((t) => typeMatches(t, value))) {
    const expected = schema.description ?? types.map((t) => TYPE_NAMES[t] ?? t).join(' or ');
    issues.push({ path, message: `expected ${expected}, got ${describe(value)}` });
    return INVALID;
  }
  if (schema.enum && !schema.enum.includes(value)) {
    issues.push({ path, message: `expected one of ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}, got ${describe(value)}` });
    return INVALID;
  }
  if (typeof value === 'string') return checkString(schema, value, path, issues);
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) return fail(issues, path, `must be at least ${schema.minimum}`);
    if (schema.maximum !== undefined && value > schema.maximum) return fail(issues, path, `must be at most ${schema.maximum}`);
    return value;
  }
  if (Array.isArray(value)) {
    if (!schema.items) return value.slice();
    const out: unknown[] = [];
    let ok = true;
    for (let i = 0; i < value.length; i++) {
      const item = check(schema.items, value[i], [...path, i], issues, root);
      if (item === INVALID) ok = false;
      else out.push(item);
    }
    return ok ? out : INVALID;
  }
  if (typeof value === 'object' && value !== null) return checkObject(schema, value as Record<string, unknown>, path, issues, root);
  return value;
}

function checkString(schema: JsonSchema, value: string, path: Array<string | number>, issues: Issue[]): unknown {
  if (schema.minLength !== undefined && value.length < schema.minLength) return fail(issues, path, 'must not be empty');
  if (schema.pattern !== undefined) {
    // The date pattern also needs a real calendar day: 2025-02-30 has the right shape but is not a date.
    const ok = regex(schema.pattern).test(value) && (schema.pattern !== DATE_PATTERN.source || isPartialDate(value));
    if (!ok) return fail(issues, path, `${describe(value)} is not ${schema.description ?? 'of the right form'}`);
  }
  return value;
}

function checkObject(schema: JsonSchema, value: Record<string, unknown>, path: Array<string | number>, issues: Issue[], root: JsonSchema): unknown {
  const out: Record<string, unknown> = {};
  let ok = true;
  for (const key of schema.required ?? []) {
    if (value[key] === undefined) {
      issues.push({ path: [...path, key], message: 'is required' });
      ok = false;
    }
  }
  for (const [key, propertySchema] of Object.entries(schema.properties ?? {})) {
    if (value[key] === undefined) continue;
    const result = check(propertySchema, value[key], [...path, key], issues, root);
    if (result === INVALID) ok = false;
    else out[key] = result;
  }
  const extra = schema.additionalProperties;
  if (typeof extra === 'object') {
    for (const key of Object.keys(value)) {
      if (schema.properties && key in schema.properties) continue;
      if (schema.propertyNames && check(schema.propertyNames, key, [...path, key], [], root) === INVALID) {
        issues.push({ path: [...path, key], message: `${describe(key)} is not ${schema.propertyNames.description ?? 'an allowed key'}` });
        ok = false;
        continue;
      }
      const result = check(extra, value[key], [...path, key], issues, root);
      if (result === INVALID) ok = false;
      // defineProperty: a key such as "__proto__" stays a plain key, never a prototype.
      else Object.defineProperty(out, key, { value: result, enumerable: true, writable: true, configurable: true });
    }
  }
  return ok ? out : INVALID;
}

function fail(issues: Issue[], path: Array<string | number>, message: string): typeof INVALID {
  issues.push({ path, message });
  return INVALID;
}
