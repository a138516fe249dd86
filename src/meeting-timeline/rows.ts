/**
 * What is drawn above the marks — era bands (across the chart, or in one row per track) and the
 * callouts of annotations — and the chart's vertical geometry, which leaves room for them. Pure.
 */
import type { Era, Track } from '../data/schema.js';
import { spanOf } from '../data/dates.js';
import { placeLabels, type TimeScale } from './layout.js';

export interface EraBand {
  era: Era;
  x0: number;
  x1: number;
}

/** The narrowest band drawn (px): an era of one meeting (one day) stays visible at any zoom. */
export const MIN_BAND = 3;

/** Era bands clipped to the view; eras entirely outside it are left out. */
export function eraBands(eras: readonly Era[], scale: TimeScale, view: [number, number]): EraBand[] {
  const bands: EraBand[] = [];
  for (const era of eras) {
    const span = spanOf(era);
    if (!Number.isFinite(span.start)) continue;
    let a = scale(new Date(span.start));
    let b = scale(new Date(span.end));
    if (b - a < MIN_BAND) [a, b] = [(a + b - MIN_BAND) / 2, (a + b + MIN_BAND) / 2];
    const x0 = Math.max(view[0], a);
    const x1 = Math.min(view[1], b);
    if (x1 > x0) bands.push({ era, x0, x1 });
  }
  return bands;
}

/** One track's row of era bands, in the order the series lists its tracks. */
export interface TrackRow {
  track: Track;
  bands: EraBand[];
}

/**
 * Splits the eras into those drawn across the chart (no track) and one row per track that has
 * eras (rows stay while zooming, even when none of their bands is in view).
 */
export function trackRows(
  eras: readonly Era[],
  tracks: readonly Track[],
  scale: TimeScale,
  view: [number, number],
): { across: EraBand[]; rows: TrackRow[] } {
  const known = new Set(tracks.map((t) => t.id));
  const across = eraBands(
    eras.filter((e) => e.track === undefined || !known.has(e.track)),
    scale,
    view,
  );
  const rows = tracks
    .map((track) => ({ track, eras: eras.filter((e) => e.track === track.id) }))
    .filter(({ eras: own }) => own.length > 0)
    .map(({ track, eras: own }) => ({ track, bands: eraBands(own, scale, view).sort((a, b) => a.x0 - b.x0) }));
  return { across, rows };
}

/** Below this width (px) the chart draws no callouts; the notes are still listed beside it. */
export const ANNOTATION_MIN_WIDTH = 640;

export interface AnnotationRequest {
  /** Start of the annotated day or period, in px. */
  x0: number;
  /** Its end, in px (equal to `x0` for a day). */
  x1: number;
  /** The measured width of the text. */
  width: number;
}

export interface PlacedAnnotation {
  /** Index into the requests. */
  index: number;
  /** The text's left edge. */
  left: number;
  /** The annotated span clipped to the view, for the leader (a tick for a day, a bracket for a period). */
  x0: number;
  x1: number;
}

/**
 * Places callouts in their own row above the marks, each centred on what it annotates, greedily
 * left to right as labels are; a callout that would overlap another (or is wider than the chart)
 * is dropped, and below `ANNOTATION_MIN_WIDTH` none is drawn.
 */
export function placeAnnotations(requests: readonly AnnotationRequest[], width: number): PlacedAnnotation[] {
  if (width < ANNOTATION_MIN_WIDTH) return [];
  const inView = requests
    .map((r, index) => ({ ...r, index, x0: Math.max(0, r.x0), x1: Math.min(width, r.x1) }))
    .filter((r) => r.x1 >= r.x0 && r.x1 >= 0 && r.x0 <= width);
  const places = placeLabels(
    inView.map((r) => ({ x: (r.x0 + r.x1) / 2, width: r.width })),
    width,
    1,
    10,
  );
  return places.map(({ index, left }) => ({
    index: inView[index].index,
    left,
    x0: inView[index].x0,
    x1: inView[index].x1,
  }));
}

/** The chart's vertical geometry (px): eras, marks and labels hang from the top, the axis sits on the bottom. */
export interface ChartGeometry {
  height: number;
  /** The baseline of the labels of eras drawn across the chart. */
  eraLabel: number;
  /** The top of the first track row. */
  trackTop: number;
  /** The height of a track row (its band is 2 px less). */
  trackRow: number;
  /** The baseline of the callouts' text. */
  annotationText: number;
  /** The y of the callouts' leaders (a bracket for a period), just above the marks. */
  annotationLeader: number;
  mark: number;
  labelRow0: number;
  labelRow: number;
  /** How many rows of labels fit between the marks and the axis (1 or 2). */
  labelRows: number;
  axis: number;
  tickLabel: number;
}

/** What the rows above the marks hold: labels of eras across the chart, track rows, callouts. */
export interface ChartRows {
  acrossLabels?: boolean;
  tracks?: number;
  annotations?: boolean;
}

export const TRACK_ROW = 18;

/**
 * The geometry of a chart `height` px tall (the height the page gives it with
 * `--mv-timeline-height`): from the top, era labels, track rows and callouts, each only when
 * there are some; then the marks (never above 62 px), their labels, and the axis 40 px above the bottom.
 */
export function chartGeometry(height: number, rows: ChartRows = {}): ChartGeometry {
  let y = rows.acrossLabels && (rows.tracks || rows.annotations) ? 22 : 0;
  const trackTop = y + 2;
  if (rows.tracks) y = trackTop + rows.tracks * TRACK_ROW + 2;
  const annotationText = y + 13;
  if (rows.annotations) y += 20;
  const mark = Math.max(62, y + 18);
  const labelRow0 = mark + 30;
  const axis = height - 40;
  return {
    height,
    eraLabel: 16,
    trackTop,
    trackRow: TRACK_ROW,
    annotationText,
    annotationLeader: mark - 17,
    mark,
    labelRow0,
    labelRow: 20,
    labelRows: labelRow0 + 20 + 4 <= axis ? 2 : 1,
    axis,
    tickLabel: height - 20,
  };
}
