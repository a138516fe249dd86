/**
 * The CDN build's stand-in for `src/meeting-card/index.ts` (rollup.config.mjs redirects imports of it
 * here, the timeline's among them): the card is a chunk beside meeting-viz.js
 * (`meeting-viz-card-<hash>.js`), loaded when a `<meeting-card>` first appears on the page or a
 * timeline opens its detail panel. `MeetingCard` is a live binding: the class once loaded.
 */
import type { MeetingCard as MeetingCardClass } from '../meeting-card/meeting-card.js';
import { lazyElement } from './autoload.js';

/** The `<meeting-card>` class once its chunk has loaded (`customElements.whenDefined('meeting-card')` resolves with it too). */
export let MeetingCard: typeof MeetingCardClass | undefined;

/** Loads and defines `<meeting-card>` now, e.g. for a card inside another element's shadow root. Resolves to the class. */
export const loadMeetingCard: () => Promise<typeof MeetingCardClass> = lazyElement(
  'meeting-card',
  () => import('./card.js').then((chunk) => chunk.MeetingCard),
  (element) => (MeetingCard = element),
);
