import type { CSSResultOrNative } from 'lit';
import { periodFormat } from '../data/dates.js';
import { formatCompact, messageTools } from './lang.js';
import { textMeasurer } from './text-measure.js';

let scheduled = false;
const elements = new Set<CustomElementConstructor>();

/** What a first render builds once per page, in the order it needs it: one step per idle period. */
function steps(lang: string): Array<() => void> {
  const tools = messageTools(lang);
  return [
    // The locale data of the page's date formats (the first Intl.DateTimeFormat, ~20–50 ms): dates,
    // the summary's months and the axis's years.
    () => periodFormat(lang, 'day'),
    () => (periodFormat(lang, 'month'), periodFormat(lang, 'year')),
    // Counts in words (plural rules, numbers), a cluster's count, the summary's list of hosts.
    () => tools.plural(2, { other: '#' }),
    () => formatCompact(2, lang),
    () => tools.list(['a', 'b']),
    () => textMeasurer('12px sans-serif', 7)('0'),
    // The elements' style sheets, parsed once per page (Lit builds each on first use, in the first connect).
    () => {
      for (const element of elements) {
        const styles = (element as { elementStyles?: CSSResultOrNative[] }).elementStyles ?? [];
        for (const style of styles) void (style as { styleSheet?: CSSStyleSheet }).styleSheet;
      }
    },
  ];
}

/**
 * Once per page, while the browser is idle after the elements are defined: builds what every
 * element's first render otherwise pays for on a cold page — the locale data of the page's date,
 * number and plural formats, the canvas that measures text and the elements' style sheets — one
 * step per idle period, so no step delays the reader's input for long. An element created before then
 * simply builds what it needs itself, as before.
 */
export function warmUpWhenIdle(element?: CustomElementConstructor): void {
  if (element) elements.add(element);
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
