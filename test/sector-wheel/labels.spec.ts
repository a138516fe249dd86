import { expect } from 'chai';
import { buildWheelModel, type WheelModel } from '../../src/sector-wheel/model.js';
import { layoutWheel } from '../../src/sector-wheel/layout.js';
import {
  centreLines,
  fitText,
  layoutLabels,
  outsideColumnHeight,
  outsideLabelRoom,
  wrapLabel,
  wrapText,
  type WheelLabel,
} from '../../src/sector-wheel/labels.js';
import type { MeetingSeries } from '../../src/data/schema.js';
import { smallSeries, syntheticSeries } from './fixtures.js';
import { measure } from '../fixtures/measure.js';

const modelOf = (series: MeetingSeries, lang = 'en'): WheelModel => {
  const result = buildWheelModel(series, { lang, otherLabel: 'Other' });
  if ('error' in result) throw new Error(result.error);
  return result.model;
};

/** Separating-axis test for two convex quadrilaterals. */
function overlap(a: [number, number][], b: [number, number][]): boolean {
  for (const poly of [a, b]) {
    for (let i = 0; i < 4; i++) {
      const [x1, y1] = poly[i];
      const [x2, y2] = poly[(i + 1) % 4];
      const axis = [y1 - y2, x2 - x1];
      const project = (p: [number, number][]) => p.map(([x, y]) => x * axis[0] + y * axis[1]);
      const [pa, pb] = [project(a), project(b)];
      if (Math.max(...pa) <= Math.min(...pb) + 1e-6 || Math.max(...pb) <= Math.min(...pa) + 1e-6) return false;
    }
  }
  return true;
}

function labelsFor(series: MeetingSeries, size: number, mode: 'inside' | 'outside', lang = 'en'): WheelLabel[] {
  const model = modelOf(series, lang);
  const labelRoom =
    mode === 'outside'
      ? outsideLabelRoom(
          model.groups.flatMap((g) => g.sectors.map((s) => s.label)),
          size,
          measure,
        )
      : 0;
  const { arcs, rings } = layoutWheel(model, { width: size, height: size, labelRoom });
  return layoutLabels(arcs, rings, { width: size, height: size, measure, lineHeight: 16, mode });
}

function expectTidy(labels: WheelLabel[], size: number): void {
  for (const l of labels) {
    for (const [x, y] of l.box) {
      expect(x, `${l.text} x`).to.be.within(-1e-6, size + 1e-6);
      expect(y, `${l.text} y`).to.be.within(-1e-6, size + 1e-6);
    }
  }
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) {
      expect(overlap(labels[i].box, labels[j].box), `"${labels[i].text}" overlaps "${labels[j].text}"`).to.equal(false);
    }
  }
}

const longLabels = (): MeetingSeries => {
  const series = syntheticSeries(24, 4);
  series.sectors!.forEach((s, i) => {
    s.label = i % 2 ? '数字经济与信息通信技术合作领域' : 'Сотрудничество в области спутниковой навигации';
  });
  return series;
};

