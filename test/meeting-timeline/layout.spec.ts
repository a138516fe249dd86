import { expect } from 'chai';
import type { Meeting } from '../../src/data/schema.js';
import {
  axisTicks,
  baseScale,
  buildIndex,
  filterBySectors,
  layoutMarks,
  markOf,
  maxZoom,
  parseSectors,
  placeLabelChoices,
  placeLabels,
  timeDomain,
  visibleRange,
  PLOT_PADDING,
} from '../../src/meeting-timeline/layout.js';
import {
  ANNOTATION_MIN_WIDTH,
  chartGeometry,
  eraBands,
  placeAnnotations,
  trackRows,
} from '../../src/meeting-timeline/rows.js';
import { realModel } from './real-model.js';
import type { ChartModel } from '../../src/meeting-timeline/chart.js';
import { realSeries } from '../fixtures/real-series.js';
import { measure } from '../fixtures/measure.js';
import { keyAction } from '../../src/meeting-timeline/keyboard.js';
import { allowGesture } from '../../src/meeting-timeline/zoom.js';

const meeting = (id: string, start: string, extra: Partial<Meeting> = {}): Meeting => ({
  id,
  start,
  title: id,
  ...extra,
});

/** `count` one-day meetings, one every `stepDays` days from 2000-01-01. */
function synthetic(count: number, stepDays = 1): Meeting[] {
  return Array.from({ length: count }, (_, i) => {
    const d = new Date(Date.UTC(2000, 0, 1) + i * stepDays * 86_400_000);
    return meeting(`e${i}`, d.toISOString().slice(0, 10));
  });
}

describe('timeline index', () => {
  it('sorts meetings by start and keeps their spans in typed arrays', () => {
    const index = buildIndex([meeting('b', '2001-05-01'), meeting('a', '1999-03-02', { end: '1999-03-04' })]);
    expect(index.meetings.map((m) => m.id)).to.deep.equal(['a', 'b']);
    expect(index.starts).to.be.instanceOf(Float64Array);
    expect(index.starts[0]).to.equal(Date.UTC(1999, 2, 2));
    expect(index.ends[0]).to.equal(Date.UTC(1999, 2, 5));
    expect(index.maxDuration).to.equal(3 * 86_400_000);
    expect(index.position.get('b')).to.equal(1);
  });

  it('reads a sector filter from a list or a comma-separated string', () => {
    expect(parseSectors('energy, trade,,energy')).to.deep.equal(['energy', 'trade']);
    expect(parseSectors(['trade'])).to.deep.equal(['trade']);
    expect(parseSectors(undefined)).to.deep.equal([]);
  });

  it('keeps meetings touching a filtered sector in the meeting or one of its documents', () => {
    const list = [
      meeting('a', '2000', { sectors: ['energy'] }),
      meeting('b', '2001', { documents: [{ title: 'x', sectors: ['trade'] }] }),
      meeting('c', '2002', { sectors: ['humanities'] }),
    ];
    expect(filterBySectors(list, ['trade', 'energy']).map((m) => m.id)).to.deep.equal(['a', 'b']);
    expect(filterBySectors(list, [])).to.have.length(3);
  });
});

describe('time scale', () => {
  it('spans every meeting and era with a margin on both sides', () => {
    const index = buildIndex([meeting('a', '2000-01-01'), meeting('b', '2010-01-01')]);
    const [lo, hi] = timeDomain(index, [{ id: 'e', start: '1998-01-01', end: '2000-06-01', label: 'Era' }]);
    expect(lo).to.be.below(Date.UTC(1998, 0, 1));
    expect(hi).to.be.above(Date.UTC(2010, 0, 2));
  });

  it('maps the domain onto the width inside the padding', () => {
    const scale = baseScale([0, 1000], 500);
    expect(scale(0)).to.equal(PLOT_PADDING);
    expect(scale(1000)).to.equal(500 - PLOT_PADDING);
  });

  it('allows zooming in until about two weeks fill the view, and never below 1', () => {
    expect(maxZoom([0, 28 * 86_400_000])).to.equal(2);
    expect(maxZoom([0, 86_400_000])).to.equal(1);
  });

  it('labels yearly ticks with the year in the element language', () => {
    const scale = baseScale([Date.UTC(1996, 0, 1), Date.UTC(2026, 0, 1)], 900);
    const ticks = axisTicks(scale, 'zh');
    expect(ticks.length).to.be.within(3, 9);
    expect(ticks[0].label).to.match(/^\d{4}年$/);
    expect(axisTicks(scale, 'en')[0].label).to.match(/^\d{4}$/);
  });

  it('labels monthly ticks with month names in Russian when zoomed in', () => {
    const scale = baseScale([Date.UTC(2020, 0, 1), Date.UTC(2020, 11, 31)], 900);
    const label = axisTicks(scale, 'ru')[1].label;
    expect(label).to.match(/[а-я]/);
    expect(label).to.match(/2020/);
  });
});

