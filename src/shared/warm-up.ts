import { periodFormat } from '../data/dates.js';
import { countryName } from '../data/places.js';
import { formatCompact, messageTools } from './lang.js';
import { touchFont } from './text-measure.js';
import { TYPE_SCALE } from './theme.js';

let scheduled = false;

/** What a first render builds once per page, in the order it needs it: one step per idle period. */
function steps(lang: string): Array<() => void> {
  const tools = messageTools(lang);
  return [
    // The locale data of the page's date formats (the first Intl.DateTimeFormat, ~20–50 ms): dates,
    // the summary's months and the axis's years.
    () => (periodFormat(lang, 'day'), periodFormat(lang, 'month'), periodFormat(lang, 'year')),
    // Counts in words (plural rules, numbers) and a cluster's count.
    () => (tools.plural(2, { other: '#' }), formatCompact(2, lang)),
  ];
}

/**
 * Once per page, while the browser is idle after the elements are defined: builds what every
 * element's first render otherwise pays for on a cold page — the locale data of the page's date,
 * number and plural formats — one step per idle period, so no step holds up the reader's input for
 * long. An element created before then simply builds what it needs itself, as before. (`startFonts`
 * makes the canvas that measures text.)
 */
export function warmUpWhenIdle(): void {
  if (scheduled || typeof window === 'undefined') return;
  scheduled = true;
  const idle = window.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 1));
  let queue: Array<() => void> | undefined;
  const run = () => {
    queue ??= steps(document.documentElement.lang || navigator.language || 'en');
    queue.shift()!();
    if (queue.length) idle(run);
  };
  idle(run);
}

/** Runs `steps` a task each, in order; a step that throws is skipped (the first drawing then does that work itself). */
function taskEach(steps: Array<() => unknown>): void {
  const next = () => {
    try {
      steps.shift()!();
    } catch {
      // a language ICU does not know, no canvas: nothing to warm
    }
    if (steps.length) setTimeout(next);
  };
  setTimeout(next);
}

const started = new Set<string>();

/**
 * Starts ICU for `lang` while an element's data is on its way, once per language: the first Intl format
 * a page builds loads ICU's locale data, 15 ms at once on a laptop and 50–70 on a phone. Its parts — the
 * locale, numbers, dates, region names — in a task each keep every task short; the first drawing then
 * finds them ready.
 */
export function startIntl(lang: string): void {
  if (started.has(lang) || typeof setTimeout === 'undefined') return;
  started.add(lang);
  taskEach([
    () => new Intl.Locale(lang).maximize(),
    () => new Intl.NumberFormat(lang).format(0),
    () => periodFormat(lang, 'day'),
    () => countryName('CN', lang),
  ]);
}

/** A word in the script of each language whose letters Latin fonts lack: its font is looked up too. */
const SCRIPT_WORDS: Record<string, string> = { zh: '会晤', ru: 'Встреча', ar: 'اجتماع' };

const fontsStarted = new Set<string>();

/**
 * Looks up the fonts of the type scale (small, body and large; normal and 700; the body in italic) while an
 * element's data is on its way, once per language. A browser finds a font the first time a page lays out
 * text in its size and weight — in Chromium on Linux a round trip to the font service, 10–15 ms each on a
 * phone — and the elements' first drawing otherwise pays for all of them inside one layout. A word measured
 * on a canvas in each, a task each, leaves that layout only the text itself.
 */
export function startFonts(host: HTMLElement, lang: string): void {
  const script = lang.toLowerCase().split('-')[0];
  if (fontsStarted.has(script) || typeof setTimeout === 'undefined') return;
  fontsStarted.add(script);
  const word = `Meeting 2025 ${SCRIPT_WORDS[script] ?? ''}`;
  // The host's family and size are read in the first task, not as it connects (no style recalculation there).
  let fonts: string[] | undefined;
  const font = (i: number) => {
    if (!fonts) {
      const style = getComputedStyle(host);
      const body = parseFloat(style.fontSize) || 14;
      const [small, large] = [body * TYPE_SCALE.small, body * TYPE_SCALE.large];
      fonts = [`${body}px`, `700 ${body}px`, `${small}px`, `700 ${small}px`, `italic ${body}px`, `700 ${large}px`].map(
        (size) => `${size} ${style.fontFamily || 'sans-serif'}`,
      );
    }
    return fonts[i];
  };
  taskEach([0, 1, 2, 3, 4, 5].map((i) => () => touchFont(font(i), word)));
}
