/**
 * The timeline's geometry as pure functions: data + size + zoom → what to draw. No DOM here, so
 * every rule (domain, ticks, clustering, culling, label placement) is unit-tested on its own.
 */
import { bisectLeft, bisectRight } from 'd3-array';
import { utcMonth, utcTicks, utcYear } from 'd3-time';
import type { Era, Meeting } from '../data/schema.js';
import { dateTimeFormat, spanOf, withEra } from '../data/dates.js';

/**
 * A linear map from time (epoch ms, UTC) to pixels, with what d3-zoom's `rescaleX` needs (copy,
 * domain, range, invert); calendar ticks come from d3-time's `utcTicks`, labels from Intl.
 * Written here rather than taken from d3-scale: its linear and time scales import d3-format and
 * d3-time-format, whose default locales are set up at load time and so are kept in every bundle
 * (about 3 KB gzip) for tick formatting we never use.
 */
export interface TimeScale {
  (time: number | Date): number;
  domain(): number[];
  domain(domain: Array<number | Date>): this;
  range(): number[];
  range(range: number[]): this;
  invert(x: number): number;
  copy(): TimeScale;
}

export function timeScale(domain: [number, number], range: [number, number]): TimeScale {
  let [d0, d1] = domain;
  let [r0, r1] = range;
  const scale = ((time: number | Date) => r0 + ((+time - d0) / (d1 - d0 || 1)) * (r1 - r0)) as TimeScale;
  scale.domain = ((next?: Array<number | Date>) => {
    if (!next) return [d0, d1];
    [d0, d1] = [+next[0], +next[1]];
    return scale;
  }) as TimeScale['domain'];
  scale.range = ((next?: number[]) => {
    if (!next) return [r0, r1];
    [r0, r1] = next;
    return scale;
  }) as TimeScale['range'];
  scale.invert = (x: number) => d0 + ((x - r0) / (r1 - r0 || 1)) * (d1 - d0);
  scale.copy = () => timeScale([d0, d1], [r0, r1]);
  return scale;
}

const DAY = 86_400_000;

/** The meetings in time order with their start/end instants, computed once per data and filter. */
export interface TimelineIndex {
  /** Meetings sorted by start (ties keep input order). */
  meetings: Meeting[];
  /** `starts[i]` is the first instant of `meetings[i]` (ms, UTC), ascending. */
  starts: Float64Array;
  /** `ends[i]` is the first instant after `meetings[i]`. */
  ends: Float64Array;
  /** The longest meeting's duration, to find ranges that start before the view but reach into it. */
  maxDuration: number;
  /** Position of each meeting id in `meetings`. */
  position: Map<string, number>;
}

/** Sorts meetings by start once and keeps their spans in typed arrays for binary search. */
export function buildIndex(input: readonly Meeting[]): TimelineIndex {
  const n = input.length;
  const rawStarts = new Float64Array(n);
  const rawEnds = new Float64Array(n);
  let valid = 0;
  const keep: number[] = [];
  for (let i = 0; i < n; i++) {
    const { start, end } = spanOf(input[i]);
    if (!Number.isFinite(start)) continue;
    rawStarts[i] = start;
    rawEnds[i] = Number.isFinite(end) && end > start ? end : start + DAY;
    keep.push(i);
    valid++;
  }
  keep.sort((a, b) => rawStarts[a] - rawStarts[b] || a - b);
  const meetings = new Array<Meeting>(valid);
  const starts = new Float64Array(valid);
  const ends = new Float64Array(valid);
  const position = new Map<string, number>();
  let maxDuration = 0;
  for (let k = 0; k < valid; k++) {
    const i = keep[k];
    meetings[k] = input[i];
    starts[k] = rawStarts[i];
    ends[k] = rawEnds[i];
    position.set(input[i].id, k);
    maxDuration = Math.max(maxDuration, ends[k] - starts[k]);
  }
  return { meetings, starts, ends, maxDuration, position };
}

/** Normalizes a sector filter given as a list or a comma-separated string; empty means "all". */
export function parseSectors(value: readonly string[] | string | null | undefined): string[] {
  const list = typeof value === 'string' ? value.split(',') : (value ?? []);
  return [...new Set(list.map((s) => String(s).trim()).filter(Boolean))];
}

/** The meetings that touch at least one of `sectors` (in the meeting or one of its documents). */
export function filterBySectors(meetings: readonly Meeting[], sectors: readonly string[]): readonly Meeting[] {
  if (sectors.length === 0) return meetings;
  const wanted = new Set(sectors);
  return meetings.filter(
    (m) => m.sectors?.some((s) => wanted.has(s)) || m.documents?.some((d) => d.sectors?.some((s) => wanted.has(s))),
  );
}

