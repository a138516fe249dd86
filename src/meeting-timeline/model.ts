/**
 * Turns the index, the size and the zoom into the chart's model (marks, names, labels, ticks, eras).
 * Kept out of the element so each zoom frame is one call; texts are cached per meeting and language.
 */
import type { Annotation, Era, MeetingSeries, Track } from '../data/schema.js';
import { formatDate, formatDateRange, spanOf } from '../data/dates.js';
import { annotationDates } from '../data/annotations.js';
import { localize } from '../data/text.js';
import { formatCompact, translate } from '../shared/lang.js';
import { formatOrdinal, type Gender } from '../shared/ordinal.js';
import { placeSeparator } from '../shared/lang.js';
import {
  axisTicks,
  layoutMarks,
  mirrorScale,
  placeLabelChoices,
  placeLabels,
  type TimelineIndex,
  type TimeScale,
} from './layout.js';
import { ANNOTATION_MIN_WIDTH, chartGeometry, placeAnnotations, trackRows } from './rows.js';
import { placeOf } from './views.js';
import { hostSlots, markEncoding } from './encoding.js';
import { locations } from '../data/places.js';
import { timelineMessages } from './messages.js';
import type { ChartModel } from './chart.js';
import type { Measure } from '../shared/text-measure.js';

/** Accessible names and short labels, cached per language (cleared when the data changes). */
export class TextCache {
  private names = new Map<string, string>();
  private labels = new Map<string, string>();
  private cities = new Map<string, string>();
  private dates = new Map<string, string>();
  constructor(
    private readonly index: TimelineIndex,
    readonly lang: string,
    /** The series noun's gender in `lang`, for ordinals that agree with it («17-й саммит»). */
    private readonly gender?: Gender,
  ) {}

  /** "Title, 3–5 November 2025, Moscow, Russia, in person" (the format when the data gives it). */
  name(i: number): string {
    const m = this.index.meetings[i];
    let name = this.names.get(m.id);
    if (name === undefined) {
      const status =
        m.status && m.status !== 'held' ? translate(timelineMessages, this.lang, `status_${m.status}`) : '';
      const format = m.format ? translate(timelineMessages, this.lang, `format_${m.format}`) : '';
      name = [
        localize(m.title, this.lang),
        formatDateRange(m.start, m.end, this.lang),
        placeOf(m, this.lang),
        format,
        status,
      ]
        .filter(Boolean)
        .join(placeSeparator(this.lang));
      this.names.set(m.id, name);
    }
    return name;
  }

  clusterName(first: number, last: number): string {
    const key = `${first}-${last}`;
    let name = this.names.get(key);
    if (name === undefined) {
      const range = `${this.date(first)} – ${this.date(last - 1)}`;
      name = translate(timelineMessages, this.lang, 'cluster', { count: last - first, range });
      this.names.set(key, name);
    }
    return name;
  }

  /** A meeting's start date in words, cached. */
  private date(i: number): string {
    const m = this.index.meetings[i];
    let date = this.dates.get(m.id);
    if (date === undefined) this.dates.set(m.id, (date = formatDate(m.start, this.lang)));
    return date;
  }

  /** The label where there is room: the city ("Hangzhou"; several joined by " / "), or '' for none (a video link). */
  city(i: number): string {
    const m = this.index.meetings[i];
    let city = this.cities.get(m.id);
    if (city === undefined) {
      city = locations(m)
        .map((loc) => localize(loc.city, this.lang))
        .filter(Boolean)
        .join(' / ');
      this.cities.set(m.id, city);
    }
    return city;
  }

  /** The short label: the ordinal when known ("30th", "第30次"), else the year. */
  label(i: number): string {
    const m = this.index.meetings[i];
    let label = this.labels.get(m.id);
    if (label === undefined) {
      label = m.ordinal ? formatOrdinal(m.ordinal, this.lang, this.gender) : formatDate(m.start.slice(0, 4), this.lang);
      this.labels.set(m.id, label);
    }
    return label;
  }
}

/** An annotation with the instants it is about (its own dates, or its meeting's), in time order. */
export interface AnnotationSpan {
  annotation: Annotation;
  start: number;
  end: number;
}

