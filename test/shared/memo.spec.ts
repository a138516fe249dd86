import { expect } from 'chai';
import { memoize } from '../../src/shared/memo.js';

describe('memoize', () => {
  it('computes again only when an argument changed', () => {
    let runs = 0;
    const area = memoize((width: number, height: number) => (runs++, { area: width * height }));
    const first = area(2, 3);
    expect(area(2, 3)).to.equal(first);
    expect(runs).to.equal(1);
    expect(area(2, 4)).to.deep.equal({ area: 8 });
    expect(runs).to.equal(2);
  });

  it('compares objects by identity, not by content', () => {
    const size = memoize((box: { w: number }) => ({ w: box.w }));
    const box = { w: 1 };
    expect(size(box)).to.equal(size(box));
    expect(size({ w: 1 })).to.not.equal(size(box));
  });
});
