/** A text-width function: `text` → px in some font. Layout code takes one as a parameter, so it stays pure. */
export type Measure = (text: string) => number;

let context: CanvasRenderingContext2D | null | undefined;
/** The font last set on `context`: setting it again parses the CSS font again, for every uncached text. */
let contextFont = '';

function useFont(font: string): CanvasRenderingContext2D | null {
  context ??= document.createElement('canvas').getContext('2d');
  if (context && contextFont !== font) {
    context.font = font;
    contextFont = font;
  }
  return context;
}
const measurers = new Map<string, Measure>();

/** Measures `text` in `font` once, for what it leaves behind: the browser has looked the font up (see warm-up.ts). */
export function touchFont(font: string, text: string): void {
  useFont(font)?.measureText(text);
}

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
        const canvas = useFont(font);
        if (canvas) {
          width = canvas.measureText(text).width;
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

const lineHeights = new Map<string, number>();

/**
 * The height of a line of SVG text in a CSS font as this engine boxes it: a 12px sans-serif line is 17px tall
 * in Chromium and 19px in Firefox and WebKit, so rows spaced by a fixed ratio of the font size touch in some.
 * Measured once per font with a probe in `root` (the element's shadow root); `fallback` while the element is
 * not rendered. CSSOM only, so it works under a strict Content-Security-Policy.
 */
export function svgLineHeight(font: string, root: ShadowRoot | HTMLElement, fallback: number): number {
  const known = lineHeights.get(font);
  if (known !== undefined) return known;
  const ns = 'http://www.w3.org/2000/svg';
  const probe = document.createElementNS(ns, 'svg');
  probe.setAttribute('aria-hidden', 'true');
  Object.assign(probe.style, {
    position: 'absolute',
    visibility: 'hidden',
    width: '0',
    height: '0',
    overflow: 'hidden',
  });
  const text = document.createElementNS(ns, 'text');
  text.style.font = font;
  text.textContent = 'Hg';
  probe.append(text);
  root.append(probe);
  // Engines differ on which box is taller (Firefox: its client rect), and a reader sees the larger; a line at a
  // fractional position is boxed a little taller (19.02px for 19px), hence the extra half pixel.
  const height = Math.ceil(Math.max(text.getBBox().height, text.getBoundingClientRect().height) + 0.5);
  probe.remove();
  if (!(height > 0)) return fallback;
  lineHeights.set(font, height);
  return height;
}

/**
 * The height (px) of a line box of `font` as the browser draws it (the font's ascent plus descent),
 * which in some fonts (Noto, CJK fallbacks) is well over 1.3 em; undefined where canvas cannot say.
 */
export function fontBoxHeight(font: string): number | undefined {
  const canvas = useFont(font);
  if (!canvas) return undefined;
  const metrics = canvas.measureText('Hg');
  const height = metrics.fontBoundingBoxAscent + metrics.fontBoundingBoxDescent;
  return Number.isFinite(height) && height > 0 ? height : undefined;
}
