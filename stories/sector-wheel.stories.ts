import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/sector-wheel/index.js';
import series from '../data/china-russia-regular-meetings.json';
import { BAD_DATA, DATA_URL, EMPTY, NEVER_ANSWERS, neverAnswer } from './support.js';

interface Args {
  meeting?: string;
  weight: 'count' | 'equal';
  legend: 'auto' | 'none';
  group?: string;
  lang: string;
  theme?: 'light' | 'dark';
  width: string;
  data?: unknown;
  src?: string;
}

/** A series of `n` synthetic sectors in five groups, with a few heavy sectors and many light or untouched ones. */
function syntheticSectors(n: number) {
  const groups = ['alpha', 'beta', 'gamma', 'delta', 'epsilon'];
  return {
    title: `${n} synthetic sectors`,
    sectorGroups: groups.map((id) => ({ id, label: `Group ${id}` })),
    sectors: Array.from({ length: n }, (_, i) => ({
      id: `s${i}`,
      label: `Synthetic sector ${i + 1}`,
      group: groups[i % groups.length],
    })),
    meetings: Array.from({ length: 12 }, (_, m) => ({
      id: `m${m + 1}`,
      start: `${2010 + m}`,
      title: `Meeting ${m + 1}`,
      // Sector i is touched by about 12 / (i + 1) meetings: a long tail of thin sectors.
      sectors: Array.from({ length: n }, (_, i) => i)
        .filter((i) => m % (i + 1) === 0 && i % 9 !== 8)
        .map((i) => `s${i}`),
    })),
  };
}

const meta: Meta<Args> = {
  title: 'Elements/sector-wheel',
  component: 'sector-wheel',
  tags: ['autodocs'],
  args: { weight: 'count', legend: 'auto', lang: 'en', width: '40rem' },
  argTypes: {
    meeting: { control: 'select', options: [undefined, ...series.meetings.map((m) => m.id)] },
    weight: { control: 'inline-radio', options: ['count', 'equal'] },
    legend: { control: 'inline-radio', options: ['auto', 'none'] },
    group: { control: 'select', options: [undefined, ...series.sectorGroups.map((g) => g.id)] },
    lang: { control: 'inline-radio', options: ['en', 'zh', 'ru', 'ar', 'fr', 'es'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    width: { control: 'text' },
  },
  render: (args) => html`<div style="max-width: ${args.width}">
    <sector-wheel
      .data=${args.src ? undefined : (args.data ?? series)}
      src=${ifDefined(args.src)}
      meeting=${ifDefined(args.meeting)}
      weight=${args.weight}
      legend=${args.legend}
      group=${ifDefined(args.group)}
      lang=${args.lang}
      theme=${ifDefined(args.theme)}
    ></sector-wheel>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/**
 * The 30th meeting (Hangzhou, 2025): only the sectors it touched are drawn, each wedge counting its
 * documents and commitments; one line under the chart counts the series' other sectors.
 */
export const Meeting30: Story = { name: 'The 30th meeting', args: { meeting: 'm30' } };

const dark = [(story: () => unknown) => html`<div style="background:#0d1117;padding:1rem">${story()}</div>`];

/** The 30th meeting at 320 px: labels inside their wedges, long names on two lines. */
export const Meeting30Narrow: Story = {
  name: 'The 30th meeting, 320 px',
  args: { meeting: 'm30', width: '320px' },
};

export const Meeting30ChineseDark: Story = {
  name: 'The 30th meeting, 320 px, Chinese, dark',
  args: { meeting: 'm30', width: '320px', lang: 'zh', theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
  decorators: dark,
};

export const Meeting30Russian: Story = {
  name: 'The 30th meeting, 320 px, Russian',
  args: { meeting: 'm30', width: '320px', lang: 'ru' },
};

/** The 30th meeting in English, Chinese and Russian, light and dark, each 320 px wide. */
export const Meeting30Languages: Story = {
  name: 'The 30th meeting, 320 px: en, zh, ru × light, dark',
  render: () =>
    html`<div style="display:flex;flex-wrap:wrap;gap:1rem">
      ${(['light', 'dark'] as const).flatMap((theme) =>
        ['en', 'zh', 'ru'].map(
          (lang) =>
            html`<div style="width:320px;padding:0.5rem;background:${theme === 'dark' ? '#0d1117' : 'transparent'}">
              <sector-wheel .data=${series} meeting="m30" lang=${lang} theme=${theme} legend="none"></sector-wheel>
            </div>`,
        ),
      )}
    </div>`,
};

/** All 30 meetings: each wedge is as wide as the number of meetings that touched the sector. */
export const WholeSeries: Story = { name: 'The whole series' };

/** Equal wedges, to read the taxonomy rather than the weights. */
export const EqualWeights: Story = { name: 'Equal weights', args: { weight: 'equal' } };

/** Started zoomed into a group with the `group` attribute (also a deep link); the breadcrumb zooms out. */
export const DrilledIn: Story = { name: 'Drilled into a group', args: { group: 'energy' } };

export const Chinese: Story = { name: 'Chinese (zh)', args: { lang: 'zh', meeting: 'm30' } };

/** Long Russian labels are shortened with "…"; the full text is in each wedge's tooltip and accessible name. */
export const Russian: Story = { name: 'Russian (ru)', args: { lang: 'ru' } };

export const Dark: Story = {
  args: { theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
  decorators: [(story) => html`<div style="background:#0d1117;padding:1rem">${story()}</div>`],
};

/**
 * Height follows width up to `--mv-wheel-max-height` (default `100vh`): here a 64rem-wide wheel
 * held to 22rem, the ring and its labels filling the drawing.
 */
export const MaxHeight: Story = {
  name: 'Max height (--mv-wheel-max-height: 22rem)',
  args: { width: '64rem' },
  decorators: [
    (story) =>
      html`<div class="short-wheel">${story()}</div><style>.short-wheel sector-wheel { --mv-wheel-max-height: 22rem; }</style>`,
  ],
};

/** At 280px labels sit inside the wedges (those that fit). */
export const Small: Story = { name: 'Small (280px)', args: { width: '280px', legend: 'none' } };

/** 50 sectors with a long tail: thin ones are gathered per group into a "more" wedge that opens by zooming in. */
export const FiftySectors: Story = {
  name: '50 synthetic sectors',
  args: { data: syntheticSectors(50), width: '32rem' },
};

/** A meeting id that does not exist. */
export const UnknownMeeting: Story = { name: 'Error: unknown meeting', args: { meeting: 'm99' } };

/** Data that cannot be loaded. */
export const LoadError: Story = {
  name: 'Error: file not found',
  args: { src: 'no-such-file.json' },
  tags: ['expect-error'],
};

/** Loading: a source that never answers keeps the loading message. */
export const Loading: Story = { args: { src: NEVER_ANSWERS }, decorators: [neverAnswer] };

/** Bad data: each problem with its JSON path. */
export const BadData: Story = { name: 'Error: bad data', args: { data: BAD_DATA } };

/** A valid file with no meetings. */
export const Empty: Story = { args: { data: EMPTY } };

/** Loaded from a URL with `src`, as an article would. */
export const FromSrc: Story = { name: 'Loaded from src', args: { src: DATA_URL, meeting: 'm30' } };

/** Wide: labels sit outside with leader lines. */
export const Wide: Story = { args: { width: '64rem' } };
