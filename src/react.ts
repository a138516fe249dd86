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
import type {
  DataErrorEvent,
  DataLoadedEvent,
  FilterChangeEvent,
  GroupSelectEvent,
  MeetingSelectEvent,
  PlaceSelectEvent,
  SectorSelectEvent,
  ZoomChangeEvent,
} from './shared/events.js';

/** The `on…` callback name of each event, typed by its class in `shared/events.ts`. */
const events = {
  onDataLoaded: 'data-loaded' as EventName<DataLoadedEvent>,
  onDataError: 'data-error' as EventName<DataErrorEvent>,
  onMeetingSelect: 'meeting-select' as EventName<MeetingSelectEvent>,
  onFilterChange: 'filter-change' as EventName<FilterChangeEvent>,
  onZoomChange: 'zoom-change' as EventName<ZoomChangeEvent>,
  onSectorSelect: 'sector-select' as EventName<SectorSelectEvent>,
  onGroupSelect: 'group-select' as EventName<GroupSelectEvent>,
  onPlaceSelect: 'place-select' as EventName<PlaceSelectEvent>,
};
const {
  onDataLoaded,
  onDataError,
  onMeetingSelect,
  onFilterChange,
  onZoomChange,
  onSectorSelect,
  onGroupSelect,
  onPlaceSelect,
} = events;

export const MeetingTimeline = createComponent({
  tagName: 'meeting-timeline',
  elementClass: TimelineElement,
  react: React,
  events: { onDataLoaded, onDataError, onMeetingSelect, onFilterChange, onZoomChange },
});

export const SectorWheel = createComponent({
  tagName: 'sector-wheel',
  elementClass: WheelElement,
  react: React,
  events: { onDataLoaded, onDataError, onSectorSelect, onGroupSelect },
});

export const MeetingCard = createComponent({
  tagName: 'meeting-card',
  elementClass: CardElement,
  react: React,
  events: { onDataLoaded, onDataError },
});

export const MeetingMap = createComponent({
  tagName: 'meeting-map',
  elementClass: MapElement,
  react: React,
  events: {
    onDataLoaded,
    onDataError,
    onPlaceSelect,
  },
});
