import { expect } from 'chai';
import {
  CATEGORICAL_PALETTE,
  THEME_BACKGROUNDS,
  contrastRatio,
  paletteColour,
  parseHex,
} from '../../src/shared/palette.js';
import { DEFICIENCIES, perceivedDistance, type Deficiency } from '../../src/shared/colour-vision.js';

describe('palette', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).to.be.closeTo(21, 0.01);
    expect(contrastRatio('#777777', '#ffffff')).to.be.closeTo(4.48, 0.01);
    expect(contrastRatio('#fff', '#ffffff')).to.equal(1);
  });

  for (const [theme, background] of Object.entries(THEME_BACKGROUNDS)) {
    it(`meets 3:1 non-text contrast against the ${theme} background (${background})`, () => {
      for (const colour of CATEGORICAL_PALETTE) expect(contrastRatio(colour, background), colour).to.be.at.least(3);
    });
  }

  for (const deficiency of Object.keys(DEFICIENCIES) as Deficiency[]) {
    it(`keeps every pair of colours apart (ΔE > 15) with ${deficiency}`, () => {
      const n = CATEGORICAL_PALETTE.length;
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          const distance = perceivedDistance(CATEGORICAL_PALETTE[i], CATEGORICAL_PALETTE[j], deficiency);
          expect(distance, `${CATEGORICAL_PALETTE[i]} vs ${CATEGORICAL_PALETTE[j]}`).to.be.above(15);
        }
      }
    });
  }

  it('cycles through the colours for more categories', () => {
    expect(paletteColour(CATEGORICAL_PALETTE.length + 1)).to.equal(CATEGORICAL_PALETTE[1]);
    expect(paletteColour(-1)).to.equal(CATEGORICAL_PALETTE[CATEGORICAL_PALETTE.length - 1]);
  });

  it('parses only hex colours', () => {
    expect(parseHex('#0af')).to.deep.equal([0, 170, 255]);
    expect(parseHex('red')).to.equal(undefined);
  });
});