/** The series' annotations that can be placed in time, with their spans, earliest first: once per data. */
export function annotationSpans(series: MeetingSeries): AnnotationSpan[] {
  if (!series.annotations?.length) return []; // no index of every meeting for no notes
  const byId = new Map(series.meetings.map((m) => [m.id, m]));
  const out: AnnotationSpan[] = [];
  for (const annotation of series.annotations ?? []) {
    const dates = annotationDates(annotation, (id) => byId.get(id));
    const span = dates && spanOf(dates);
    if (span && Number.isFinite(span.start) && Number.isFinite(span.end)) out.push({ annotation, ...span });
  }
  return out.sort((a, b) => a.start - b.start);
}

export interface ViewInput {
  index: TimelineIndex;
  scale: TimeScale;
  width: number;
  /** The chart's height in px. */
  height: number;
  eras: readonly Era[];
  /** The rows eras may be drawn in (eras naming none are drawn across the chart). */
  tracks?: readonly Track[];
  /** The notes to draw as callouts where there is room. */
  annotations?: readonly AnnotationSpan[];
  lang: string;
  texts: TextCache;
  measure: Measure;
  /** Widths of the tracks' names, drawn at weight 600 (about 7% wider than `measure`'s text); `measure` + 8% when not given. */
  measureStrong?: Measure;
  selected?: number;
  active?: number;
  keyboard: boolean;
  /** Palette slots of the host countries in the whole series (see `hostSlots`); computed from `index` when not given. */
  hostSlots?: ReadonlyMap<string, number>;
  /** Right to left: `scale` runs from the right edge (the earliest time at the right); the model is mirrored to match. */
  rtl?: boolean;
}

/**
 * One frame of the chart. O(visible marks), whatever the number of meetings. Right to left, the
 * frame is laid out left to right on the mirrored scale, then every x is mirrored back, so marks,
 * labels, ticks and eras are placed by the same rules in both directions.
 */
export function chartModel(input: ViewInput): ChartModel {
  if (!input.rtl) return chartModelLtr(input);
  const model = chartModelLtr({ ...input, scale: mirrorScale(input.scale, input.width) });
  return mirrorModel(model, input.measure, strongOf(input));
}

function strongOf({ measure, measureStrong }: ViewInput): Measure {
  return measureStrong ?? ((text) => measure(text) * 1.08);
}

/** The same model with every horizontal position mirrored across the width (text boxes by their measured width); marks stay in time order. */
export function mirrorModel(model: ChartModel, measure: Measure, strong = measure): ChartModel {
  const flip = (x: number) => model.width - x;
  return {
    ...model,
    marks: model.marks.map((m) =>
      m.kind === 'cluster' ? { ...m, x: flip(m.x), x1: flip(m.x1) } : { ...m, x: flip(m.x1), x1: flip(m.x) },
    ),
    labels: model.labels.map((l) => ({ ...l, place: { ...l.place, left: flip(l.place.left + measure(l.text)) } })),
    ticks: model.ticks.map((t) => ({ ...t, x: flip(t.x) })),
    tickPlaces: model.tickPlaces.map((p) => ({ ...p, left: flip(p.left + measure(model.ticks[p.index].label)) })),
    eras: model.eras.map((e) => ({ ...e, band: { ...e.band, x0: flip(e.band.x1), x1: flip(e.band.x0) } })),
    tracks: model.tracks.map((t) => ({
      ...t,
      labelLeft: flip(t.labelLeft + strong(t.label)),
      bands: t.bands.map((e) => ({
        ...e,
        band: { ...e.band, x0: flip(e.band.x1), x1: flip(e.band.x0) },
        labelLeft: flip(e.labelLeft + measure(e.label)),
      })),
    })),
    annotations: model.annotations.map((a) => ({
      ...a,
      left: flip(a.left + measure(a.text)),
      x0: flip(a.x1),
      x1: flip(a.x0),
    })),
    rtl: true,
  };
}