describe('label placement', () => {
  const overlaps = (a: { left: number; w: number }, b: { left: number; w: number }) =>
    a.left < b.left + b.w && b.left < a.left + a.w;

  it('hides a label that would overlap its neighbour in every row', () => {
    const requests = [
      { x: 100, width: 40 },
      { x: 110, width: 40 },
      { x: 120, width: 40 },
    ];
    const placed = placeLabels(requests, 500, 2);
    expect(placed.map((p) => p.row)).to.deep.equal([0, 1]);
    expect(placed.map((p) => p.index)).to.deep.equal([0, 1]);
  });

  it('never lets two shown labels in the same row overlap (many random labels)', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let run = 0; run < 20; run++) {
      const requests = Array.from({ length: 80 }, () => ({
        x: random() * 600,
        width: 10 + random() * 60,
        priority: random() < 0.1 ? 1 : 0,
      }));
      const placed = placeLabels(requests, 600, 2, 4);
      for (const a of placed) {
        expect(a.left).to.be.at.least(0);
        expect(a.left + requests[a.index].width).to.be.at.most(600);
        for (const b of placed) {
          if (a === b || a.row !== b.row) continue;
          expect(
            overlaps({ left: a.left, w: requests[a.index].width }, { left: b.left, w: requests[b.index].width }),
          ).to.equal(false);
        }
      }
    }
  });

  it('places the selected label first, even where a neighbour would take its place', () => {
    const placed = placeLabels(
      [
        { x: 100, width: 50 },
        { x: 110, width: 50, priority: 2 },
      ],
      500,
      1,
    );
    expect(placed.map((p) => p.index)).to.deep.equal([1]);
  });
});

describe('labels: the city where there is room, else the ordinal', () => {
  const widthOf = (p: { long: boolean; index: number }, r: ReadonlyArray<{ width: number; longWidth?: number }>) =>
    p.long ? r[p.index].longWidth! : r[p.index].width;

  it('shows the city when its neighbours leave room for it', () => {
    const requests = [
      { x: 100, width: 30, longWidth: 60 },
      { x: 300, width: 30, longWidth: 60 },
    ];
    expect(placeLabelChoices(requests, 500, 1).map((p) => p.long)).to.deep.equal([true, true]);
  });

  it('keeps the ordinal where the city would overlap a neighbour', () => {
    const requests = [
      { x: 100, width: 30, longWidth: 120 },
      { x: 200, width: 30, longWidth: 120 },
    ];
    const placed = placeLabelChoices(requests, 500, 1);
    expect(placed.map((p) => p.index)).to.deep.equal([0, 1]);
    // The first (left to right) widens; the second has no room left and keeps its short text.
    expect(placed.map((p) => p.long)).to.deep.equal([true, false]);
  });

  it('never hides a label that the short texts would show', () => {
    const requests = Array.from({ length: 6 }, (_, i) => ({ x: 40 + i * 40, width: 28, longWidth: 90 }));
    const short = placeLabels(requests, 400, 2);
    const chosen = placeLabelChoices(requests, 400, 2);
    expect(chosen.map((p) => p.index)).to.deep.equal(short.map((p) => p.index));
    expect(chosen.some((p) => p.long)).to.equal(true);
    expect(chosen.some((p) => !p.long)).to.equal(true);
  });

  it('moves a city to the other row when its own is taken', () => {
    const requests = [
      { x: 100, width: 30 },
      { x: 150, width: 30, longWidth: 90 },
    ];
    const placed = placeLabelChoices(requests, 500, 2);
    expect(placed[1]).to.include({ long: true, row: 1 });
  });

  it('keeps the ordinal for a meeting without a city, and a city wider than the chart', () => {
    const placed = placeLabelChoices(
      [
        { x: 100, width: 30 },
        { x: 300, width: 30, longWidth: 600 },
      ],
      500,
      1,
    );
    expect(placed.map((p) => p.long)).to.deep.equal([false, false]);
  });

  it('never lets two shown labels in the same row overlap, long or short (many random labels)', () => {
    let seed = 11;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let run = 0; run < 20; run++) {
      const requests = Array.from({ length: 60 }, () => ({
        x: random() * 600,
        width: 10 + random() * 30,
        longWidth: random() < 0.8 ? 30 + random() * 80 : undefined,
        priority: random() < 0.1 ? 1 : 0,
      }));
      const placed = placeLabelChoices(requests, 600, 2, 4);
      for (const a of placed) {
        expect(a.left).to.be.at.least(0);
        expect(a.left + widthOf(a, requests)).to.be.at.most(600);
        for (const b of placed) {
          if (a === b || a.row !== b.row) continue;
          const [aw, bw] = [widthOf(a, requests), widthOf(b, requests)];
          expect(a.left < b.left + bw && b.left < a.left + aw, `${a.index} / ${b.index}`).to.equal(false);
        }
      }
    }
  });
});

