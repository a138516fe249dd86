/**
 * Pure: a chart snapshot from data alone, with no DOM and no browser: the same index, scales,
 * layouts and models the elements use, text widths from the carried font table. The
 * command-line renderer draws from this.
 */
import type { MeetingSeries } from '../data/schema.js';
import { localize } from '../data/text.js';
import { translate } from '../shared/lang.js';
import { baseScale, buildIndex, filterBySectors, timeDomain } from '../meeting-timeline/layout.js';
import { annotationSpans, chartModel, TextCache } from '../meeting-timeline/model.js';
import { buildWheelModel } from '../sector-wheel/model.js';
import { nounGender } from '../shared/ordinal.js';
import { wheelCentre, wheelGeometry } from '../sector-wheel/geometry.js';
import { wheelMessages } from '../sector-wheel/messages.js';
import { fileBase, type ChartElementName, type ChartSnapshot } from './snapshot.js';
import { staticMeasurer } from './static-measure.js';
import { STATIC_FONT, THEMES } from './tokens.js';

/** The timeline chart's height in px: the default of `--mv-timeline-height`. */
const TIMELINE_HEIGHT = 176;

export interface StaticOptions {
  element: ChartElementName;
  width: number;
  /** The wheel's height (default: its width); the timeline's chart is 176 px tall, the default of `--mv-timeline-height`. */
  height?: number;
  lang: string;
  theme: 'light' | 'dark';
  /** The timeline's selected meeting; the meeting the wheel shows. */
  meeting?: string;
  /** The timeline's sector filter. */
  sectors?: string[];
  /** The data file's path, for file names. */
  src?: string;
}

const LABEL_SIZE = 12;

export function staticSnapshot(series: MeetingSeries, o: StaticOptions): ChartSnapshot | { error: string } {
  const measure = staticMeasurer(LABEL_SIZE);
  const common = {
    element: o.element,
    lang: o.lang,
    series,
    colours: THEMES[o.theme],
    font: STATIC_FONT,
    measure,
    fileBase: fileBase(o.src, localize(series.title, 'en')),
  };
  if (o.element === 'meeting-timeline') {
    const all = buildIndex(series.meetings);
    const filter = o.sectors ?? [];
    const index = filter.length ? buildIndex(filterBySectors(all.meetings, filter)) : all;
    const width = Math.max(200, o.width);
    const selected = o.meeting === undefined ? undefined : index.position.get(o.meeting);
    if (o.meeting !== undefined && selected === undefined)
      return { error: `no meeting "${o.meeting}" in the data${filter.length ? ' (after the sector filter)' : ''}` };
    const model = chartModel({
      index,
      scale: baseScale(timeDomain(all, series.eras), width),
      width,
      height: TIMELINE_HEIGHT,
      eras: series.eras ?? [],
      tracks: series.tracks,
      annotations: annotationSpans(series),
      lang: o.lang,
      texts: new TextCache(index, o.lang, nounGender(series.series, o.lang)),
      measure,
      selected,
      active: selected,
      keyboard: false,
    });
    return { ...common, chart: { kind: 'timeline', model, filter } };
  }
  const result = buildWheelModel(series, {
    meetingId: o.meeting,
    lang: o.lang,
    otherLabel: translate(wheelMessages, o.lang, 'other'),
  });
  if ('error' in result)
    return {
      error: result.error === 'unknown-meeting' ? `no meeting "${result.id}" in the data` : 'the data has no sectors',
    };
  const width = Math.max(200, o.width);
  const height = Math.max(200, o.height ?? width);
  const lineHeight = Math.round(LABEL_SIZE * 1.3);
  const { layout, labels } = wheelGeometry(result.model, {
    width,
    height,
    lang: o.lang,
    weight: 'count',
    measure,
    lineHeight,
  });
  const centre = wheelCentre(result.model, layout.rings.centre, undefined, o.lang, { measure, lineHeight });
  const drawing = {
    width,
    height,
    rings: layout.rings,
    arcs: layout.arcs,
    labels,
    centre,
    lineHeight,
    labelSize: LABEL_SIZE,
  };
  return { ...common, chart: { kind: 'wheel', drawing, model: result.model } };
}
