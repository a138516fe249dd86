import { periodFormat } from '../data/dates.js';
import { textMeasurer } from './text-measure.js';

let scheduled = false;

/**
 * Once per page, while the browser is idle after the elements are defined: builds what every
 * element's first render otherwise pays for on a cold page — the locale data of the page's date
 * format (the first `Intl.DateTimeFormat`, ~20–50 ms) and the canvas that measures text. An element
 * created before the idle period simply builds them itself, as before.
 */
export function warmUpWhenIdle(): void {
  if (scheduled || typeof window === 'undefined') return;
  scheduled = true;
  const idle = window.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 1));
  idle(() => {
    periodFormat(document.documentElement.lang || navigator.language || 'en', 'day');
    textMeasurer('12px sans-serif', 7)('0');
  });
}