describe('marks: level of detail and culling', () => {
  it('draws one mark per meeting when they are far apart, multi-day meetings as ranges', () => {
    const index = buildIndex([
      meeting('a', '2000-01-01', { end: '2000-03-01' }),
      meeting('b', '2005-01-01'),
      meeting('c', '2010-01-01'),
    ]);
    const scale = baseScale(timeDomain(index), 800);
    const marks = layoutMarks(index, scale, [0, 800]);
    expect(marks.map((m) => m.kind)).to.deep.equal(['meeting', 'meeting', 'meeting']);
    expect(marks[0].x1 - marks[0].x).to.be.above(5);
  });

  it('draws two meetings that would touch as one cluster of two', () => {
    const index = buildIndex([meeting('a', '2000-01-01'), meeting('b', '2000-01-20'), meeting('c', '2010-01-01')]);
    const scale = baseScale(timeDomain(index), 600);
    const marks = layoutMarks(index, scale, [0, 600]);
    expect(marks.map((m) => [m.kind, m.last - m.first])).to.deep.equal([
      ['cluster', 2],
      ['meeting', 1],
    ]);
  });

  it('collapses 10,000 dense meetings into a few cluster marks with counts adding up', () => {
    const index = buildIndex(synthetic(10_000));
    const scale = baseScale(timeDomain(index), 1000);
    const marks = layoutMarks(index, scale, [0, 1000]);
    expect(marks.length).to.be.below(100);
    expect(marks.every((m) => m.kind === 'cluster')).to.equal(true);
    expect(marks.reduce((sum, m) => sum + (m.last - m.first), 0)).to.equal(10_000);
    for (let i = 1; i < marks.length; i++) expect(marks[i].x - marks[i - 1].x).to.be.at.least(11);
  });

  it('expands clusters into single meetings when zoomed in', () => {
    const index = buildIndex(synthetic(1000, 1));
    const full = baseScale(timeDomain(index), 1000);
    const zoomed = full.copy().domain([new Date(Date.UTC(2000, 0, 1)), new Date(Date.UTC(2000, 1, 1))]);
    const marks = layoutMarks(index, zoomed, [0, 1000]);
    expect(marks.some((m) => m.kind === 'meeting')).to.equal(true);
    expect(marks.filter((m) => m.kind === 'meeting').length).to.be.at.least(25);
  });

  it('culls meetings outside the view', () => {
    const index = buildIndex(synthetic(100_000, 1));
    const scale = baseScale(timeDomain(index), 1000).domain([
      new Date(Date.UTC(2001, 0, 1)),
      new Date(Date.UTC(2001, 0, 31)),
    ]);
    const marks = layoutMarks(index, scale, [0, 1000]);
    expect(marks.length).to.be.below(40);
    for (const m of marks) {
      expect(m.x1).to.be.at.least(-14);
      expect(m.x).to.be.at.most(1014);
    }
    const [lo, hi] = visibleRange(index, Date.UTC(2001, 0, 1), Date.UTC(2001, 0, 31));
    expect(hi - lo).to.equal(31);
  });

  it('keeps a long meeting that started before the view but reaches into it', () => {
    const index = buildIndex([meeting('long', '2000-01-01', { end: '2000-12-31' }), meeting('x', '2000-06-01')]);
    const [lo, hi] = visibleRange(index, Date.UTC(2000, 5, 15), Date.UTC(2000, 6, 1));
    expect(index.meetings.slice(lo, hi).map((m) => m.id)).to.include('long');
    const scale = baseScale([Date.UTC(2000, 5, 15), Date.UTC(2000, 6, 1)], 800);
    const marks = layoutMarks(index, scale, [0, 800]);
    expect(marks.map((m) => index.meetings[m.first].id)).to.deep.equal(['long']);
  });

  it('finds the mark holding a meeting', () => {
    const marks = [
      { kind: 'cluster' as const, first: 0, last: 3, x: 0, x1: 0 },
      { kind: 'meeting' as const, first: 5, last: 6, x: 0, x1: 0 },
    ];
    expect(markOf(marks, 2)).to.equal(0);
    expect(markOf(marks, 5)).to.equal(1);
    expect(markOf(marks, 4)).to.equal(-1);
  });

  it('clips era bands to the view and leaves out eras outside it', () => {
    const scale = baseScale([Date.UTC(2000, 0, 1), Date.UTC(2010, 0, 1)], 1000);
    const bands = eraBands(
      [
        { id: 'a', start: '1990', end: '2002', label: 'A' },
        { id: 'b', start: '2020', end: '2021', label: 'B' },
      ],
      scale,
      [0, 1000],
    );
    expect(bands.map((b) => b.era.id)).to.deep.equal(['a']);
    expect(bands[0].x0).to.equal(0);
  });
});

