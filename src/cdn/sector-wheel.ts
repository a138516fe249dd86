/**
 * The CDN build's stand-in for `src/sector-wheel/index.ts` (rollup.config.mjs redirects imports of it
 * here): the wheel, with d3-hierarchy and d3-shape, is a chunk beside meeting-viz.js
 * (`meeting-viz-wheel-<hash>.js`), loaded when a `<sector-wheel>` first appears on the page, so a page
 * with only a timeline does not carry it. `SectorWheel` is a live binding: the class once loaded.
 */
import type { SectorWheel as SectorWheelClass } from '../sector-wheel/sector-wheel.js';
import { lazyElement } from './autoload.js';

export { GroupSelectEvent, SectorSelectEvent } from '../shared/events.js';
export type { SectorSelectDetail, GroupSelectDetail } from '../shared/events.js';
export type { WheelModel, WheelSector, WheelGroup } from '../sector-wheel/model.js';

/** The `<sector-wheel>` class once its chunk has loaded (`customElements.whenDefined('sector-wheel')` resolves with it too). */
export let SectorWheel: typeof SectorWheelClass | undefined;

/** Loads and defines `<sector-wheel>` now, e.g. for a wheel inside another element's shadow root. Resolves to the class. */
export const loadSectorWheel: () => Promise<typeof SectorWheelClass> = lazyElement(
  'sector-wheel',
  () => import('./wheel.js').then((chunk) => chunk.SectorWheel),
  (element) => (SectorWheel = element),
);
