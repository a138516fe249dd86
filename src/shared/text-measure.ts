/** A text-width function: `text` → px in some font. Layout code takes one as a parameter, so it stays pure. */
export type Measure = (text: string) => number;

let context: CanvasRenderingContext2D | null | undefined;
const measurers = new Map<string, Measure>();

/**
 * A text-width function for a CSS font (`12px system-ui`), measured with canvas `measureText` in
 * the real font rather than guessed per character, and cached per text. There is one per font: the
 * widths stay cached until the font changes. Where canvas is unavailable, widths are estimated from
 * `fallbackCharWidth`.
 */
export function textMeasurer(font: string, fallbackCharWidth: number): Measure {
  const key = `${font}|${fallbackCharWidth}`;
  let measure = measurers.get(key);
  if (!measure) {
    const cache = new Map<string, number>();
    measure = (text) => {
      let width = cache.get(text);
      if (width === undefined) {
        context ??= document.createElement('canvas').getContext('2d');
        if (context) {
          context.font = font;
          width = context.measureText(text).width;
        } else {
          width = text.length * fallbackCharWidth;
        }
        cache.set(text, width);
      }
      return width;
    };
    measurers.set(key, measure);
  }
  return measure;
}
