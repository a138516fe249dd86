/** The real dataset's chart model, as the element draws it, for the timeline's pure tests in Node. */
import { baseScale, buildIndex, timeDomain } from '../../src/meeting-timeline/layout.js';
import { annotationSpans, chartModel, TextCache } from '../../src/meeting-timeline/model.js';
import type { ChartModel } from '../../src/meeting-timeline/chart.js';
import { realSeries } from '../fixtures/real-series.js';
import { measure } from '../fixtures/measure.js';

/** The model `width` px wide, zoomed `k`× around `center` (ms), as d3-zoom's rescaleX would. */
export function realModel(
  width: number,
  k = 1,
  center?: number,
  lang = 'en',
  extra: Partial<Parameters<typeof chartModel>[0]> = {},
): ChartModel {
  const series = realSeries();
  const index = buildIndex(series.meetings);
  const domain = timeDomain(index, series.eras);
  const base = baseScale(domain, width);
  const mid = base(center ?? (domain[0] + domain[1]) / 2);
  const scale = base.copy().range(base.range().map((x) => width / 2 + (x - mid) * k));
  return chartModel({
    index,
    scale,
    width,
    height: 176,
    eras: series.eras ?? [],
    tracks: series.tracks,
    annotations: annotationSpans(series),
    lang,
    texts: new TextCache(index, lang),
    measure,
    keyboard: false,
    ...extra,
  });
}