describe('keys and gestures', () => {
  const key = (k: string, mods: Partial<KeyboardEvent> = {}) =>
    keyAction({ key: k, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods });

  it('moves with arrows, zooms with + and −, and leaves Tab and Ctrl-combinations to the browser', () => {
    expect(key('ArrowRight')).to.deep.equal({ type: 'move', by: 1 });
    expect(key('+')).to.deep.equal({ type: 'zoom', factor: 2 });
    expect(key('-')).to.deep.equal({ type: 'zoom', factor: 0.5 });
    expect(key('Home')).to.deep.equal({ type: 'first' });
    expect(key('Tab')).to.equal(undefined);
    expect(key('+', { ctrlKey: true })).to.equal(undefined);
  });

  /** An input event as d3-zoom's filter sees it (plain data: no DOM in Node). */
  const gesture = (type: string, init: Record<string, unknown>) => ({ type, ...init }) as unknown as Event;

  it('zooms on Ctrl/⌘ + wheel only, and starts touch gestures with two fingers only', () => {
    expect(allowGesture(gesture('wheel', { deltaY: 100 }))).to.equal(false);
    expect(allowGesture(gesture('wheel', { deltaY: 100, ctrlKey: true }))).to.equal(true);
    expect(allowGesture(gesture('wheel', { deltaY: 100, metaKey: true }))).to.equal(true);
    expect(allowGesture({ type: 'touchstart', touches: { length: 1 } } as unknown as Event)).to.equal(false);
    expect(allowGesture({ type: 'touchstart', touches: { length: 2 } } as unknown as Event)).to.equal(true);
    expect(allowGesture(gesture('mousedown', { button: 0 }))).to.equal(true);
  });
});

