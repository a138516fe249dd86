import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/meeting-card/index.js';
import series from '../data/china-russia-regular-meetings.json';
import brics from '../data/brics-summits.json';
import { BAD_DATA, DATA_URL, EMPTY, NEVER_ANSWERS, neverAnswer } from './support.js';
import { PLANNED_31ST } from './planned.js';

interface Args {
  meeting: string;
  variant: 'full' | 'compact';
  lang: string;
  theme?: 'light' | 'dark';
  headingLevel: number;
  linkTarget?: string;
  width?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/meeting-card',
  component: 'meeting-card',
  tags: ['autodocs'],
  args: { meeting: 'm30', variant: 'full', lang: 'en', headingLevel: 3 },
  argTypes: {
    meeting: { control: 'select', options: series.meetings.map((m) => m.id) },
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
    lang: { control: 'inline-radio', options: ['en', 'zh', 'ru', 'ar', 'fr', 'es'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    linkTarget: { control: 'text' },
    width: { control: 'text' },
  },
  render: (args) => html`<div style="max-width: ${args.width ?? '40rem'}">
    <meeting-card
      .data=${series}
      meeting=${args.meeting}
      variant=${args.variant}
      lang=${args.lang}
      theme=${ifDefined(args.theme)}
      heading-level=${args.headingLevel}
      link-target=${ifDefined(args.linkTarget || undefined)}
    ></meeting-card>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The 30th meeting (Hangzhou, 2025) in full: co-chairs, delegation, documents by kind, agenda, notes, sources. */
export const M30Full: Story = { name: 'm30 full' };

/** Title, date, place, co-chairs and sectors only: for lists and tooltips. */
export const Compact: Story = { args: { variant: 'compact' } };

/** Labels, ordinal and dates in Chinese. */
export const Chinese: Story = { args: { lang: 'zh' } };

/** Labels, ordinal and dates in Russian. */
export const Russian: Story = { args: { lang: 'ru' } };

/** Forced dark theme. */
export const Dark: Story = {
  args: { theme: 'dark' },
  render: (args, context) => html`<div style="background: #0d1117; padding: 1rem">${meta.render!(args, context)}</div>`,
};

/** The narrowest supported width, 280px: one column, nothing scrolls sideways. */
export const Narrow280: Story = { name: 'Narrow (280px)', args: { width: '280px' } };

/** The 25th meeting (2020) was held by video link. */
export const VideoLink: Story = { name: 'Video link (m25)', args: { meeting: 'm25' } };

/** An id that is not in the data: a clear message (role="alert") and a `data-error` event. */
export const UnknownId: Story = { name: 'Unknown id', args: { meeting: 'm99' } };

/** A file that cannot be loaded: the shared error message. */
export const LoadError: Story = {
  tags: ['expect-error'],
  name: 'Error',
  render: () => html`<meeting-card src="does-not-exist.json" meeting="m30" lang="en"></meeting-card>`,
};

/** A meeting object as the `meeting` property, with its own sector taxonomy: no data file needed. */
export const MeetingObject: Story = {
  render: () => html`<meeting-card
    lang="en"
    .sectors=${[{ id: 'trade', label: 'Trade' }]}
    .meeting=${{
      id: 'demo',
      start: '2026-05-12',
      end: '2026-05-13',
      title: 'A meeting given as an object',
      ordinal: 31,
      format: 'in-person',
      location: { city: 'Example City' },
      participants: [
        { name: 'First co-chair', role: 'Premier', country: 'CN', chair: true },
        { name: 'Second co-chair', role: 'Prime Minister', country: 'RU', chair: true },
      ],
      sectors: ['trade', 'unknown-sector'],
      summary: 'Shown directly from the property; the unknown sector id is shown as it is.',
      sources: [{ publisher: 'Printed Gazette', date: '2026-05-14', title: 'Report' }],
    }}
  ></meeting-card>`,
};

/** Loading: a source that never answers keeps the loading message. */
export const Loading: Story = {
  decorators: [neverAnswer],
  render: () => html`<meeting-card src=${NEVER_ANSWERS} meeting="m30" lang="en"></meeting-card>`,
};

/** Bad data: the problems are listed; the valid meeting can still be shown. */
export const BadData: Story = {
  name: 'Error: bad data',
  render: () => html`<meeting-card .data=${BAD_DATA} meeting="ok" lang="en"></meeting-card>`,
};

/** A valid file with no meetings. */
export const Empty: Story = { render: () => html`<meeting-card .data=${EMPTY} lang="en"></meeting-card>` };

/** Loaded from a URL with `src`, as an article would. */
export const FromSrc: Story = {
  name: 'Loaded from src',
  render: () => html`<meeting-card src=${DATA_URL} meeting="m30" lang="en"></meeting-card>`,
};

/** Wide: from 32em the card lays its sections out in two columns. */
export const Wide: Story = { args: { width: '64rem' } };

/** The second real dataset: the 17th BRICS summit (Rio de Janeiro, 2025). The series' own noun gives "17th summit"; the host chairs. */
export const BricsSummit: Story = {
  name: 'BRICS: 17th summit',
  render: (args) => html`<div style="max-width: 40rem">
    <meeting-card .data=${brics} meeting="brics17" lang=${args.lang}></meeting-card>
  </div>`,
};

/** A BRICS summit held by video link (the 12th, 2020), in Russian: «12-й саммит». */
export const BricsVideoSummit: Story = {
  name: 'BRICS: video summit (ru)',
  args: { lang: 'ru' },
  render: (args) => html`<div style="max-width: 40rem">
    <meeting-card .data=${brics} meeting="brics12" lang=${args.lang}></meeting-card>
  </div>`,
};

/** A planned meeting: the 31st regular meeting, set for 2026 by the 30th meeting's communiqué (TASS). */
export const PlannedMeeting: Story = {
  name: 'Planned meeting (31st)',
  render: (args) => html`<div style="max-width: 40rem">
    <meeting-card .seriesInfo=${series.series} .meeting=${PLANNED_31ST} lang=${args.lang}></meeting-card>
  </div>`,
};
