/**
 * The runtime validator. It never throws: it returns what is valid plus a list of problems,
 * each with a JSON path, a code and its particulars (problem.ts), so an element can show the good
 * records and explain the bad ones in its own language.
 */
import type { Annotation, Era, Meeting, MeetingSeries, Sector, SectorGroup, SeriesInfo, Source, Text, Track } from './schema.js';
import { meetingSeriesSchema } from './schema.generated.js';
import { Checker, INVALID, unknownField, type Issue, type JsonSchema } from './check.js';
import { endsBefore } from './dates.js';
import { describe, problem, type Problem } from './problem.js';

export type { Problem } from './problem.js';

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

const parts = meetingSeriesSchema.properties!;
const itemsOf = (key: string): JsonSchema => parts[key].items!;

const checker = new Checker(meetingSeriesSchema);
const issues: Issue[] = [];

/** Validates one value against a part of the schema; problems get paths under `prefix` (read only for a problem). */
function valid<T>(schema: JsonSchema, value: unknown, prefix: ReadonlyArray<string | number>, problems: Problem[]): T | undefined {
  issues.length = 0;
  const result = checker.check(schema, value, prefix, issues);
  for (const issue of issues) problems.push(problem(formatPath(issue.path), issue.code, issue.params));
  return result === INVALID ? undefined : (result as T);
}

/** Keeps the valid items of a list, each with its index in the input; reports the others. */
function validList<T>(
  schema: JsonSchema,
  value: unknown,
  key: string,
  problems: Problem[],
): Array<{ item: T; index: number }> | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    problems.push(problem(key, 'type', { types: 'array', ...describe(value) }));
    return undefined;
  }
  const out: Array<{ item: T; index: number }> = [];
  value.forEach((raw, index) => {
    const item = valid<T>(schema, raw, [key, index], problems);
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
    problems.push(problem(`${key}[${index}].id`, 'duplicateId', { id: item.id }));
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
    return { series: empty, problems: [problem('(root)', 'noData')] };
  }
  const root: Record<string, unknown> | undefined = Array.isArray(input)
    ? { meetings: input }
    : typeof input === 'object'
      ? (input as Record<string, unknown>)
      : undefined;
  if (!root) {
    return { series: empty, problems: [problem('(root)', 'notSeries', describe(input))] };
  }
  if (!Array.isArray(root.meetings)) {
    problems.push(
      root.meetings === undefined
        ? problem('meetings', 'requiredMeetings')
        : problem('meetings', 'type', { types: 'array', ...describe(root.meetings) }),
    );
  }
  const rawMeetings = Array.isArray(root.meetings) ? (root.meetings as unknown[]) : [];

  const series: MeetingSeries = { meetings: [] };
  for (const key of Object.keys(root)) {
    if (Object.hasOwn(parts, key)) continue;
    const unknown = unknownField(key, Object.keys(parts));
    problems.push(problem(key, unknown.code, unknown.params));
  }
  for (const key of ['$schema'] as const) if (typeof root[key] === 'string') series[key] = root[key];
  if (root.series !== undefined) {
    const info = valid<SeriesInfo>(parts.series, root.series, ['series'], problems);
    if (info !== undefined) series.series = info;
  }
  for (const key of ['title', 'description'] as const) {
    if (root[key] !== undefined) {
      const text = valid<Text>(parts[key], root[key], [key], problems);
      if (text !== undefined) series[key] = text;
    }
  }
  const sectorGroups = uniqueById(validList<SectorGroup>(itemsOf('sectorGroups'), root.sectorGroups, 'sectorGroups', problems), 'sectorGroups', problems);
  const sectors = uniqueById(validList<Sector>(itemsOf('sectors'), root.sectors, 'sectors', problems), 'sectors', problems);
  const tracks = uniqueById(validList<Track>(itemsOf('tracks'), root.tracks, 'tracks', problems), 'tracks', problems);
  const eras = uniqueById(validList<Era>(itemsOf('eras'), root.eras, 'eras', problems), 'eras', problems);
  const sources = validList<Source>(itemsOf('sources'), root.sources, 'sources', problems);
  if (sectorGroups) series.sectorGroups = sectorGroups.map(({ item }) => item);
  if (sectors) {
    const groupIds = sectorGroups && new Set(sectorGroups.map(({ item }) => item.id));
    series.sectors = sectors.map(({ item: sector, index }) => {
      if (!groupIds || sector.group === undefined || groupIds.has(sector.group)) return sector;
      problems.push(problem(`sectors[${index}].group`, 'unknownGroup', { id: sector.group }));
      const { group: _unknown, ...rest } = sector;
      return rest;
    });
  }
  if (tracks) series.tracks = tracks.map(({ item }) => item);
  if (eras) {
    const trackIds = new Set(tracks?.map(({ item }) => item.id));
    series.eras = eras
      .filter(({ item: era, index }) => {
        if (!endsBefore(era.end, era.start)) return true;
        problems.push(problem(`eras[${index}].end`, 'endBeforeStart', { end: era.end, start: era.start }));
        return false;
      })
      .map(({ item: era, index }) => {
        if (era.track === undefined || trackIds.has(era.track)) return era;
        // The era is still drawn, across the chart as an era without a track is.
        problems.push(problem(`eras[${index}].track`, 'unknownTrack', { id: era.track }));
        const { track: _unknown, ...rest } = era;
        return rest;
      });
  }
  if (sources) series.sources = sources.map(({ item }) => item);

  const meetingSchema = itemsOf('meetings');
  const sectorIds = series.sectors && new Set(series.sectors.map((s) => s.id));
  const meetingIds = new Set<string>();
  const at: [string, number] = ['meetings', 0]; // one path for every meeting: read only for a problem
  rawMeetings.forEach((raw, index) => {
    at[1] = index;
    const meeting = valid<Meeting>(meetingSchema, raw, at, problems);
    if (!meeting) return;
    if (meetingIds.has(meeting.id)) {
      problems.push(problem(`meetings[${index}].id`, 'duplicateMeeting', { id: meeting.id }));
      return;
    }
    if (meeting.end !== undefined && endsBefore(meeting.end, meeting.start)) {
      problems.push(problem(`meetings[${index}].end`, 'endBeforeStart', { end: meeting.end, start: meeting.start }));
      return;
    }
    meetingIds.add(meeting.id);
    series.meetings.push(sectorIds ? dropUnknownSectors(meeting, sectorIds, `meetings[${index}]`, problems) : meeting);
  });
  const annotations = validList<Annotation>(itemsOf('annotations'), root.annotations, 'annotations', problems);
  if (annotations) series.annotations = checkAnnotations(annotations, series.meetings, problems);
  return { series, problems };
}

