/**
 * Text widths without a browser: the sum of each character's advance in the fonts the static
 * files name, from the table `font-widths.ts` carries (no kerning: labels get a few px of slack).
 */
import { FALLBACK_WIDTH, FONT_WIDTH_RANGES, IDEOGRAPH_WIDTH } from './font-widths.js';

const widths = new Map<number, number>();
for (const [from, list] of FONT_WIDTH_RANGES) list.forEach((w, i) => widths.set(from + i, w));

const isIdeograph = (code: number) =>
  (code >= 0x2e80 && code <= 0x9fff) ||
  (code >= 0xac00 && code <= 0xd7af) ||
  (code >= 0xf900 && code <= 0xfaff) ||
  (code >= 0x20000 && code <= 0x3ffff);

/** A `measure(text) => px` for `fontSize` px text in the static font, cached per text. */
export function staticMeasurer(fontSize: number): (text: string) => number {
  const cache = new Map<string, number>();
  return (text) => {
    let width = cache.get(text);
    if (width === undefined) {
      let sum = 0;
      for (const char of text) {
        const code = char.codePointAt(0)!;
        sum += widths.get(code) ?? (isIdeograph(code) ? IDEOGRAPH_WIDTH : FALLBACK_WIDTH);
      }
      width = (sum * fontSize) / 1000;
      cache.set(text, width);
    }
    return width;
  };
}
