import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { createElement, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { MeetingTimeline, MeetingCard } from '../../src/react.js';
import type { MeetingSelectEvent } from '../../src/shared/events.js';
import series from '../../data/china-russia-regular-meetings.json';

const snippet = `import { useState } from 'react';
import { MeetingTimeline, MeetingCard } from 'meeting-viz/react';

export function Meetings({ series }) {
  const [id, setId] = useState('m30');
  return (
    <>
      <MeetingTimeline data={series} selected={id} onMeetingSelect={(e) => setId(e.detail.id)} />
      <MeetingCard data={series} meeting={id} variant="compact" />
    </>
  );
}`;

/** The React 19 wrappers (`meeting-viz/react`): properties as props, events as typed `on…` callbacks. */
const meta: Meta = {
  title: 'Examples/React',
  tags: ['autodocs'],
  parameters: { docs: { source: { code: snippet, language: 'tsx' } } },
};
export default meta;

function Meetings() {
  const [id, setId] = useState('m30');
  return createElement(
    'div',
    { style: { display: 'grid', gap: '1rem', maxWidth: '60rem' } },
    createElement(MeetingTimeline, { data: series, selected: id, onMeetingSelect: (e: MeetingSelectEvent) => setId(e.detail.id) }),
    createElement('p', null, `Selected in React state: ${id}`),
    createElement(MeetingCard, { data: series, meeting: id, variant: 'compact', headingLevel: 2 }),
  );
}

export const TimelineAndCard: StoryObj = {
  name: 'Timeline and card in React state',
  render: () => {
    const host = document.createElement('div');
    createRoot(host).render(createElement(Meetings));
    return host;
  },
};
