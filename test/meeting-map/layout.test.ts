import { expect } from '@open-wc/testing';
import { isWorldView, layoutMap, maxRadius, radius, routePath, type PlacePoint } from '../../src/meeting-map/layout.js';
import { placeLabels } from '../../src/meeting-map/labels.js';
import { mapKeyAction } from '../../src/meeting-map/keyboard.js';

const places: PlacePoint[] = [
  { id: 'spb', lat: 59.94, lon: 30.31, count: 4 },
  { id: 'moscow', lat: 55.75, lon: 37.62, count: 9 },
  { id: 'beijing', lat: 39.91, lon: 116.4, count: 12 },
  { id: 'hangzhou', lat: 30.29, lon: 120.16, count: 1 },
  { id: 'shanghai', lat: 31.22, lon: 121.46, count: 1 },
];

describe('layoutMap', () => {
  it('fits the places inside the map, with room for their marks', () => {
    for (const width of [320, 800, 1400]) {
      const layout = layoutMap(places, { width });
      expect(layout.world).to.equal(false);
      expect(layout.width).to.equal(width);
      expect(layout.height).to.be.within(width * 0.45, width * 0.8);
      for (const m of layout.marks) {
        expect(m.x - m.r, `${m.id} at ${width}`).to.be.at.least(0);
        expect(m.x + m.r).to.be.at.most(width);
        expect(m.y - m.r).to.be.at.least(0);
        expect(m.y + m.r).to.be.at.most(layout.height);
      }
    }
  });

  it('keeps west to the left and north up', () => {
    const { marks } = layoutMap(places, { width: 800 });
    const at = Object.fromEntries(marks.map((m) => [m.id, m]));
    expect(at.spb.x).to.be.below(at.moscow.x);
    expect(at.moscow.x).to.be.below(at.beijing.x);
    expect(at.spb.y).to.be.below(at.moscow.y);
    expect(at.beijing.y).to.be.below(at.hangzhou.y);
  });

  it('sizes marks by area: four times the meetings, twice the radius', () => {
    expect(radius(4, 16, 20)).to.equal(10);
    expect(radius(16, 16, 20)).to.equal(20);
    expect(radius(1, 10_000, 20)).to.equal(3.5);
    expect(maxRadius(800, 500, 5)).to.equal(20);
    expect(maxRadius(320, 200, 5)).to.be.below(12);
    expect(maxRadius(800, 500, 10_000)).to.be.below(4);
  });

  it('shows the world when places are spread wide, or when there are none', () => {
    expect(isWorldView(places)).to.equal(false);
    expect(isWorldView([])).to.equal(true);
    expect(isWorldView([...places, { id: 'lima', lat: -12.05, lon: -77.04, count: 1 }])).to.equal(true);
    const layout = layoutMap(
      [
        { id: 'lima', lat: -12.05, lon: -77.04, count: 1 },
        { id: 'tokyo', lat: 35.69, lon: 139.69, count: 1 },
      ],
      { width: 600 },
    );
    expect(layout.world).to.equal(true);
    expect(layout.outline).to.match(/^M/);
  });

  it('shows the surroundings of a single place', () => {
    const layout = layoutMap([{ id: 'oslo', lat: 59.91, lon: 10.75, count: 1 }], { width: 400 });
    expect(layout.marks[0].x).to.be.closeTo(200, 1);
    expect(layout.marks[0].y).to.be.closeTo(layout.height / 2, layout.height / 4);
  });

  it('draws GeoJSON in the projection and nothing for anything else', () => {
    const layout = layoutMap(places, { width: 600 });
    expect(layout.path({ type: 'Point', coordinates: [37.62, 55.75] })).to.match(/^M/);
    expect(layout.path({ nonsense: true })).to.equal('');
    expect(layout.path(undefined)).to.equal('');
  });
});

describe('routePath', () => {
  const marks = [
    { id: 'a', x: 0, y: 0, r: 5 },
    { id: 'b', x: 100, y: 0, r: 5 },
  ];
  it('draws one leg per change of place, each repeat bowing further out', () => {
    const d = routePath(['a', 'b', 'b', 'a', 'b'], marks);
    const legs = d.match(/M[^M]+/g)!;
    expect(legs).to.have.length(3);
    const bow = (leg: string) => Math.abs(Number(/Q[\d.-]+,([\d.-]+)/.exec(leg)![1]));
    expect(bow(legs[2])).to.be.above(bow(legs[0]));
  });
  it('skips places that are not drawn', () => {
    expect(routePath(['a', 'x', 'b'], marks)).to.equal('');
  });
});