/** Eras across the chart, track rows with their labels, and the vertical geometry they leave for the marks. */
function rowsModel(input: ViewInput) {
  const { scale, width, lang, measure } = input;
  const { across, rows } = trackRows(input.eras, input.tracks ?? [], scale, [0, width]);
  const strong = strongOf(input);
  const eras = across.map((band) => {
    const label = localize(band.era.label, lang);
    return { band, label, showLabel: measure(label) + 8 <= band.x1 - band.x0 };
  });
  const geometry = chartGeometry(input.height, {
    acrossLabels: eras.some((e) => e.showLabel),
    tracks: rows.length,
    // The callouts' row is kept while zooming, even when none fits in view.
    annotations: (input.annotations?.length ?? 0) > 0 && width >= ANNOTATION_MIN_WIDTH,
  });
  const tracks = rows.map((row, r) => {
    const label = localize(row.track.label, lang);
    // The track's name stays at the start of its row; era names start after it (it is bolder than they are).
    const after = 4 + strong(label) + 8;
    return {
      label,
      labelLeft: 4,
      y: geometry.trackTop + r * geometry.trackRow,
      bands: row.bands.map((band, b) => {
        const text = localize(band.era.label, lang);
        const labelLeft = Math.max(band.x0 + 4, after);
        // A name may run past its band into the gap before the next band of the row (a one-meeting era is thin).
        const room = Math.max(band.x1, Math.min(width, ...row.bands.slice(b + 1).map((next) => next.x0 - 4)));
        return { band, label: text, labelLeft, showLabel: labelLeft + measure(text) <= room };
      }),
    };
  });
  return { eras, tracks, geometry };
}

/** The callouts that fit, in their row above the marks. */
function annotationsModel(input: ViewInput): ChartModel['annotations'] {
  const { scale, width, lang, measure } = input;
  const notes = (input.annotations ?? []).map((a) => ({
    x0: scale(a.start),
    x1: scale(a.end),
    text: localize(a.annotation.text, lang),
  }));
  return placeAnnotations(
    notes.map((n) => ({ ...n, width: measure(n.text) })),
    width,
  ).map((p) => ({ text: notes[p.index].text, left: p.left, x0: p.x0, x1: p.x1 }));
}

function chartModelLtr(input: ViewInput): ChartModel {
  const { index, scale, width, lang, texts, measure } = input;
  const { eras, tracks, geometry } = rowsModel(input);
  const marks = layoutMarks(index, scale, [0, width]);
  const names = marks.map((m) => (m.kind === 'cluster' ? texts.clusterName(m.first, m.last) : texts.name(m.first)));
  const slots = input.hostSlots ?? hostSlots(index.meetings);
  const encodings = marks.map((m) => (m.kind === 'meeting' ? markEncoding(index.meetings[m.first], slots) : undefined));
  const meetingMarks = marks.map((m, i) => ({ m, i })).filter(({ m }) => m.kind === 'meeting');
  const shortTexts = meetingMarks.map(({ m }) => texts.label(m.first));
  const cities = meetingMarks.map(({ m }) => texts.city(m.first));
  // The city where there is room, else the ordinal (decided in layout.ts).
  const places = placeLabelChoices(
    meetingMarks.map(({ m }, j) => ({
      x: (m.x + m.x1) / 2,
      width: measure(shortTexts[j]),
      longWidth: cities[j] ? measure(cities[j]) : undefined,
      priority: m.first === input.selected ? 2 : m.first === input.active ? 1 : 0,
    })),
    width,
    geometry.labelRows,
  );
  const labels = places.map(({ long, ...place }) => ({
    mark: meetingMarks[place.index].i,
    text: long ? cities[place.index] : shortTexts[place.index],
    place,
  }));
  const ticks = axisTicks(scale, lang);
  const tickPlaces = placeLabels(
    ticks.map((t) => ({ x: t.x, width: measure(t.label) })),
    width,
    1,
    12,
  );
  return {
    width,
    geometry,
    tracks,
    annotations: annotationsModel(input),
    index,
    marks,
    names,
    encodings,
    labels,
    ticks,
    tickPlaces,
    eras,
    selected: input.selected,
    active: input.active,
    keyboard: input.keyboard,
    formatCount: (count) => formatCompact(count, lang),
    label: translate(timelineMessages, lang, 'chart'),
    help: translate(timelineMessages, lang, 'help'),
  };
}
