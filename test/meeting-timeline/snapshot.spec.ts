/** Golden files of the timeline's chart model for the real dataset: what is drawn, without a browser. */
import type { ChartModel } from '../../src/meeting-timeline/chart.js';
import { expectSnapshot } from '../fixtures/snapshot.js';
import { realModel } from './real-model.js';
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

const modelOf = (width: number, lang: string, k = 1, center?: number) => realModel(width, k, center, lang);

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
