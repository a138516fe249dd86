/**
 * How a colour looks with a colour-vision deficiency, and how far apart two colours then look:
 * for palette tests (the shared palette, the timeline's host colours). Pure; not used at run time.
 */
import { linearChannel, parseHex } from './palette.js';

export type Deficiency = 'protanopia' | 'deuteranopia' | 'tritanopia' | 'none';

/** Machado, Oliveira & Fernandes (2009) full-severity simulation matrices, in linear RGB. */
export const DEFICIENCIES: Record<Deficiency, readonly (readonly number[])[]> = {
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

/** A hex colour as a reader with `deficiency` sees it, in CIELAB; NaNs for anything but a hex colour. */
export function seenAs(hex: string, deficiency: Deficiency): number[] {
  const rgb = parseHex(hex)?.map(linearChannel);
  if (!rgb) return [NaN, NaN, NaN];
  return lab(DEFICIENCIES[deficiency].map((row) => row[0] * rgb[0] + row[1] * rgb[1] + row[2] * rgb[2]));
}

/** The CIELAB distance (ΔE 1976) between two hex colours as a reader with `deficiency` sees them. */
export function perceivedDistance(a: string, b: string, deficiency: Deficiency): number {
  const [la, lb] = [seenAs(a, deficiency), seenAs(b, deficiency)];
  return Math.hypot(...la.map((v, k) => v - lb[k]));
}