describe('chartGeometry', () => {
  it('keeps marks and labels under the top and the axis 40 px above the bottom, for any height', () => {
    expect(chartGeometry(176)).to.deep.include({ height: 176, mark: 62, axis: 136, tickLabel: 156 });
    expect(chartGeometry(240)).to.deep.include({ height: 240, mark: 62, axis: 200, tickLabel: 220 });
  });

  it('moves the marks below two track rows and a row of callouts, keeping two label rows above the axis at 176 px', () => {
    const g = chartGeometry(176, { tracks: 2, annotations: true });
    expect(g.trackTop + 2 * g.trackRow).to.be.at.most(g.annotationText - 12);
    expect(g.annotationLeader + 3).to.be.at.most(g.mark - 13);
    expect(g.labelRows).to.equal(2);
    expect(g.labelRow0 + g.labelRow).to.be.lessThan(g.axis);
    expect(chartGeometry(150, { tracks: 2, annotations: true }).labelRows).to.equal(1);
  });
});

/** The era named in each track row at an instant, as a reader looks down the chart at that date. */
function erasAt(model: ChartModel, time: number, scale: (t: number) => number): string[] {
  const x = scale(time);
  return model.tracks.map((t) => t.bands.find((b) => b.band.x0 <= x && x <= b.band.x1)?.label ?? '');
}

describe('era tracks', () => {
  const series = realSeries();
  const index = buildIndex(series.meetings);
  const scale = baseScale(timeDomain(index, series.eras), 1000);

  it('draws each track as its own row, so the two premiers of a year are read opposite each other', () => {
    const model = realModel(1000);
    expect(model.tracks.map((t) => t.label)).to.deep.equal(['Premier of China', 'Prime Minister of Russia']);
    expect(model.tracks[1].y).to.be.greaterThan(model.tracks[0].y);
    expect(erasAt(model, Date.UTC(2025, 5, 1), scale)).to.deep.equal(['Li Qiang', 'Mishustin']);
    expect(erasAt(model, Date.UTC(2010, 5, 1), scale)).to.deep.equal(['Wen Jiabao', 'Putin']);
    expect(erasAt(model, Date.UTC(2007, 10, 6, 12), scale)).to.deep.equal(['Wen Jiabao', 'Zubkov']);
    expect(model.eras).to.deep.equal([]);
  });

  it('keeps a one-meeting era visible as a thin band', () => {
    const zubkov = realModel(1000).tracks[1].bands.find((b) => b.band.era.id === 'viktor-zubkov')!;
    expect(zubkov.band.x1 - zubkov.band.x0).to.be.at.least(3);
  });

  it('draws eras without a track across the chart, as before tracks, and rows only for tracks with eras', () => {
    const s = baseScale([Date.UTC(2000, 0, 1), Date.UTC(2010, 0, 1)], 1000);
    const { across, rows } = trackRows(
      [
        { id: 'a', start: '2001', end: '2002', label: 'A' },
        { id: 'b', start: '2003', end: '2004', label: 'B', track: 'cn' },
        { id: 'c', start: '2005', end: '2006', label: 'C', track: 'gone' },
      ],
      [
        { id: 'cn', label: 'China' },
        { id: 'ru', label: 'Russia' },
      ],
      s,
      [0, 1000],
    );
    expect(across.map((b) => b.era.id)).to.deep.equal(['a', 'c']);
    expect(rows.map((r) => [r.track.id, r.bands.map((b) => b.era.id)])).to.deep.equal([['cn', ['b']]]);
  });

  it("starts era names after the track's name as drawn, bold, and right to left ends that name at the edge", () => {
    // Exaggerated, so only a model that uses it passes.
    const measureStrong = (text: string) => measure(text) * 1.5;
    for (const rtl of [false, true]) {
      const model = realModel(1000, 1, undefined, 'ru', { measureStrong, rtl });
      for (const track of model.tracks) {
        const nameEnd = 4 + measureStrong(track.label);
        if (rtl) expect(track.labelLeft + measureStrong(track.label)).to.be.closeTo(1000 - 4, 1e-6);
        else expect(track.labelLeft).to.equal(4);
        for (const b of track.bands.filter((band) => band.showLabel)) {
          if (rtl) expect(b.labelLeft + measure(b.label)).to.be.at.most(1000 - nameEnd);
          else expect(b.labelLeft).to.be.at.least(nameEnd);
        }
      }
    }
  });

  it("never lets an era's name run into the track's name or the next band of its row", () => {
    for (const [width, k, lang] of [
      [1000, 1, 'en'],
      [520, 1, 'zh'],
      [800, 8, 'ru'],
      [1400, 3, 'en'],
    ] as const) {
      for (const track of realModel(width, k, Date.UTC(2008, 0, 1), lang).tracks) {
        const shown = track.bands.filter((b) => b.showLabel);
        for (const [i, b] of shown.entries()) {
          // The track's name is semibold: 6–8% wider than the regular text `measure` knows (Noto Sans and
          // system sans in Chromium), so an era's name starting right after the regular width ran under it.
          expect(b.labelLeft).to.be.at.least(track.labelLeft + measure(track.label) * 1.075);
          const next = shown[i + 1];
          if (next) expect(b.labelLeft + measure(b.label)).to.be.at.most(next.band.x0);
        }
      }
    }
  });
});