/**
 * Keeps the annotations that say when they are: a `date`, a `start` (and maybe an `end` not before
 * it), or a known `meeting` to take the dates from. An unknown meeting id is reported and dropped.
 */
function checkAnnotations(entries: Array<{ item: Annotation; index: number }>, meetings: readonly Meeting[], problems: Problem[]): Annotation[] {
  const meetingIds = new Set(meetings.map((m) => m.id));
  const out: Annotation[] = [];
  for (const { item, index } of entries) {
    const here = `annotations[${index}]`;
    let annotation = item;
    if (annotation.meeting !== undefined && !meetingIds.has(annotation.meeting)) {
      problems.push(problem(`${here}.meeting`, 'unknownMeetingRef', { id: annotation.meeting }));
      const { meeting: _unknown, ...rest } = annotation;
      annotation = rest;
    }
    const { date, start, end } = annotation;
    const found =
      date !== undefined && (start !== undefined || end !== undefined)
        ? problem(`${here}.date`, 'dateOrSpan')
        : end !== undefined && start === undefined
          ? problem(`${here}.start`, 'startWithEnd')
          : start !== undefined && end !== undefined && endsBefore(end, start)
            ? problem(`${here}.end`, 'endBeforeStart', { end, start })
            : date === undefined && start === undefined && annotation.meeting === undefined
              ? problem(here, 'noWhen')
              : undefined;
    if (found) problems.push(found);
    else out.push(annotation);
  }
  return out;
}

/** Unknown sector ids are reported and removed; the meeting itself stays. */
function dropUnknownSectors(meeting: Meeting, known: Set<string>, here: string, problems: Problem[]): Meeting {
  const keep = (ids: string[] | undefined, path: string) =>
    ids?.filter((id, i) => {
      if (known.has(id)) return true;
      problems.push(problem(`${path}[${i}]`, 'unknownSector', { id }));
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
