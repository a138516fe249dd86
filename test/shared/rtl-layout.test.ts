import { expect } from '@open-wc/testing';
import type { Meeting } from '../../src/data/schema.js';
import { baseScale, buildIndex, mirrorScale } from '../../src/meeting-timeline/layout.js';
import { keyAction as timelineKey } from '../../src/meeting-timeline/keyboard.js';
import { chartModel, TextCache } from '../../src/meeting-timeline/model.js';
import { keyAction as wheelKey } from '../../src/sector-wheel/keyboard.js';
import { layoutWheel } from '../../src/sector-wheel/layout.js';
import { buildWheelModel } from '../../src/sector-wheel/model.js';
import { smallSeries } from '../sector-wheel/fixtures.js';

const key = (k: string, shiftKey = false) => ({ key: k, shiftKey, ctrlKey: false, metaKey: false, altKey: false });

describe('right-to-left timeline layout', () => {
  const meetings: Meeting[] = ['2001-01-01', '2002-06-01', '2010-03-01'].map((start, i) => ({
    id: `m${i}`,
    start,
    title: `M${i}`,
  }));
  const index = buildIndex(meetings);
  const domain: [number, number] = [Date.UTC(2000, 0, 1), Date.UTC(2011, 0, 1)];

  it('runs the base scale from the right edge', () => {
    const rtl = baseScale(domain, 600, true);
    const ltr = baseScale(domain, 600);
    expect(rtl(domain[0])).to.equal(600 - ltr(domain[0]));
    expect(rtl(domain[1])).to.be.below(rtl(domain[0]));
    expect(mirrorScale(rtl, 600)(domain[0])).to.equal(ltr(domain[0]));
  });

  it('mirrors every mark, label and tick of the left-to-right frame', () => {
    const measure = (text: string) => text.length * 7;
    const frame = (rtl: boolean) =>
      chartModel({
        index,
        scale: baseScale(domain, 600, rtl),
        width: 600,
        height: 176,
        eras: [],
        lang: 'ar',
        texts: new TextCache(index, 'ar'),
        measure,
        keyboard: false,
        rtl,
      });
    const ltr = frame(false);
    const rtl = frame(true);
    expect(rtl.marks.map((m) => m.x)).to.deep.equal(ltr.marks.map((m) => 600 - m.x1));
    expect(rtl.marks[0].x).to.be.above(rtl.marks[2].x);
    expect(rtl.ticks.map((t) => t.x)).to.deep.equal(ltr.ticks.map((t) => 600 - t.x));
    expect(rtl.labels.map((l) => l.place.left + measure(l.text) / 2)).to.deep.equal(
      ltr.labels.map((l) => 600 - (l.place.left + measure(l.text) / 2)),
    );
  });

  it('maps arrow keys to time by reading direction, and panning to the screen', () => {
    expect(timelineKey(key('ArrowRight'))).to.deep.equal({ type: 'move', by: 1 });
    expect(timelineKey(key('ArrowRight'), true)).to.deep.equal({ type: 'move', by: -1 });
    expect(timelineKey(key('ArrowLeft'), true)).to.deep.equal({ type: 'move', by: 1 });
    expect(timelineKey(key('ArrowLeft', true), true)).to.deep.equal({ type: 'pan', by: -1 });
    expect(timelineKey(key('Home'), true)).to.deep.equal({ type: 'first' });
  });
});

describe('right-to-left wheel layout', () => {
  const result = buildWheelModel(smallSeries(), { lang: 'en', otherLabel: 'Other' });
  if ('error' in result) throw new Error(result.error);
  const ltr = layoutWheel(result.model, { width: 400, height: 400 });
  const rtl = layoutWheel(result.model, { width: 400, height: 400, rtl: true });

  it('is the mirror image: each wedge spans the negated angles', () => {
    expect(rtl.arcs.map((a) => a.key)).to.deep.equal(ltr.arcs.map((a) => a.key));
    rtl.arcs.forEach((a, i) => {
      expect(a.a0).to.be.closeTo(2 * Math.PI - ltr.arcs[i].a1, 1e-9);
      expect(a.a1).to.be.closeTo(2 * Math.PI - ltr.arcs[i].a0, 1e-9);
    });
  });

  it('moves to the next wedge with ArrowLeft when right to left', () => {
    const groups = rtl.arcs.filter((a) => a.kind === 'group');
    expect(wheelKey(rtl.arcs, groups[0], 'ArrowLeft', true)).to.deep.equal({ move: groups[1] });
    expect(wheelKey(rtl.arcs, groups[0], 'ArrowRight', true)).to.deep.equal({ move: groups[groups.length - 1] });
    expect(wheelKey(ltr.arcs, groups[0], 'ArrowRight')).to.deep.equal({
      move: ltr.arcs.filter((a) => a.kind === 'group')[1],
    });
  });
});
