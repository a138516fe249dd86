import { defineElement } from '../shared/define.js';
import { MeetingTimeline, type FilterChangeDetail, type MeetingSelectDetail, type ZoomChangeDetail } from './meeting-timeline.js';

export { MeetingTimeline };
export type { FilterChangeDetail, MeetingSelectDetail, ZoomChangeDetail };

defineElement('meeting-timeline', MeetingTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'meeting-timeline': MeetingTimeline;
  }
  interface HTMLElementEventMap {
    'meeting-select': CustomEvent<MeetingSelectDetail>;
    'filter-change': CustomEvent<FilterChangeDetail>;
    'zoom-change': CustomEvent<ZoomChangeDetail>;
  }
}
