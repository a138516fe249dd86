import { expect } from 'chai';
import {
  CATEGORICAL_PALETTE,
  THEME_BACKGROUNDS,
  contrastRatio,
  linearChannel,
  paletteColour,
  parseHex,
} from '../../src/shared/palette.js';

// Machado, Oliveira & Fernandes (2009) full-severity simulation matrices, in linear RGB.
const DEFICIENCIES: Record<string, number[][]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
  none: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
};

/** CIELAB (D65) of a linear-RGB colour. */
function lab([r, g, b]: number[]): number[] {
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  [r, g, b] = [r, g, b].map(clamp);
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

function seenAs(hex: string, matrix: number[][]): number[] {
  const rgb = parseHex(hex)!.map(linearChannel);
  return lab(matrix.map((row) => row[0] * rgb[0] + row[1] * rgb[1] + row[2] * rgb[2]));
}

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

  for (const [deficiency, matrix] of Object.entries(DEFICIENCIES)) {
    it(`keeps every pair of colours apart (ΔE > 15) with ${deficiency}`, () => {
      const labs = CATEGORICAL_PALETTE.map((c) => seenAs(c, matrix));
      for (let i = 0; i < labs.length; i++) {
        for (let j = i + 1; j < labs.length; j++) {
          const distance = Math.hypot(...labs[i].map((v, k) => v - labs[j][k]));
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