describe('sector-wheel labels', () => {
  for (const mode of ['inside', 'outside'] as const) {
    for (const size of [280, 600]) {
      it(`never overlap and stay in the box (${mode}, ${size}px, 50 sectors)`, () => {
        const labels = labelsFor(syntheticSeries(50), size, mode);
        expect(labels.length).to.be.above(0);
        expectTidy(labels, size);
      });
      it(`wrap long Chinese and Russian labels onto two lines, shortening only what two cannot hold (${mode}, ${size}px)`, () => {
        const labels = labelsFor(longLabels(), size, mode).filter((l) => l.ring === 'sector');
        expectTidy(labels, size);
        expect(labels.some((l) => l.lines.length === 2)).to.equal(true);
        for (const l of labels) {
          expect(l.lines.length).to.be.within(1, 2);
          // The drawn lines are the whole name, or end in "…".
          const drawn = l.lines.join('').replace(/\s/g, '');
          if (drawn !== l.full.replace(/\s/g, '')) expect(l.lines.at(-1)!.endsWith('…'), l.text).to.equal(true);
        }
      });
    }
  }

  it('labels every sector of a small wheel and keeps the full text', () => {
    const labels = labelsFor(smallSeries(), 600, 'outside');
    expect(labels.filter((l) => l.ring === 'sector').map((l) => l.full)).to.have.members([
      'Trade',
      'Investment',
      'Energy',
      'Space',
    ]);
    expect(labels.filter((l) => l.ring === 'group').map((l) => l.full)).to.include('Economy');
  });

  it('joins outside labels to their wedges with leader lines', () => {
    const labels = labelsFor(smallSeries(), 600, 'outside').filter((l) => l.ring === 'sector');
    for (const l of labels) expect(l.leader).to.have.length(3);
  });

  it('leaves out a label rather than overlap when a side has more labels than lines', () => {
    const labels = labelsFor(syntheticSeries(50, 1), 200, 'outside').filter((l) => l.ring === 'sector');
    expect(labels.length).to.be.below(50);
    expectTidy(labels, 200);
  });

  it('turns inside labels so they read left to right', () => {
    for (const l of labelsFor(smallSeries(), 300, 'inside').filter((x) => x.ring === 'sector')) {
      expect(l.rotate).to.be.within(-90, 90);
    }
  });

  it('fits text by shortening it with an ellipsis', () => {
    expect(fitText('Energy', 100, measure)).to.equal('Energy');
    expect(fitText('Energy', 30, measure)).to.equal('Ene…');
    expect(fitText('Energy', 5, measure)).to.equal('');
  });

  it('wraps words, and Chinese between characters, shortening the last line', () => {
    expect(wrapText('Energy and natural resources', 70, 2, measure)).to.deep.equal(['Energy and', 'natural r…']);
    expect(wrapText('第三十次定期会晤', 56, 2, measure)).to.deep.equal(['第三十次', '定期会晤']);
    expect(wrapText('第三十次定期会晤联合公报', 56, 2, measure)).to.deep.equal(['第三十次', '定期会…']);
  });

  it('keeps a name that fits on one line', () => {
    expect(wrapLabel('Energy', 100, measure)).to.deep.equal(['Energy']);
  });

  it('wraps a long name onto two even lines, each within the width, without an ellipsis', () => {
    // 32 characters: no line of 18 holds it, two do.
    const lines = wrapLabel('Standards and quality inspection', 18 * 7, measure);
    expect(lines).to.deep.equal(['Standards and', 'quality inspection']);
    for (const line of lines) expect(measure(line)).to.be.at.most(18 * 7);
  });

  it('wraps Chinese between characters', () => {
    expect(wrapLabel('人文交流与教育合作', 5 * 14, measure)).to.deep.equal(['人文交流', '与教育合作']);
  });

  it('breaks after a hyphen the name already has', () => {
    expect(wrapLabel('People-to-people exchange', 16 * 7, measure)).to.deep.equal(['People-to-', 'people exchange']);
  });

  it('hyphenates a word too long for a line (a long French word)', () => {
    const lines = wrapLabel('Télécommunications', 12 * 7, measure);
    expect(lines).to.deep.equal(['Télécommuni-', 'cations']);
    for (const line of lines) expect(measure(line)).to.be.at.most(12 * 7);
  });

  it('shortens the second line with "…" only when two lines cannot hold the name', () => {
    const lines = wrapLabel('People-to-people exchange (culture, education, tourism, visas)', 20 * 7, measure);
    expect(lines).to.have.length(2);
    expect(lines[0]).to.equal('People-to-people');
    expect(lines[1].endsWith('…')).to.equal(true);
    for (const line of lines) expect(measure(line)).to.be.at.most(20 * 7);
    expect(wrapLabel('Trade', 5, measure)).to.deep.equal([]);
  });

  it('gives a long outside label two lines and counts them in the column it needs', () => {
    const series = smallSeries();
    for (const s of series.sectors!) s.label = `${s.id} in goods and services between the two countries`;
    series.sectors![0].label = 'Trade in goods and services between the two countries';
    const labels = labelsFor(series, 600, 'outside');
    const trade = labels.find((l) => l.id === 'sector:trade')!;
    expect(trade.lines).to.have.length(2);
    expect(trade.full).to.equal('Trade in goods and services between the two countries');
    expectTidy(labels, 600);
    const { arcs, rings } = layoutWheel(modelOf(series), { width: 600, height: 600, labelRoom: 132 });
    expect(outsideColumnHeight(arcs, 16, { rings, width: 600, measure })).to.be.above(outsideColumnHeight(arcs, 16));
  });

  it('wraps the title in the centre, and adds the selected sector and its figure when there is room', () => {
    const font = { measure, lineHeight: 16 };
    const title = { text: 'Regular meetings of the heads of government', lang: 'en' };
    const alone = centreLines(80, title, undefined, font);
    expect(alone.length).to.be.within(2, 3);
    expect(alone.map((l) => l.text).join(' ')).to.match(/^Regular meetings/);
    const withSector = centreLines(80, title, { label: 'Energy', labelLang: 'en', figure: '14 of 30 meetings' }, font);
    expect(withSector.slice(-2)).to.deep.equal([
      { text: 'Energy', strong: true, lang: 'en' },
      { text: '14 of 30 meetings' },
    ]);
    for (const line of withSector) expect(measure(line.text)).to.be.at.most(160);
    expect(
      centreLines(10, title, { label: 'Energy', labelLang: 'en', figure: '14' }, font).some((l) => l.strong),
    ).to.equal(false);
  });
});
