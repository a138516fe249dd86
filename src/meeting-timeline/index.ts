import { defineElement } from '../shared/define.js';
import { MeetingTimeline } from './meeting-timeline.js';

export { MeetingTimeline };
export { FilterChangeEvent, MeetingSelectEvent, ZoomChangeEvent } from '../shared/events.js';
export type { FilterChangeDetail, MeetingSelectDetail, ZoomChangeDetail } from '../shared/events.js';

defineElement('meeting-timeline', MeetingTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'meeting-timeline': MeetingTimeline;
  }
}
