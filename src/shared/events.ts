/**
 * The events elements fire, as classes (bubbling, composed), one way for every element: a listener gets
 * a typed `event.detail` through `GlobalEventHandlersEventMap`.
 */
import type { MapPlace } from '../meeting-map/model.js';

/** Detail of `place-select`: the place chosen on a `<meeting-map>`, or `id: null` when the choice was cleared. */
export interface PlaceSelectDetail {
  /** The place's id (e.g. `moscow`), or null when nothing is selected any more. */
  id: string | null;
  /** The place: name, country, coordinates and its meetings in time order; null when cleared. */
  place: MapPlace | null;
  /** Ids of the meetings held there, in time order (empty when cleared). */
  meetings: string[];
}

/** A place was selected on a `<meeting-map>` (click, tap, Enter), or the selection was cleared. */
export class PlaceSelectEvent extends Event {
  static readonly type = 'place-select';
  readonly detail: PlaceSelectDetail;

  constructor(detail: PlaceSelectDetail) {
    super(PlaceSelectEvent.type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'place-select': PlaceSelectEvent;
  }
}
