/**
 * The runtime validator. It never throws: it returns what is valid plus a list of problems,
 * each with a JSON path and a plain-English message, so an element can show the good records
 * and explain the bad ones.
 */
import * as z from 'zod/mini';
import {
  EraSchema,
  MeetingSchema,
  SectorGroupSchema,
  SectorSchema,
  SourceSchema,
  TextSchema,
  type Meeting,
  type MeetingSeries,
} from './schema.js';
import { endsBefore } from './dates.js';

/** One thing wrong with the input: where (`meetings[3].start`) and what, in plain English. */
export interface Problem {
  path: string;
  message: string;
}

export interface ValidationResult {
  /** The input with every invalid record left out; `meetings` is always an array. */
  series: MeetingSeries;
  problems: Problem[];
}

/** Formats a path such as `['meetings', 3, 'start']` as `meetings[3].start`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(root)';
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  array: 'a list',
  object: 'an object',
  record: 'an object',
};

/** Turns one zod issue into a sentence a data author understands. */
function describeIssue(issue: z.core.$ZodIssue): string {
  const input = issue.input;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return 'is required';
      return `expected ${TYPE_NAMES[issue.expected] ?? issue.expected}, got ${describe(input)}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${describe(input)}`;
    case 'too_small':
      return issue.origin === 'string' ? 'must not be empty' : `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      return `must be at most ${String(issue.maximum)}`;
    case 'invalid_union':
      if (input === undefined) return 'is required';
      return `expected text (a string or a map such as {"en": "…", "zh": "…"}), got ${describe(input)}`;
    case 'invalid_format':
      if (issue.pattern?.includes('\\d{4}')) return `${describe(input)} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)`;
      if (issue.pattern?.includes('https?')) return `${describe(input)} is not an http(s) URL`;
      if (issue.pattern?.includes('\\s')) return `${describe(input)} is not a valid id (no spaces)`;
      return `${describe(input)} has the wrong form`;
    case 'custom':
      return `${describe(input)} is not a date`;
    case 'invalid_key':
      return `${describe(input)} is not a language code`;
    default:
      return issue.message;
  }
}

/** Checks `value` against `schema`; on failure adds one problem per issue, paths under `prefix`. */
function check<T>(
  schema: z.ZodMiniType<T>,
  value: unknown,
  prefix: PropertyKey[],
  problems: Problem[],
): T | undefined {
  const result = z.safeParse(schema, value, { reportInput: true });
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    problems.push({ path: formatPath([...prefix, ...issue.path]), message: describeIssue(issue) });
  }
  return undefined;
}

/** Keeps the valid items of a list, each with its index in the input; reports the others. */
function validList<T>(
  schema: z.ZodMiniType<T>,
  value: unknown,
  key: string,
  problems: Problem[],
): Array<{ item: T; index: number }> | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    problems.push({ path: key, message: `expected a list, got ${describe(value)}` });
    return undefined;
  }
  const out: Array<{ item: T; index: number }> = [];
  value.forEach((raw, index) => {
    const item = check(schema, raw, [key, index], problems);
    if (item !== undefined) out.push({ item, index });
  });
  return out;
}

/** Keeps the first record with each id; reports the later ones. */
function uniqueById<T extends { id: string }>(
  entries: Array<{ item: T; index: number }> | undefined,
  key: string,
  problems: Problem[],
): Array<{ item: T; index: number }> | undefined {
  const seen = new Set<string>();
  return entries?.filter(({ item, index }) => {
    if (!seen.has(item.id)) return seen.add(item.id), true;
    problems.push({ path: `${key}[${index}].id`, message: `duplicate id "${item.id}" (an earlier record has it)` });
    return false;
  });
}

/**
 * Validates a meeting series. Accepts the documented top-level object, or a bare list of
 * meetings. Never throws.
 */
export function validate(input: unknown): ValidationResult {
  const problems: Problem[] = [];
  const empty: MeetingSeries = { meetings: [] };
  if (input === undefined || input === null || input === '') {
    return { series: empty, problems: [{ path: '(root)', message: 'there is no data' }] };
  }
  const root: Record<string, unknown> | undefined = Array.isArray(input)
    ? { meetings: input }
    : typeof input === 'object'
      ? (input as Record<string, unknown>)
      : undefined;
  if (!root) {
    return {
      series: empty,
      problems: [{ path: '(root)', message: `expected an object with a "meetings" list, got ${describe(input)}` }],
    };
  }
  if (!Array.isArray(root.meetings)) {
    problems.push({
      path: 'meetings',
      message: root.meetings === undefined ? 'is required (a list of meetings)' : `expected a list, got ${describe(root.meetings)}`,
    });
  }
  const rawMeetings = Array.isArray(root.meetings) ? (root.meetings as unknown[]) : [];

  const series: MeetingSeries = { meetings: [] };
  for (const key of ['$schema'] as const) if (typeof root[key] === 'string') series[key] = root[key];
  for (const key of ['title', 'description'] as const) {
    if (root[key] !== undefined) {
      const text = check(TextSchema, root[key], [key], problems);
      if (text !== undefined) series[key] = text;
    }
  }
  const sectorGroups = uniqueById(validList(SectorGroupSchema, root.sectorGroups, 'sectorGroups', problems), 'sectorGroups', problems);
  const sectors = uniqueById(validList(SectorSchema, root.sectors, 'sectors', problems), 'sectors', problems);
  const eras = uniqueById(validList(EraSchema, root.eras, 'eras', problems), 'eras', problems);
  const sources = validList(SourceSchema, root.sources, 'sources', problems);
  if (sectorGroups) series.sectorGroups = sectorGroups.map(({ item }) => item);
  if (sectors) {
    const groupIds = sectorGroups && new Set(sectorGroups.map(({ item }) => item.id));
    series.sectors = sectors.map(({ item: sector, index }) => {
      if (!groupIds || sector.group === undefined || groupIds.has(sector.group)) return sector;
      problems.push({ path: `sectors[${index}].group`, message: `unknown sector group "${sector.group}"` });
      const { group: _unknown, ...rest } = sector;
      return rest;
    });
  }
  if (eras) {
    series.eras = eras
      .filter(({ item: era, index }) => {
        if (!endsBefore(era.end, era.start)) return true;
        problems.push({ path: `eras[${index}].end`, message: `"${era.end}" is before the start "${era.start}"` });
        return false;
      })
      .map(({ item }) => item);
  }
  if (sources) series.sources = sources.map(({ item }) => item);

  const sectorIds = series.sectors && new Set(series.sectors.map((s) => s.id));
  const meetingIds = new Set<string>();
  rawMeetings.forEach((raw, index) => {
    const meeting = check(MeetingSchema, raw, ['meetings', index], problems);
    if (!meeting) return;
    const here = `meetings[${index}]`;
    if (meetingIds.has(meeting.id)) {
      problems.push({ path: `${here}.id`, message: `duplicate id "${meeting.id}" (an earlier meeting has it)` });
      return;
    }
    if (meeting.end !== undefined && endsBefore(meeting.end, meeting.start)) {
      problems.push({ path: `${here}.end`, message: `"${meeting.end}" is before the start "${meeting.start}"` });
      return;
    }
    meetingIds.add(meeting.id);
    series.meetings.push(sectorIds ? dropUnknownSectors(meeting, sectorIds, here, problems) : meeting);
  });
  if (Array.isArray(root.meetings) && rawMeetings.length === 0) {
    problems.push({ path: 'meetings', message: 'the list of meetings is empty' });
  }
  return { series, problems };
}

/** Unknown sector ids are reported and removed; the meeting itself stays. */
function dropUnknownSectors(meeting: Meeting, known: Set<string>, here: string, problems: Problem[]): Meeting {
  const keep = (ids: string[] | undefined, path: string) =>
    ids?.filter((id, i) => {
      if (known.has(id)) return true;
      problems.push({ path: `${path}[${i}]`, message: `unknown sector "${id}"` });
      return false;
    });
  const out: Meeting = { ...meeting };
  if (meeting.sectors) out.sectors = keep(meeting.sectors, `${here}.sectors`);
  if (meeting.documents) {
    out.documents = meeting.documents.map((doc, d) =>
      doc.sectors ? { ...doc, sectors: keep(doc.sectors, `${here}.documents[${d}].sectors`) } : doc,
    );
  }
  return out;
}
