/**
 * Every event the elements fire, one class each. All bubble and are composed (they cross shadow
 * roots), and carry their data in `detail` as a CustomEvent would, so `event.detail` readers,
 * `@lit/react` wrappers and framework bindings work unchanged. Names are plain (`meeting-select`,
 * no prefix): each says what happened, in the reader's words. Fire them one way, with
 * `fire(this, new MeetingSelectEvent({ id, meeting }))`; the element's JSDoc names each with
 * `@fires {MeetingSelectEvent} meeting-select - …` for custom-elements.json.
 */
import type { Meeting } from '../data/schema.js';
import type { Problem } from '../data/validate.js';
import type { WheelSector } from '../sector-wheel/model.js';
import type { MapPlace } from '../meeting-map/model.js';

/** What every meeting-viz event shares: bubbles, composed, and a `detail`. */
export abstract class MeetingVizEvent<D> extends Event {
  readonly detail: D;

  constructor(type: string, detail: D) {
    super(type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

/** Fires `event` from `target`: the one way elements and controllers fire their events. */
export function fire<D>(target: EventTarget, event: MeetingVizEvent<D>): boolean {
  return target.dispatchEvent(event);
}

/** Detail of `data-loaded`. */
export interface DataLoadedDetail {
  /** How many valid meetings were loaded. */
  count: number;
}

/** Detail of `data-error`. */
export interface DataErrorDetail {
  /** One sentence for people. */
  message: string;
  /** Each problem found in the data, with its JSON path; empty when loading itself failed. */
  problems: Problem[];
}

/** Detail of `meeting-select`. */
export interface MeetingSelectDetail {
  id: string;
  meeting: Meeting;
}

/** Detail of `filter-change`. */
export interface FilterChangeDetail {
  sectors: string[];
}

/** Detail of `zoom-change`: the scale factor and the visible period. */
export interface ZoomChangeDetail {
  k: number;
  start: Date;
  end: Date;
}

/** Detail of `sector-select`. */
export interface SectorSelectDetail {
  id: string;
  sector: WheelSector;
  /** Ids of the meetings in scope that touch the sector. */
  meetings: string[];
}

/** Detail of `group-select`: the group drilled into, or `id: null` when zooming back out to the whole wheel. */
export interface GroupSelectDetail {
  id: string | null;
  /** The group's label in the element's language, or null for the whole wheel. */
  label: string | null;
  /** Ids of the sectors now shown. */
  sectors: string[];
}

/** `data-loaded`: the data was loaded and validated, and the element has drawn it (any element). */
export class DataLoadedEvent extends MeetingVizEvent<DataLoadedDetail> {
  constructor(detail: DataLoadedDetail) {
    super('data-loaded', detail);
  }
}

/** `data-error`: loading or validation failed, or some records (or the requested meeting) could not be shown (any element). */
export class DataErrorEvent extends MeetingVizEvent<DataErrorDetail> {
  constructor(detail: DataErrorDetail) {
    super('data-error', detail);
  }
}

/** `meeting-select`: the reader selected a meeting on a timeline. */
export class MeetingSelectEvent extends MeetingVizEvent<MeetingSelectDetail> {
  constructor(detail: MeetingSelectDetail) {
    super('meeting-select', detail);
  }
}

/** `filter-change`: the reader changed (cleared) a timeline's sector filter. */
export class FilterChangeEvent extends MeetingVizEvent<FilterChangeDetail> {
  constructor(detail: FilterChangeDetail) {
    super('filter-change', detail);
  }
}

/** `zoom-change`: a timeline's visible period changed. */
export class ZoomChangeEvent extends MeetingVizEvent<ZoomChangeDetail> {
  constructor(detail: ZoomChangeDetail) {
    super('zoom-change', detail);
  }
}

/** `sector-select`: the reader selected a sector on a wheel. */
export class SectorSelectEvent extends MeetingVizEvent<SectorSelectDetail> {
  constructor(detail: SectorSelectDetail) {
    super('sector-select', detail);
  }
}

/** `group-select`: a wheel zoomed into a group, or back out. */
export class GroupSelectEvent extends MeetingVizEvent<GroupSelectDetail> {
  constructor(detail: GroupSelectDetail) {
    super('group-select', detail);
  }
}

/** Detail of `place-select`: the place chosen on a `<meeting-map>`, or `id: null` when the choice was cleared. */
export interface PlaceSelectDetail {
  /** The place's id (e.g. `moscow`), or null when nothing is selected any more. */
  id: string | null;
  /** The place: name, country, coordinates and its meetings in time order; null when cleared. */
  place: MapPlace | null;
  /** Ids of the meetings held there, in time order (empty when cleared). */
  meetings: string[];
}

/** `place-select`: a place was selected on a `<meeting-map>` (click, tap, Enter), or the selection was cleared. */
export class PlaceSelectEvent extends MeetingVizEvent<PlaceSelectDetail> {
  constructor(detail: PlaceSelectDetail) {
    super('place-select', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'data-loaded': DataLoadedEvent;
    'data-error': DataErrorEvent;
    'meeting-select': MeetingSelectEvent;
    'filter-change': FilterChangeEvent;
    'zoom-change': ZoomChangeEvent;
    'sector-select': SectorSelectEvent;
    'group-select': GroupSelectEvent;
    'place-select': PlaceSelectEvent;
  }
}
