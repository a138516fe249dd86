// A consumer app: the published package used from plain TypeScript and from React.
import 'meeting-viz';
import { validate, type MeetingSeries, type DataErrorDetail } from 'meeting-viz';
import { MeetingTimeline, SectorWheel, MeetingCard, MeetingMap } from 'meeting-viz/react';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

const series: MeetingSeries = {
  sectors: [{ id: 'energy', label: { en: 'Energy', zh: '能源' } }],
  meetings: [{ id: 'm1', start: '2025-11-03', title: 'A meeting', sectors: ['energy'] }],
};
const { problems } = validate(series);
if (problems.length) throw new Error('the sample data should be valid');

// Typed by HTMLElementTagNameMap: no casts.
const timeline = document.querySelector('meeting-timeline')!;
timeline.data = series;
timeline.addEventListener('meeting-select', (event) => console.log(event.detail.id, event.detail.meeting.start));
timeline.addEventListener('data-error', (event) =>
  console.log((event.detail satisfies DataErrorDetail).problems.length),
);
const wheel = document.createElement('sector-wheel');
wheel.data = series;
wheel.addEventListener('sector-select', (event) => console.log(event.detail.id, event.detail.meetings.length));
const card = document.createElement('meeting-card');
card.meeting = series.meetings[0];
const map = document.createElement('meeting-map');
map.data = {
  meetings: [
    { id: 'm1', start: '2025-11-03', title: 'A meeting', location: { city: 'Hangzhou', lat: 30.29, lon: 120.16 } },
  ],
};
map.addEventListener('place-select', (event) => console.log(event.detail.id, event.detail.meetings.length));
document.body.append(wheel, card, map);

const root = document.getElementById('react-root');
if (root) {
  createRoot(root).render(
    createElement(
      'div',
      null,
      createElement(MeetingTimeline, { data: series, onMeetingSelect: (event) => console.log(event.detail.id) }),
      createElement(SectorWheel, { data: series, onSectorSelect: (event) => console.log(event.detail.id) }),
      createElement(MeetingCard, { meeting: 'm1', data: series, variant: 'compact' }),
      createElement(MeetingMap, { data: series, onPlaceSelect: (event) => console.log(event.detail.id) }),
    ),
  );
}
