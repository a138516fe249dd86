let context: CanvasRenderingContext2D | null | undefined;

/**
 * A text-width function for a CSS font (`12px system-ui`), measured with canvas `measureText` in
 * the real font rather than guessed per character, and cached per text. Layout code takes the
 * function as a parameter, so it stays pure and testable. Where canvas is unavailable, widths are
 * estimated from `fallbackCharWidth`.
 */
export function textMeasurer(font: string, fallbackCharWidth: number): (text: string) => number {
  const cache = new Map<string, number>();
  return (text) => {
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
}

/**
 * The height (px) of a line box of `font` as the browser draws it (the font's ascent plus descent),
 * which in some fonts (Noto, CJK fallbacks) is well over 1.3 em; undefined where canvas cannot say.
 */
export function fontBoxHeight(font: string): number | undefined {
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return undefined;
  context.font = font;
  const metrics = context.measureText('Hg');
  const height = metrics.fontBoundingBoxAscent + metrics.fontBoundingBoxDescent;
  return Number.isFinite(height) && height > 0 ? height : undefined;
}