/** The time span to show: every meeting and era, with a margin on both sides (at least a month). */
export function timeDomain(index: TimelineIndex, eras: readonly Era[] = []): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  const n = index.starts.length;
  if (n) {
    lo = index.starts[0];
    for (let i = 0; i < n; i++) hi = Math.max(hi, index.ends[i]);
  }
  for (const era of eras) {
    const span = spanOf(era);
    if (!Number.isFinite(span.start) || !Number.isFinite(span.end)) continue;
    lo = Math.min(lo, span.start);
    hi = Math.max(hi, span.end);
  }
  if (!Number.isFinite(lo)) {
    const now = Date.UTC(new Date().getUTCFullYear(), 0, 1);
    return [now, utcYear.offset(new Date(now), 1).getTime()];
  }
  const margin = Math.max(30 * DAY, (hi - lo) * 0.03);
  return [lo - margin, hi + margin];
}

/** Horizontal padding (px) inside the plot on each side, so edge marks and labels are not cut. */
export const PLOT_PADDING = 24;

/**
 * The base (unzoomed) time scale: the whole domain across the width. Right to left (`rtl`), time
 * runs from the right edge to the left, so the earliest meeting is at the right end.
 */
export function baseScale(domain: [number, number], width: number, rtl = false): TimeScale {
  const range: [number, number] = [PLOT_PADDING, Math.max(PLOT_PADDING + 1, width - PLOT_PADDING)];
  return timeScale(domain, rtl ? [width - range[0], width - range[1]] : range);
}

/** The scale mirrored across a view `width` px wide: a right-to-left scale becomes a left-to-right one and back. */
export function mirrorScale(scale: TimeScale, width: number): TimeScale {
  return scale.copy().range(scale.range().map((x) => width - x));
}

/** How far one may zoom in: until about two weeks fill the width (never less than 1). */
export function maxZoom(domain: [number, number]): number {
  return Math.max(1, (domain[1] - domain[0]) / (14 * DAY));
}

export interface Tick {
  x: number;
  time: number;
  label: string;
}

const TICK_OPTIONS: Record<'year' | 'month' | 'day', Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'short' },
  day: { month: 'short', day: 'numeric' },
};

/** Axis ticks for a scale: about one per `spacing` px, labelled with Intl in `lang` at the ticks' own precision. */
export function axisTicks(scale: TimeScale, lang: string, spacing = 110): Tick[] {
  const [r0, r1] = scale.range();
  const count = Math.max(2, Math.floor(Math.abs(r1 - r0) / spacing));
  const [t0, t1] = scale.domain();
  const dates = utcTicks(new Date(t0), new Date(t1), count);
  const unit = dates.every((d) => +utcYear.floor(d) === +d)
    ? 'year'
    : dates.every((d) => +utcMonth.floor(d) === +d)
      ? 'month'
      : 'day';
  const format = dateTimeFormat(lang, withEra(TICK_OPTIONS[unit], +t0)); // BC years name their era
  return dates.map((d) => ({ x: scale(d), time: +d, label: format.format(d) }));
}

/** A mark to draw: one meeting, or a cluster of meetings too close to tell apart at this zoom. */
export interface Mark {
  kind: 'meeting' | 'cluster';
  /** Index of the first meeting in the index (the mark's identity while its contents are the same). */
  first: number;
  /** Index after the last meeting. */
  last: number;
  /** Centre (cluster) or start (meeting) in px. */
  x: number;
  /** End in px: a meeting's end for ranges; equals `x` for clusters. */
  x1: number;
}

/**
 * Candidate meetings for [t0, t1] as an index range found by binary search, O(log n): every meeting
 * whose span reaches into it is inside (a few that ended before t0 may be too; marks skip them).
 */
export function visibleRange(index: TimelineIndex, t0: number, t1: number): [number, number] {
  const lo = bisectLeft(index.starts, t0 - index.maxDuration);
  const hi = bisectRight(index.starts, t1);
  let first = lo;
  // Skip those that start before the view and have already ended by then.
  while (first < hi && index.ends[first] <= t0) first++;
  return [first, hi];
}

/**
 * Level of detail: the visible meetings as marks. Time is cut into buckets `gap` px wide, aligned
 * to the domain start so clusters stay put while panning; a bucket with one meeting is a meeting
 * mark, with more a cluster mark with a count. Meetings outside [x0 - gap, x1 + gap] are culled.
 * Cost: O(marks · log n), whatever the number of meetings.
 */
