/**
 * React wrappers (`meeting-viz/react`): each element as a React component with typed props, and
 * its events as `on…` callbacks. Made with @lit/react, Lit's own bridge, rather than by hand: it
 * sets properties (not attributes) and subscribes to the custom events correctly in React 18 and 19.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { MeetingTimeline as TimelineElement } from './meeting-timeline/index.js';
import { SectorWheel as WheelElement } from './sector-wheel/index.js';
import { MeetingCard as CardElement } from './meeting-card/index.js';
import { MeetingMap as MapElement } from './meeting-map/index.js';
import type { PlaceSelectEvent } from './shared/events.js';
import type { MeetingSelectDetail, FilterChangeDetail, ZoomChangeDetail } from './meeting-timeline/index.js';
import type { SectorSelectDetail, GroupSelectDetail } from './sector-wheel/index.js';
import type { DataErrorDetail, DataLoadedDetail } from './shared/data-controller.js';

const dataEvents = {
  onDataLoaded: 'data-loaded' as EventName<CustomEvent<DataLoadedDetail>>,
  onDataError: 'data-error' as EventName<CustomEvent<DataErrorDetail>>,
};

export const MeetingTimeline = createComponent({
  tagName: 'meeting-timeline',
  elementClass: TimelineElement,
  react: React,
  events: {
    ...dataEvents,
    onMeetingSelect: 'meeting-select' as EventName<CustomEvent<MeetingSelectDetail>>,
    onFilterChange: 'filter-change' as EventName<CustomEvent<FilterChangeDetail>>,
    onZoomChange: 'zoom-change' as EventName<CustomEvent<ZoomChangeDetail>>,
  },
});

export const SectorWheel = createComponent({
  tagName: 'sector-wheel',
  elementClass: WheelElement,
  react: React,
  events: {
    ...dataEvents,
    onSectorSelect: 'sector-select' as EventName<CustomEvent<SectorSelectDetail>>,
    onGroupSelect: 'group-select' as EventName<CustomEvent<GroupSelectDetail>>,
  },
});

export const MeetingCard = createComponent({
  tagName: 'meeting-card',
  elementClass: CardElement,
  react: React,
  events: dataEvents,
});

export const MeetingMap = createComponent({
  tagName: 'meeting-map',
  elementClass: MapElement,
  react: React,
  events: {
    ...dataEvents,
    onPlaceSelect: 'place-select' as EventName<PlaceSelectEvent>,
  },
});
