import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/index.js';
import { DATA_URL } from '../support.js';
import type { MeetingSelectEvent } from '../../src/shared/events.js';

const snippet = `<script type="module" src="https://unpkg.com/meeting-viz/dist/cdn/meeting-viz.js"></script>

<sector-wheel id="wheel" src="${DATA_URL}" meeting="m30"></sector-wheel>
<meeting-timeline id="timeline" src="${DATA_URL}" filter-from="wheel" selected="m30"></meeting-timeline>
<meeting-card src="${DATA_URL}" follow="timeline"></meeting-card>`;

/**
 * Three elements linked with attributes only: choose a sector on the wheel and the timeline shows the
 * meetings that touched it; choose a meeting on the timeline and the card tells it.
 */
const meta: Meta = {
  title: 'Examples/Linked views',
  tags: ['autodocs'],
  parameters: { docs: { source: { code: snippet, language: 'html' } } },
};
export default meta;

export const WheelTimelineCard: StoryObj = {
  name: 'Wheel → timeline → card',
  render: () => html`<div style="display: grid; gap: 1rem; max-width: 60rem">
    <sector-wheel id="wheel-1" src=${DATA_URL} meeting="m30" style="max-width: 28rem"></sector-wheel>
    <meeting-timeline id="timeline-1" src=${DATA_URL} filter-from="wheel-1" selected="m30" heading-level="2"></meeting-timeline>
    <meeting-card src=${DATA_URL} follow="timeline-1" meeting="m30" heading-level="2"></meeting-card>
  </div>`,
};

/** Frameworks link the same elements with properties and events instead. */
export const WithEvents: StoryObj = {
  name: 'With properties and events',
  parameters: {
    docs: {
      source: {
        language: 'js',
        code: `timeline.addEventListener('meeting-select', (event) => {
  card.meeting = event.detail.meeting;   // or event.detail.id with card.data set
});`,
      },
    },
  },
  render: () => {
    const pick = (event: MeetingSelectEvent) => {
      const card = (event.target as HTMLElement).parentElement!.querySelector('meeting-card')!;
      card.meeting = event.detail.id;
    };
    return html`<div style="display: grid; gap: 1rem; max-width: 60rem">
      <meeting-timeline src=${DATA_URL} @meeting-select=${pick}></meeting-timeline>
      <meeting-card src=${DATA_URL} meeting="m01" heading-level="2"></meeting-card>
    </div>`;
  },
};
