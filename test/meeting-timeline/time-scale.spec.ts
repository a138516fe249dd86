import { expect } from 'chai';
import { zoomIdentity } from 'd3-zoom';
import { timeScale } from '../../src/meeting-timeline/layout.js';

describe('timeScale', () => {
  const y2000 = Date.UTC(2000, 0, 1);
  const y2020 = Date.UTC(2020, 0, 1);

  it('maps time to pixels linearly and back', () => {
    const scale = timeScale([y2000, y2020], [0, 1000]);
    expect(scale(y2000)).to.equal(0);
    expect(scale(new Date(y2020))).to.equal(1000);
    expect(scale((y2000 + y2020) / 2)).to.equal(500);
    expect(scale.invert(500)).to.equal((y2000 + y2020) / 2);
  });

  it('is rescaled by a d3-zoom transform without changing the original', () => {
    const scale = timeScale([y2000, y2020], [0, 1000]);
    const zoomed = zoomIdentity.translate(-500, 0).scale(2).rescaleX(scale);
    expect(zoomed.domain()).to.deep.equal([y2000 + (y2020 - y2000) / 4, y2000 + ((y2020 - y2000) * 3) / 4]);
    expect(zoomed.range()).to.deep.equal([0, 1000]);
    expect(scale.domain()).to.deep.equal([y2000, y2020]);
  });

  it('does not divide by zero for an empty domain or range', () => {
    const scale = timeScale([y2000, y2000], [10, 10]);
    expect(Number.isFinite(scale(y2000))).to.equal(true);
    expect(Number.isFinite(scale.invert(10))).to.equal(true);
  });
});