export function layoutMarks(index: TimelineIndex, scale: TimeScale, view: [number, number], gap = 14): Mark[] {
  const t0 = +scale.invert(view[0] - gap);
  const t1 = +scale.invert(view[1] + gap);
  const [lo, hi] = visibleRange(index, t0, t1);
  const origin = scale(scale.domain()[0]);
  const marks: Mark[] = [];
  let i = lo;
  while (i < hi) {
    if (index.ends[i] <= t0) {
      i++;
      continue;
    }
    const x = scale(index.starts[i]);
    const bucket = Math.floor((x - origin) / gap);
    const bucketEnd = +scale.invert(origin + (bucket + 1) * gap);
    let j = bisectLeft(index.starts, bucketEnd, i + 1, hi);
    if (j <= i) j = i + 1;
    const previous = marks[marks.length - 1];
    if (j - i === 1 && !(previous && x - previous.x < gap * 0.85)) {
      marks.push({ kind: 'meeting', first: i, last: j, x, x1: Math.max(x, scale(index.ends[i])) });
    } else {
      // Merge with a mark that would touch this one.
      const start = previous && x - previous.x < gap * 0.85 ? marks.pop()!.first : i;
      const xa = scale(index.starts[start]);
      const xb = scale(index.starts[j - 1]);
      marks.push({ kind: 'cluster', first: start, last: j, x: (xa + xb) / 2, x1: (xa + xb) / 2 });
    }
    i = j;
  }
  return marks;
}

/** Index of the mark containing meeting `position`, or -1. */
export function markOf(marks: readonly Mark[], position: number): number {
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (marks[mid].last <= position) lo = mid + 1;
    else hi = mid;
  }
  return lo < marks.length && marks[lo].first <= position ? lo : -1;
}

export interface LabelRequest {
  /** Anchor (centre) in px. */
  x: number;
  /** Measured width in px. */
  width: number;
  /** Higher is placed first (e.g. the selected meeting). */
  priority?: number;
}

export interface PlacedLabel {
  /** Index into the requests. */
  index: number;
  /** Left edge after clamping into the plot. */
  left: number;
  /** 0 for the first row, 1 for the staggered row below, … */
  row: number;
}

/**
 * Places labels centred on their anchors so that no two in the same row overlap: each goes into
 * the first row with room (staggering), and is hidden when no row has room. Labels are clamped
 * to [0, width]. Greedy in priority, then left-to-right order.
 */
export function placeLabels(requests: readonly LabelRequest[], width: number, rows = 2, padding = 6): PlacedLabel[] {
  const order = requests
    .map((_, i) => i)
    .sort((a, b) => (requests[b].priority ?? 0) - (requests[a].priority ?? 0) || requests[a].x - requests[b].x);
  const taken: Array<Array<[number, number]>> = Array.from({ length: rows }, () => []);
  const placed: PlacedLabel[] = [];
  for (const index of order) {
    const { x, width: w } = requests[index];
    if (w > width) continue;
    const left = Math.min(Math.max(0, x - w / 2), width - w);
    const right = left + w;
    for (let row = 0; row < rows; row++) {
      const fits = taken[row].every(([a, b]) => right + padding <= a || left >= b + padding);
      if (fits) {
        taken[row].push([left, right]);
        placed.push({ index, left, row });
        break;
      }
    }
  }
  return placed.sort((a, b) => a.index - b.index);
}

export interface LabelChoice extends LabelRequest {
  /** The width of a longer, more telling text (a city), shown instead where it fits. */
  longWidth?: number;
}

export interface ChosenLabel extends PlacedLabel {
  /** Whether the long text is shown. */
  long: boolean;
}

/**
 * Places the short labels as {@link placeLabels} does (so a long text never costs another label its
 * place), then widens each, in priority and left-to-right order, to its long text where that fits
 * into a row without overlapping any other label.
 */
export function placeLabelChoices(
  requests: readonly LabelChoice[],
  width: number,
  rows = 2,
  padding = 6,
): ChosenLabel[] {
  const placed: ChosenLabel[] = placeLabels(requests, width, rows, padding).map((p) => ({ ...p, long: false }));
  const boxes = placed.map((p) => ({ left: p.left, right: p.left + requests[p.index].width, row: p.row }));
  const order = placed
    .map((_, k) => k)
    .sort(
      (a, b) =>
        (requests[placed[b].index].priority ?? 0) - (requests[placed[a].index].priority ?? 0) ||
        requests[placed[a].index].x - requests[placed[b].index].x,
    );
  for (const k of order) {
    const { x, longWidth } = requests[placed[k].index];
    if (longWidth === undefined || longWidth > width) continue;
    const left = Math.min(Math.max(0, x - longWidth / 2), width - longWidth);
    const right = left + longWidth;
    const rowOrder = [placed[k].row, ...Array.from({ length: rows }, (_, r) => r).filter((r) => r !== placed[k].row)];
    const row = rowOrder.find((r) =>
      boxes.every((b, j) => j === k || b.row !== r || right + padding <= b.left || left >= b.right + padding),
    );
    if (row === undefined) continue;
    boxes[k] = { left, right, row };
    placed[k] = { ...placed[k], left, row, long: true };
  }
  return placed;
}

/** Clamps a time window to the domain, keeping its length where possible. */
export function spanToZoom(domain: [number, number], t0: number, t1: number): { k: number; center: number } {
  const length = Math.max(t1 - t0, DAY);
  const k = Math.min(maxZoom(domain), Math.max(1, (domain[1] - domain[0]) / length));
  return { k, center: (t0 + t1) / 2 };
}
