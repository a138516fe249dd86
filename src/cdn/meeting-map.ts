/**
 * The CDN build's stand-in for `src/meeting-map/index.ts` (rollup.config.mjs redirects imports of it
 * here): the map element and its geometry are one chunk beside meeting-viz.js
 * (`meeting-viz-geo-<hash>.js`), loaded when a `<meeting-map>` first appears on the page, so the core
 * file carries none of the map. `MeetingMap` is a live binding: the class once the chunk has loaded.
 */
import type { MeetingMap as MeetingMapClass } from '../meeting-map/meeting-map.js';
import { lazyElement } from './autoload.js';

export { PlaceSelectEvent, type PlaceSelectDetail } from '../shared/events.js';
export type { MapModel, MapPlace, MapCountry } from '../meeting-map/model.js';

/** The `<meeting-map>` class once its chunk has loaded (`customElements.whenDefined('meeting-map')` resolves with it too). */
export let MeetingMap: typeof MeetingMapClass | undefined;

/**
 * Loads and defines `<meeting-map>` now, e.g. for a map inside another element's shadow root, which
 * the autoloader does not see. Resolves to the class.
 */
export const loadMeetingMap: () => Promise<typeof MeetingMapClass> = lazyElement(
  'meeting-map',
  () => import('./geo.js').then((chunk) => chunk.MeetingMap),
  (element) => (MeetingMap = element),
);
