/** Golden files of the wheel's layout and labels for the real dataset: what is drawn, without a browser. */
import { buildWheelModel, type WheelModel } from '../../src/sector-wheel/model.js';
import { layoutWheel, type WheelLayoutOptions } from '../../src/sector-wheel/layout.js';
import { layoutLabels } from '../../src/sector-wheel/labels.js';
import { realSeries } from '../fixtures/real-series.js';
import { expectSnapshot } from '../fixtures/snapshot.js';
import { measure } from '../fixtures/measure.js';
import { BUILT_IN_LANGS, loadLang } from '../../src/shared/lang.js';

function modelOf(lang: string, meetingId?: string): WheelModel {
  const result = buildWheelModel(realSeries(), { lang, meetingId, otherLabel: 'Other' });
  if ('error' in result) throw new Error(result.error);
  return result.model;
}

function drawn(model: WheelModel, options: WheelLayoutOptions, mode: 'inside' | 'outside') {
  const layout = layoutWheel(model, options);
  const labels = layoutLabels(layout.arcs, layout.rings, {
    width: options.width,
    height: options.height,
    measure,
    lineHeight: 16,
    mode,
  });
  return { layout, labels };
}

describe('sector-wheel snapshots (real dataset)', () => {
  // The languages but English are modules loaded on first use.
  before(() => Promise.all(BUILT_IN_LANGS.map(loadLang)));
  it('the whole series, 600 px, labels outside', () => {
    expectSnapshot(
      drawn(modelOf('en'), { width: 600, height: 600, labelRoom: 120 }, 'outside'),
      new URL('__snapshots__/layout-wheel.series.en.json', import.meta.url),
    );
  });

  it('the 30th meeting, 360 px, labels inside, in Chinese', () => {
    expectSnapshot(
      drawn(modelOf('zh', 'm30'), { width: 360, height: 360 }, 'inside'),
      new URL('__snapshots__/layout-wheel.m30.zh.json', import.meta.url),
    );
  });

  it('drilled into the first group, equal weights', () => {
    const model = modelOf('ru');
    expectSnapshot(
      drawn(model, { width: 600, height: 600, weight: 'equal', focus: model.groups[0].id }, 'inside'),
      new URL('__snapshots__/layout-wheel.focus.ru.json', import.meta.url),
    );
  });
});
