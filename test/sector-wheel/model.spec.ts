import { expect } from 'chai';
import {
  buildWheelModel,
  OTHER_GROUP_ID,
  allSectors,
  untouchedCount,
  type WheelModel,
} from '../../src/sector-wheel/model.js';
import { CATEGORICAL_PALETTE } from '../../src/shared/palette.js';
import { smallSeries } from './fixtures.js';

const build = (series = smallSeries(), meetingId?: string, lang = 'en') => {
  const result = buildWheelModel(series, { meetingId, lang, otherLabel: 'Other' });
  if ('error' in result) throw new Error(result.error);
  return result.model;
};
const weights = (model: WheelModel) => Object.fromEntries(allSectors(model).map((s) => [s.id, s.weight]));

describe('sector-wheel model', () => {
  it('weighs each sector by the meetings of the series that touch it (listed or in a document)', () => {
    const model = build();
    expect(model.scope).to.equal('series');
    expect(model.total).to.equal(3);
    expect(weights(model)).to.deep.equal({ trade: 3, investment: 1, energy: 2, space: 0 });
    expect(allSectors(model).find((s) => s.id === 'trade')!.meetings).to.deep.equal(['m1', 'm2', 'm3']);
  });

  it('weighs one meeting by its documents plus one when the meeting lists the sector', () => {
    const model = build(smallSeries(), 'm3');
    expect(model.scope).to.equal('meeting');
    expect(weights(model)).to.deep.equal({ trade: 1, energy: 3 });
    expect(model.total).to.equal(4);
  });

  it('shows the only meeting of a single-meeting file, with every sector of the taxonomy', () => {
    const series = smallSeries();
    series.meetings = [series.meetings[2]];
    const model = build(series);
    expect(model.scope).to.equal('meeting');
    expect(weights(model)).to.deep.equal({ trade: 1, investment: 0, energy: 3, space: 0 });
    expect(model.untouched).to.deep.equal([]);
  });

  it('keeps only the sectors and groups a chosen meeting touched, and sets the others apart by group', () => {
    const model = build(smallSeries(), 'm1');
    expect(allSectors(model).map((s) => s.id)).to.deep.equal(['trade', 'energy']);
    expect(model.groups.map((g) => g.id)).to.deep.equal(['economy', 'energy']);
    expect(model.untouched.map((g) => [g.id, g.sectors.map((s) => s.id)])).to.deep.equal([
      ['economy', ['investment']],
      [OTHER_GROUP_ID, ['space']],
    ]);
    expect(untouchedCount(model)).to.equal(2);
    expect(untouchedCount(build())).to.equal(0);
  });

  it('keeps no group for a meeting that touched no sector, and sets all of them apart', () => {
    const series = smallSeries();
    series.meetings.push({ id: 'none', start: '2026', title: 'Nothing' });
    const model = build(series, 'none');
    expect(model.groups).to.deep.equal([]);
    expect(untouchedCount(model)).to.equal(4);
  });

  it('puts sectors without a group into an "Other" group at the end', () => {
    const model = build();
    expect(model.groups.map((g) => g.id)).to.deep.equal(['economy', 'energy', OTHER_GROUP_ID]);
    expect(model.groups[2].label).to.equal('Other');
    expect(model.groups[2].sectors.map((s) => s.id)).to.deep.equal(['space']);
  });

  it('takes colours from the taxonomy, else from the palette by group', () => {
    const series = smallSeries();
    series.sectorGroups![1].colour = '#123456';
    series.sectors![0].colour = '#abcdef';
    const model = build(series);
    expect(allSectors(model).map((s) => s.colour)).to.deep.equal([
      '#abcdef',
      CATEGORICAL_PALETTE[0],
      '#123456',
      CATEGORICAL_PALETTE[2],
    ]);
  });

  it('localizes labels and remembers their language', () => {
    const model = build(smallSeries(), undefined, 'zh');
    expect(model.groups[0].label).to.equal('经济');
    expect(model.groups[0].labelLang).to.equal('zh');
  });

  it('reports an unknown meeting id and a file without sectors', () => {
    expect(buildWheelModel(smallSeries(), { meetingId: 'm99', lang: 'en', otherLabel: 'Other' })).to.deep.equal({
      error: 'unknown-meeting',
      id: 'm99',
    });
    expect(
      buildWheelModel({ meetings: [{ id: 'a', start: '2020', title: 'A' }] }, { lang: 'en', otherLabel: 'Other' }),
    ).to.deep.equal({ error: 'no-sectors' });
  });

  it('without a taxonomy, shows the sector ids the meetings use', () => {
    const model = build({
      meetings: [
        { id: 'a', start: '2020', title: 'A', sectors: ['trade', 'energy'] },
        { id: 'b', start: '2021', title: 'B', sectors: ['trade'] },
      ],
    });
    expect(weights(model)).to.deep.equal({ trade: 2, energy: 1 });
  });
});
