import { expect } from 'chai';
import { buildWheelModel, type WheelModel } from '../../src/sector-wheel/model.js';
import { anglesWithMinimum, arcPath, layoutWheel, TAU, type WheelArc } from '../../src/sector-wheel/layout.js';
import { tweenArcs } from '../../src/sector-wheel/tween.js';
import { keyAction } from '../../src/sector-wheel/keyboard.js';
import type { MeetingSeries } from '../../src/data/schema.js';
import { smallSeries, syntheticSeries } from './fixtures.js';

const modelOf = (series: MeetingSeries, meetingId?: string): WheelModel => {
  const result = buildWheelModel(series, { meetingId, lang: 'en', otherLabel: 'Other' });
  if ('error' in result) throw new Error(result.error);
  return result.model;
};
const span = (a: WheelArc) => a.a1 - a.a0;
const outer = (arcs: WheelArc[]) => arcs.filter((a) => a.kind !== 'group');
const byId = (arcs: WheelArc[], id: string) => arcs.find((a) => a.id === id)!;

describe('sector-wheel layout', () => {
  it('makes wedges as wide as their weights, groups spanning their sectors', () => {
    const { arcs } = layoutWheel(modelOf(smallSeries()), { width: 400, height: 400, minArc: 0 });
    // trade 3, investment 1, energy 2 of 6 (space has weight 0 and gets the minimum)
    expect(span(byId(arcs, 'trade')) / span(byId(arcs, 'energy'))).to.be.closeTo(1.5, 1e-9);
    const economy = byId(arcs, 'economy');
    expect(economy.a0).to.equal(byId(arcs, 'trade').a0);
    expect(economy.a1).to.be.closeTo(byId(arcs, 'investment').a1, 1e-9);
    expect(outer(arcs).reduce((sum, a) => sum + span(a), 0)).to.be.closeTo(TAU, 1e-9);
  });

  it('gives equal wedges with weight="equal"', () => {
    const spans = outer(layoutWheel(modelOf(smallSeries()), { width: 400, height: 400, weight: 'equal' }).arcs).map(
      span,
    );
    for (const s of spans) expect(s).to.be.closeTo(TAU / 4, 1e-9);
  });

  it('draws sectors no meeting of the series touched as empty wedges of the minimum width, not hidden', () => {
    const { arcs, rings } = layoutWheel(modelOf(smallSeries()), { width: 400, height: 400, minArc: 6 });
    const space = byId(arcs, 'space');
    expect(space.empty).to.equal(true);
    expect(span(space) * rings.sectorOuter).to.be.closeTo(6, 1e-9);
    expect(byId(arcs, 'trade').empty).to.equal(false);
  });

  it('draws only the sectors and groups a meeting touched', () => {
    const arcs = layoutWheel(modelOf(smallSeries(), 'm1'), { width: 400, height: 400 }).arcs;
    expect(arcs.map((a) => a.key)).to.have.members(['group:economy', 'sector:trade', 'group:energy', 'sector:energy']);
    expect(arcs.some((a) => a.empty)).to.equal(false);
  });

  it('fills the circle with one sector', () => {
    const series: MeetingSeries = {
      sectors: [{ id: 'a', label: 'A' }],
      meetings: [{ id: 'm', start: '2020', title: 'M', sectors: ['a'] }],
    };
    const { arcs } = layoutWheel(modelOf(series), { width: 300, height: 300 });
    expect(arcs.map((a) => [a.kind, a.a0, a.a1])).to.deep.equal([
      ['group', 0, TAU],
      ['sector', 0, TAU],
    ]);
  });

  it('draws no wedge for a meeting that touched nothing', () => {
    const series = smallSeries();
    series.meetings.push({ id: 'none', start: '2026', title: 'Nothing' });
    expect(layoutWheel(modelOf(series, 'none'), { width: 300, height: 300 }).arcs).to.deep.equal([]);
  });

  it('lays out 50 sectors with every one either a wedge or gathered into a "more" wedge', () => {
    const model = modelOf(syntheticSeries(50));
    const { arcs, rings } = layoutWheel(model, { width: 280, height: 280, minArc: 12 });
    const shown = outer(arcs).flatMap((a) => a.members ?? [a.id]);
    expect(shown.sort()).to.deep.equal(Array.from({ length: 50 }, (_, i) => `s${i}`).sort());
    for (const a of outer(arcs)) expect(span(a) * rings.sectorOuter).to.be.at.least(12 - 1e-9);
    expect(outer(arcs).some((a) => a.kind === 'more')).to.equal(true);
  });

  it('gathers nothing when the thin wedges fit', () => {
    const { arcs } = layoutWheel(modelOf(syntheticSeries(50)), { width: 600, height: 600, minArc: 4 });
    expect(outer(arcs).filter((a) => a.kind === 'more')).to.deep.equal([]);
    expect(outer(arcs)).to.have.length(50);
  });

  it('gathers the thinnest sectors of a group into a "more" wedge that carries their total', () => {
    const { arcs } = layoutWheel(
      modelOf(syntheticSeries(50)),
      { width: 280, height: 280, minArc: 12 },
      (n) => `${n} more`,
    );
    const more = outer(arcs).find((a) => a.kind === 'more')!;
    expect(more.label).to.equal(`${more.members!.length} more`);
    expect(more.id).to.equal(`more:${more.groupId}`);
    // Meetings touching several gathered sectors count once.
    const touching = new Set(
      modelOf(syntheticSeries(50))
        .groups.flatMap((g) => g.sectors)
        .filter((s) => more.members!.includes(s.id))
        .flatMap((s) => s.meetings),
    );
    expect(more.weight).to.equal(touching.size);
  });

  it('zoomed into a group, fills the circle with it and its sectors only', () => {
    const { arcs } = layoutWheel(modelOf(smallSeries()), { width: 400, height: 400, focus: 'economy' });
    expect(arcs.map((a) => a.id)).to.deep.equal(['economy', 'trade', 'investment']);
    expect([byId(arcs, 'economy').a0, byId(arcs, 'economy').a1]).to.deep.equal([0, TAU]);
  });

  it('raises small angles to the minimum and shares the rest by value', () => {
    const angles = anglesWithMinimum([0, 1, 99], 10, 1);
    expect(angles[0]).to.equal(1);
    expect(angles[1]).to.equal(1);
    expect(angles[2]).to.be.closeTo(8, 1e-9);
    expect(anglesWithMinimum([5, 5], 10, 6)).to.deep.equal([5, 5]);
  });

  it('draws a wedge path with d3-shape', () => {
    expect(arcPath({ a0: 0, a1: Math.PI / 2, r0: 10, r1: 20 })).to.match(/^M/);
  });
});