describe('placeLabels', () => {
  const measure = (text: string) => text.length * 7;
  const texts = new Map([
    ['a', 'Alpha'],
    ['b', 'Bravo'],
    ['c', 'Charlie'],
  ]);

  it('puts a label to the right of its mark when there is room', () => {
    const [label] = placeLabels([{ id: 'a', x: 50, y: 50, r: 5 }], texts, {
      width: 300,
      height: 100,
      measure,
      lineHeight: 16,
    });
    expect(label).to.deep.include({ id: 'a', anchor: 'start', x: 58, y: 50 });
  });

  it('moves a label to the left at the right edge', () => {
    const [label] = placeLabels([{ id: 'a', x: 290, y: 50, r: 5 }], texts, {
      width: 300,
      height: 100,
      measure,
      lineHeight: 16,
    });
    expect(label.anchor).to.equal('end');
  });

  it('never lets labels overlap, the most important placed first', () => {
    const marks = [
      { id: 'a', x: 50, y: 50, r: 5 },
      { id: 'b', x: 60, y: 50, r: 5 },
      { id: 'c', x: 55, y: 55, r: 5 },
    ];
    const labels = placeLabels(marks, texts, { width: 120, height: 100, measure, lineHeight: 16 });
    expect(labels[0].id).to.equal('a');
    const boxes = labels.map((l) => {
      const w = measure(l.text);
      const x0 = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2;
      return { x0, x1: x0 + w, y0: l.y - 8, y1: l.y + 8 };
    });
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [p, q] = [boxes[i], boxes[j]];
        expect(
          p.x1 <= q.x0 || q.x1 <= p.x0 || p.y1 <= q.y0 || q.y1 <= p.y0,
          `${labels[i].id} / ${labels[j].id}`,
        ).to.equal(true);
      }
  });

  it('leaves out a label with no free spot', () => {
    const marks = [
      { id: 'a', x: 50, y: 10, r: 5 },
      { id: 'b', x: 60, y: 10, r: 5 },
    ];
    expect(
      placeLabels(marks, texts, { width: 80, height: 20, measure, lineHeight: 16 }).map((l) => [l.id, l.anchor]),
    ).to.deep.equal([['a', 'end']]);
  });

  it('labels at most `limit` places', () => {
    const marks = Array.from({ length: 50 }, (_, i) => ({
      id: `p${i}`,
      x: (i % 10) * 100,
      y: Math.floor(i / 10) * 40 + 20,
      r: 2,
    }));
    const names = new Map(marks.map((m) => [m.id, 'P']));
    expect(placeLabels(marks, names, { width: 1000, height: 220, measure, lineHeight: 16, limit: 7 })).to.have.length(
      7,
    );
  });
});

describe('mapKeyAction', () => {
  it('moves west and east, to the ends, and stops at them', () => {
    expect(mapKeyAction('ArrowRight', 1, 5)).to.deep.equal({ move: 2 });
    expect(mapKeyAction('ArrowDown', 4, 5)).to.deep.equal({ move: 4 });
    expect(mapKeyAction('ArrowLeft', 0, 5)).to.deep.equal({ move: 0 });
    expect(mapKeyAction('ArrowUp', 3, 5)).to.deep.equal({ move: 2 });
    expect(mapKeyAction('Home', 3, 5)).to.deep.equal({ move: 0 });
    expect(mapKeyAction('End', 0, 5)).to.deep.equal({ move: 4 });
  });
  it('starts from the westernmost place, selects with Enter or Space, clears with Escape', () => {
    expect(mapKeyAction('ArrowRight', undefined, 5)).to.deep.equal({ move: 0 });
    expect(mapKeyAction('Enter', undefined, 5)).to.deep.equal({ move: 0 });
    expect(mapKeyAction('Enter', 2, 5)).to.deep.equal({ select: 2 });
    expect(mapKeyAction(' ', 2, 5)).to.deep.equal({ select: 2 });
    expect(mapKeyAction('Escape', 2, 5)).to.deep.equal({ clear: true });
  });
  it('leaves other keys, and an empty map, alone', () => {
    expect(mapKeyAction('Tab', 1, 5)).to.equal(undefined);
    expect(mapKeyAction('ArrowRight', undefined, 0)).to.equal(undefined);
  });
});
