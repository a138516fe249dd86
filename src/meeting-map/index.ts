import { defineElement } from '../shared/define.js';
import { MeetingMap } from './meeting-map.js';

export { MeetingMap } from './meeting-map.js';
export { PlaceSelectEvent, type PlaceSelectDetail } from '../shared/events.js';
export type { MapModel, MapPlace, MapCountry } from './model.js';

defineElement('meeting-map', MeetingMap);

declare global {
  interface HTMLElementTagNameMap {
    'meeting-map': MeetingMap;
  }
}