describe('sector-wheel zoom tween', () => {
  const model = modelOf(smallSeries());
  const whole = layoutWheel(model, { width: 400, height: 400 }).arcs;
  const zoomed = layoutWheel(model, { width: 400, height: 400, focus: 'energy' }).arcs;

  it('starts at the old wedges and ends at the new ones', () => {
    const tween = tweenArcs(whole, zoomed);
    const start = tween(0);
    const end = tween(1);
    expect(byId(start, 'energy').a0).to.be.closeTo(byId(whole, 'energy').a0, 1e-9);
    expect(byId(end, 'energy').a0).to.be.closeTo(0, 1e-9);
    expect(byId(end, 'energy').a1).to.be.closeTo(TAU, 1e-9);
  });

  it('folds away the groups that leave when zooming in, to the edges', () => {
    const end = tweenArcs(whole, zoomed)(1);
    expect(span(byId(end, 'economy'))).to.be.closeTo(0, 1e-9);
    expect(span(byId(end, 'trade'))).to.be.closeTo(0, 1e-9);
  });

  it('unfolds them again when zooming out', () => {
    const tween = tweenArcs(zoomed, whole);
    expect(span(byId(tween(0), 'economy'))).to.be.closeTo(0, 1e-9);
    expect(span(byId(tween(1), 'economy'))).to.be.closeTo(span(byId(whole, 'economy')), 1e-9);
    expect(span(byId(tween(0.5), 'economy'))).to.be.above(0);
  });
});

describe('sector-wheel keys', () => {
  const { arcs } = layoutWheel(modelOf(smallSeries()), { width: 400, height: 400 });
  const key = (k: string) => arcs.find((a) => a.key === k)!;

  it('moves around a ring and wraps at its ends', () => {
    expect(keyAction(arcs, key('group:economy'), 'ArrowRight')).to.deep.equal({ move: key('group:energy') });
    expect(keyAction(arcs, key('group:economy'), 'ArrowLeft')).to.deep.equal({ move: key('group:__other') });
    expect(keyAction(arcs, key('sector:investment'), 'ArrowRight')).to.deep.equal({ move: key('sector:energy') });
  });

  it("goes down to a group's first sector and up to a sector's group", () => {
    expect(keyAction(arcs, key('group:energy'), 'ArrowDown')).to.deep.equal({ move: key('sector:energy') });
    expect(keyAction(arcs, key('sector:investment'), 'ArrowUp')).to.deep.equal({ move: key('group:economy') });
    expect(keyAction(arcs, key('sector:trade'), 'ArrowDown')).to.deep.equal({ none: true });
  });

  it('activates with Enter or Space, zooms out with Escape or Home, and ignores other keys', () => {
    expect(keyAction(arcs, key('sector:trade'), ' ')).to.deep.equal({ activate: key('sector:trade') });
    expect(keyAction(arcs, key('group:energy'), 'Enter')).to.deep.equal({ activate: key('group:energy') });
    expect(keyAction(arcs, key('group:energy'), 'Home')).to.deep.equal({ zoomOut: true });
    expect(keyAction(arcs, key('group:energy'), 'Escape')).to.deep.equal({ zoomOut: true });
    expect(keyAction(arcs, key('group:energy'), 'a')).to.equal(undefined);
  });
});
