import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/meeting-map/index.js';
import '../src/meeting-timeline/index.js';
import { MeetingMap } from '../src/meeting-map/index.js';
import landUrl from 'world-atlas/land-110m.json?url';
import series from '../data/china-russia-regular-meetings.json';
import { BAD_DATA, DATA_URL, EMPTY, NEVER_ANSWERS, neverAnswer } from './support.js';

// In the built package the land file sits beside the map's module; in the gallery Vite serves it.
MeetingMap.landUrl = landUrl;

interface Args {
  meeting?: string;
  selected?: string;
  path: boolean;
  lang: string;
  theme?: 'light' | 'dark';
  width: string;
  data?: unknown;
  src?: string;
}

/** `n` meetings at `n` synthetic places spread over the world, in twelve countries. */
function syntheticPlaces(n: number) {
  return {
    title: `${n.toLocaleString('en-US')} synthetic places`,
    meetings: Array.from({ length: n }, (_, i) => ({
      id: `e${i + 1}`,
      start: String(1996 + (i % 30)),
      title: `Meeting ${i + 1}`,
      location: {
        city: `Place ${i + 1}`,
        country: `Country ${(i % 12) + 1}`,
        lat: Math.round((-55 + ((i * 0.7548776662466927) % 1) * 130) * 100) / 100,
        lon: Math.round((((i * 0.6180339887498949) % 1) * 360 - 180) * 100) / 100,
      },
    })),
  };
}

const meta: Meta<Args> = {
  title: 'Elements/meeting-map',
  component: 'meeting-map',
  tags: ['autodocs'],
  args: { path: false, lang: 'en', width: '48rem' },
  argTypes: {
    meeting: { control: 'select', options: [undefined, ...series.meetings.map((m) => m.id)] },
    selected: {
      control: 'select',
      options: [undefined, 'moscow', 'beijing', 'saint-petersburg', 'shanghai', 'hangzhou'],
    },
    path: { control: 'boolean' },
    lang: { control: 'inline-radio', options: ['en', 'zh', 'ru'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    width: { control: 'text' },
  },
  render: (args) => html`<div style="max-width: ${args.width}">
    <meeting-map
      .data=${args.src ? undefined : (args.data ?? series)}
      src=${ifDefined(args.src)}
      meeting=${ifDefined(args.meeting)}
      selected=${ifDefined(args.selected)}
      ?path=${args.path}
      lang=${args.lang}
      theme=${ifDefined(args.theme)}
    ></meeting-map>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The 30 meetings: five cities, marks sized by meetings held there, coloured by country; the line joins them in time order. */
export const Series: Story = { name: 'The series, with its path', args: { path: true } };

/** `meeting="m30"`: Hangzhou, 3 November 2025, ringed and labelled first. */
export const Meeting30: Story = { name: 'The 30th meeting', args: { meeting: 'm30' } };

/** The 2020–2022 meetings were held by video link: listed under the map (here the 26th is highlighted), never drawn at a made-up place. */
export const Video: Story = { name: 'Video meetings', args: { meeting: 'm26' } };

/** A place selected (click, tap or Enter): its meetings are listed under the map. */
export const Selected: Story = { name: 'A selected place', args: { selected: 'saint-petersburg' } };

export const Dark: Story = {
  args: { theme: 'dark', path: true, meeting: 'm30' },
  parameters: { backgrounds: { default: 'dark' } },
  decorators: [(story) => html`<div style="background:#0d1117;padding:1rem">${story()}</div>`],
};

export const Chinese: Story = { name: 'Chinese (zh)', args: { lang: 'zh', meeting: 'm30' } };

export const Russian: Story = { name: 'Russian (ru)', args: { lang: 'ru', meeting: 'm30' } };

/** At 320 px the marks shrink and labels that would collide are left out (the table twin names every place). */
export const Narrow: Story = { name: 'Narrow (320px)', args: { width: '320px', meeting: 'm30' } };

/** 10,000 places spread over the world: a world view, each country's marks one path; arrows still visit every place. */
export const TenThousand: Story = { name: '10,000 places', args: { data: syntheticPlaces(10_000) } };

/** Linked: the map follows the timeline's selection (`follow`), and the timeline filters by the place chosen on the map (`filter-from`). */
export const Linked: Story = {
  name: 'Linked to a timeline',
  render: () => html`<div style="max-width: 60rem; display: grid; gap: 1rem">
    <meeting-map id="story-map" .data=${series} follow="story-timeline" path></meeting-map>
    <meeting-timeline id="story-timeline" .data=${series} filter-from="story-map" details="none"></meeting-timeline>
  </div>`,
};

/** Loading: a source that never answers keeps the loading message. */
export const Loading: Story = { args: { src: NEVER_ANSWERS }, decorators: [neverAnswer] };

/** Data that cannot be loaded. */
export const LoadError: Story = {
  name: 'Error: file not found',
  args: { src: 'no-such-file.json' },
  tags: ['expect-error'],
};

/** Bad data: each problem with its JSON path; the valid records are shown. */
export const BadData: Story = { name: 'Error: bad data', args: { data: BAD_DATA } };

/** A valid file with no meetings. */
export const Empty: Story = { args: { data: EMPTY } };

/** Loaded from a URL with `src`, as an article would. */
export const FromSrc: Story = { name: 'Loaded from src', args: { src: DATA_URL, path: true } };
