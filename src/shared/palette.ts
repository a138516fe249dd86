/**
 * A categorical palette every element can share. The eight colours start from Okabe & Ito's
 * colour-blind-safe set and were chosen so that
 * - each meets WCAG 2.x non-text contrast (3:1) against both theme backgrounds (`#ffffff` and `#0d1117`),
 *   so a wedge or mark stays visible in light and dark themes alike;
 * - any two stay apart (CIELAB ΔE > 15) for readers with protanopia, deuteranopia or tritanopia.
 * Both properties are checked in `test/shared/palette.spec.ts`.
 */
export const CATEGORICAL_PALETTE: readonly string[] = [
  '#0072B2', // blue
  '#D55E00', // vermillion
  '#009E73', // bluish green
  '#8056E1', // violet
  '#BA217D', // magenta
  '#C72323', // red
  '#4747FF', // bright blue
  '#FF476C', // pink
];

/** The default page backgrounds of the light and dark themes (see `theme.ts`), for contrast checks. */
export const THEME_BACKGROUNDS = { light: '#ffffff', dark: '#0d1117' } as const;

/** The palette colour for the `index`-th category; cycles when there are more categories than colours. */
export function paletteColour(index: number): string {
  const n = CATEGORICAL_PALETTE.length;
  return CATEGORICAL_PALETTE[((Math.trunc(index) % n) + n) % n];
}

/** `#rgb` or `#rrggbb` as three channels 0–255, or undefined for anything else. */
export function parseHex(colour: string): [number, number, number] | undefined {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim());
  if (!match) return undefined;
  const hex = match[1].length === 3 ? [...match[1]].map((c) => c + c).join('') : match[1];
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

/** One sRGB channel (0–255) in linear light (0–1). */
export function linearChannel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a hex colour (0 black – 1 white); NaN when it is not a hex colour. */
export function relativeLuminance(colour: string): number {
  const rgb = parseHex(colour);
  if (!rgb) return NaN;
  const [r, g, b] = rgb.map(linearChannel);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two hex colours, from 1 (same) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const [high, low] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (high + 0.05) / (low + 0.05);
}
