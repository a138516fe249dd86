import { expect } from 'chai';
import { firstInOrder } from '../../src/meeting-map/model.js';

describe('firstInOrder', () => {
  const byCount = (a: { count: number }, b: { count: number }) => b.count - a.count;
  const items = [
    { id: 'a', count: 1 },
    { id: 'b', count: 3 },
    { id: 'c', count: 1 },
    { id: 'd', count: 3 },
    { id: 'e', count: 2 },
    { id: 'f', count: 5 },
  ];

  it('gives the first k in order, as a stable sort cut to k would', () => {
    for (let k = 0; k <= items.length + 1; k++) {
      const sorted = [...items].sort(byCount).slice(0, k);
      expect(firstInOrder(items, k, byCount).map((i) => i.id)).to.deep.equal(sorted.map((i) => i.id));
    }
  });

  it('keeps ties in the order they are given', () => {
    const ties = Array.from({ length: 50 }, (_, i) => ({ id: `p${i}`, count: 1 }));
    expect(firstInOrder(ties, 3, byCount).map((i) => i.id)).to.deep.equal(['p0', 'p1', 'p2']);
  });

  it('leaves its input as it was', () => {
    const copy = items.map((i) => i.id);
    firstInOrder(items, 2, byCount);
    expect(items.map((i) => i.id)).to.deep.equal(copy);
  });
});