describe('annotations', () => {
  it('drops a callout that would overlap one already placed, and draws none below the width threshold', () => {
    const requests = [
      { x0: 100, x1: 100, width: 80 },
      { x0: 120, x1: 120, width: 80 },
      { x0: 400, x1: 500, width: 60 },
    ];
    expect(placeAnnotations(requests, 800).map((p) => p.index)).to.deep.equal([0, 2]);
    expect(placeAnnotations(requests, ANNOTATION_MIN_WIDTH - 1)).to.deep.equal([]);
  });

  it('clips the annotated period to the view and leaves out one outside it', () => {
    const placed = placeAnnotations(
      [
        { x0: -300, x1: 200, width: 50 },
        { x0: 900, x1: 950, width: 50 },
      ],
      800,
    );
    expect(placed).to.deep.equal([{ index: 0, left: 75, x0: 0, x1: 200 }]);
  });

  it('puts the video-link note of the real series over the 25th-27th meetings', () => {
    const model = realModel(1000);
    expect(model.annotations.map((a) => a.text)).to.deep.equal(['25th–27th meetings held by video link']);
    const [note] = model.annotations;
    const xs = model.marks
      .filter((m) => note.x0 - 1 <= m.x && m.x <= note.x1 + 1)
      .map((m) => model.index.meetings[m.first].ordinal);
    expect(xs).to.deep.equal([25, 26, 27]);
  });

  /** Boxes [left, top, right, bottom] of what the chart draws. */
  type Box = [number, number, number, number];
  const overlap = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

  it('never overlaps a callout (text or leader) with a mark, a label, a track row or another callout', () => {
    let checked = 0;
    for (const [width, k, center] of [
      [1000, 1, undefined],
      [600, 1, undefined],
      [800, 4, Date.UTC(2021, 0, 1)],
      [1400, 16, Date.UTC(2021, 6, 1)],
    ] as const) {
      const model = realModel(width, k, center);
      const g = model.geometry;
      const callouts: Box[] = model.annotations.map((a) => [
        Math.min(a.left, a.x0),
        g.annotationText - 12,
        Math.max(a.left + measure(a.text), a.x1),
        g.annotationLeader + 3,
      ]);
      const marks: Box[] = model.marks.map((m) => [m.x - 13, g.mark - 13, m.x1 + 13, g.mark + 13]);
      const labels: Box[] = model.labels.map(({ text, place }) => {
        const y = g.labelRow0 + place.row * g.labelRow;
        return [place.left, y - 12, place.left + measure(text), y + 3];
      });
      const rows: Box[] = model.tracks.map((t) => [0, t.y, width, t.y + g.trackRow - 2]);
      callouts.forEach((c, i) => {
        for (const other of [...marks, ...labels, ...rows, ...callouts.filter((_, j) => j !== i)]) {
          expect(overlap(c, other), `callout ${i} at ${width}px ×${k}`).to.equal(false);
        }
        checked++;
      });
      expect(g.labelRow0 + (g.labelRows - 1) * g.labelRow).to.be.lessThan(g.axis);
    }
    expect(checked).to.be.greaterThan(0);
  });

  it('hides callouts in a narrow chart', () => {
    expect(realModel(ANNOTATION_MIN_WIDTH - 10).annotations).to.deep.equal([]);
  });
});
