/** The card's test harness: wait until it has loaded and rendered; read its text. */
import { oneEvent } from '@open-wc/testing';
import '../../src/meeting-card/index.js';
import type { MeetingCard } from '../../src/meeting-card/meeting-card.js';

export { $, $$, click, realSeries, REAL_SERIES_URL } from '../fixtures/browser.js';

/** The card's shadow root, after loading and rendering. */
export async function settle(el: MeetingCard): Promise<ShadowRoot> {
  if (el.hasAttribute('loading') || (el.src && !el.shadowRoot!.querySelector('article, [role=alert], [role=status]'))) {
    await oneEvent(el, 'data-loaded');
  }
  await el.updateComplete;
  return el.shadowRoot!;
}

/** The text of each element matching `selector`, with runs of white space as one space. */
export const textOf = (root: ParentNode, selector: string) =>
  [...root.querySelectorAll(selector)].map((n) => n.textContent!.replace(/\s+/g, ' ').trim());
