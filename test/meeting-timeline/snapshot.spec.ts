/** Golden files of the timeline's chart model for the real dataset: what is drawn, without a browser. */
import { baseScale, buildIndex, timeDomain } from '../../src/meeting-timeline/layout.js';
import { annotationSpans, chartModel, TextCache } from '../../src/meeting-timeline/model.js';
import type { ChartModel } from '../../src/meeting-timeline/chart.js';
import { realSeries } from '../fixtures/real-series.js';
import { expectSnapshot } from '../fixtures/snapshot.js';
import { measure } from '../fixtures/measure.js';
import { BUILT_IN_LANGS, loadLang } from '../../src/shared/lang.js';

/** The model as plain data: the index (typed arrays of every meeting) is left out, eras by id. */
function plain(model: ChartModel) {
  const { index: _index, eras, tracks, ...rest } = model;
  const era = ({ band, label, showLabel }: ChartModel['eras'][number]) => ({
    id: band.era.id,
    x0: band.x0,
    x1: band.x1,
    label,
    showLabel,
  });
  return {
    ...rest,
    eras: eras.map(era),
    tracks: tracks.map(({ bands, ...track }) => ({
      ...track,
      bands: bands.map((b) => ({ ...era(b), labelLeft: b.labelLeft })),
    })),
  };
}

function modelOf(width: number, lang: string, k = 1, center?: number) {
  const series = realSeries();
  const index = buildIndex(series.meetings);
  const domain = timeDomain(index, series.eras);
  const base = baseScale(domain, width);
  // Zoomed by k around `center` (ms), as d3-zoom's rescaleX would.
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
  });
}

describe('meeting-timeline snapshots (real dataset)', () => {
  // The languages but English are modules loaded on first use.
  before(() => Promise.all(BUILT_IN_LANGS.map(loadLang)));
  it('the whole series, 1000 px wide, in English', () => {
    expectSnapshot(plain(modelOf(1000, 'en')), new URL('__snapshots__/chart-model.en.1000.json', import.meta.url));
  });

  it('the whole series, 520 px wide, in Chinese (clusters where meetings crowd)', () => {
    expectSnapshot(plain(modelOf(520, 'zh')), new URL('__snapshots__/chart-model.zh.520.json', import.meta.url));
  });

  it('zoomed 8× on 2020, in Russian', () => {
    expectSnapshot(
      plain(modelOf(800, 'ru', 8, Date.UTC(2020, 6, 1))),
      new URL('__snapshots__/chart-model.ru.800.k8.json', import.meta.url),
    );
  });
});
