/**
 * The CDN build's stand-in for d3-transition (rollup.config.mjs aliases it). d3-zoom imports
 * d3-transition only to interrupt transitions it may have started; the timeline never starts one
 * (zoom duration 0; Lit draws each frame), so the real module, with d3-color, d3-interpolate's
 * colour code, d3-ease and d3-timer, would be dead weight (about 10 KB gzip of a 60 KB budget).
 * A call that needs a real transition fails loudly: `selection.transition` does not exist here.
 */
import { selection } from 'd3-selection';

/** Nothing to interrupt: no transition ever runs. */
export function interrupt(): void {}

// d3-transition adds selection.interrupt(); d3-zoom calls it before setting a transform.
(selection.prototype as unknown as { interrupt: () => unknown }).interrupt = function (this: unknown) {
  return this;
};
