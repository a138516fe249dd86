import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/meeting-timeline/index.js';
import series from '../data/china-russia-regular-meetings.json';
import brics from '../data/brics-summits.json';
import type { Meeting, MeetingSeries } from '../src/data/schema.js';
import { BAD_DATA, DATA_URL, EMPTY, NEVER_ANSWERS, neverAnswer } from './support.js';
import type { MeetingSelectEvent } from '../src/shared/events.js';
import { PLANNED_31ST } from './planned.js';

interface Args {
  lang: string;
  theme?: 'light' | 'dark';
  sectors: string;
  selected?: string;
  hashLinks: boolean;
  width: string;
  data?: unknown;
  src?: string;
}

/**
 * The flagship element: the series on a zoomable time axis. Ctrl/⌘ + wheel or pinch zooms, drag
 * pans, the chart is one tab stop (← → between meetings, Enter selects, + / − zoom).
 */
const meta: Meta<Args> = {
  title: 'Elements/meeting-timeline',
  component: 'meeting-timeline',
  tags: ['autodocs'],
  args: { lang: 'en', sectors: '', hashLinks: false, width: '100%', data: series },
  argTypes: {
    lang: { control: 'inline-radio', options: ['en', 'zh', 'ru', 'ar', 'fr', 'es'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    sectors: { control: 'text', description: 'Comma-separated sector ids, e.g. `energy,trade`.' },
    selected: { control: 'select', options: [undefined, ...series.meetings.map((m) => m.id)] },
    hashLinks: { control: 'boolean' },
    width: { control: 'text' },
    data: { control: false },
    src: { control: 'text' },
  },
  render: (args) => html`<div style="width: ${args.width}">
    <meeting-timeline
      .data=${args.src ? undefined : args.data}
      src=${ifDefined(args.src)}
      lang=${args.lang}
      theme=${ifDefined(args.theme)}
      sectors=${args.sectors}
      selected=${ifDefined(args.selected)}
      ?hash-links=${args.hashLinks}
      @meeting-select=${(e: MeetingSelectEvent) => console.info('meeting-select', e.detail.id)}
    ></meeting-timeline>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** All 30 regular meetings of the Chinese and Russian heads of government, with the premiers' eras. */
export const RealSeries: Story = {};

/** The second real dataset: the 17 BRICS (BRIC) leaders' summits, 2009–2025; the same element, no code for BRICS. */
export const BricsSummits: Story = { name: 'BRICS summits', args: { data: brics } };

/** The series with the planned 31st meeting (2026): its mark is hollow and dashed, and its name says "planned". */
export const PlannedMeeting: Story = {
  name: 'With a planned meeting',
  args: { data: { ...series, meetings: [...series.meetings, PLANNED_31ST] } },
};

/** The 30th meeting's agenda as a timeline of its own: each agenda item is drawn as a meeting. */
export const Agenda30th: Story = {
  args: {
    data: ((): MeetingSeries => {
      const m30 = series.meetings.find((m) => m.id === 'm30') as Meeting;
      return {
        meetings: (m30.agenda ?? []).map((item, i) => ({
          id: `agenda-${i + 1}`,
          start: item.start,
          end: item.end,
          title: item.title,
          location: item.location ? { city: item.location } : undefined,
        })),
      };
    })(),
  },
};

/** Eras as labelled bands (the series' premiers, in two tracks), with the 30th meeting selected. */
export const Eras: Story = { args: { selected: 'm30' } };

/**
 * Two era tracks: the Chinese premiers above the Russian prime ministers, so Li Qiang is read
 * opposite Mishustin and Wen Jiabao opposite Putin; the callout over the 25th–27th meetings notes
 * that they were held by video link (callouts need 640 px; every note is also in the text twin).
 */
export const EraTracksAndAnnotations: Story = {
  name: 'Era tracks and annotations (wide)',
  args: { width: '1400px' },
};
export const EraTracksAndAnnotationsChinese: Story = {
  name: 'Era tracks and annotations (wide, Chinese)',
  args: { width: '1400px', lang: 'zh' },
};
export const EraTracksAndAnnotationsRussian: Story = {
  name: 'Era tracks and annotations (wide, Russian, dark)',
  args: { width: '1400px', lang: 'ru', theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
};
/** Under 640 px the chart draws no callouts; the notes stay in the (hidden) list beside it. */
export const EraTracksWithoutCallouts: Story = {
  name: 'Era tracks, no room for callouts (560px)',
  args: { width: '560px' },
};
/** At 320 px the timeline is a list: the notes head it, dated, in the reader's language. */
export const AnnotationsInTheList: Story = {
  name: 'Annotations in the list (320px)',
  args: { width: '320px' },
};
export const AnnotationsInTheListChinese: Story = {
  name: 'Annotations in the list (320px, Chinese)',
  args: { width: '320px', lang: 'zh' },
};
export const AnnotationsInTheListRussian: Story = {
  name: 'Annotations in the list (320px, Russian)',
  args: { width: '320px', lang: 'ru' },
};

/** Only meetings on energy or trade; the filter is named above the chart and can be cleared. */
export const Filtered: Story = { args: { sectors: 'energy,trade' } };

export const Chinese: Story = { args: { lang: 'zh' } };
export const Russian: Story = { args: { lang: 'ru' } };
export const Dark: Story = { args: { theme: 'dark' }, parameters: { backgrounds: { default: 'dark' } } };

/**
 * The encodings, dark: each mark coloured by its host country (Russia, China: `--mv-host-1`, `--mv-host-2`),
 * the three video links of 2020–2022 as hollow rings, the legend above naming both, and labels that show
 * the city where there is room. The format is also in each mark's accessible name.
 */
export const Encodings: Story = {
  args: { theme: 'dark', width: '1100px' },
  parameters: { backgrounds: { default: 'dark' } },
};

/** The encodings in Chinese: country names from Intl, format names from the messages. */
export const EncodingsChinese: Story = {
  name: 'Encodings (Chinese)',
  args: { lang: 'zh', theme: 'dark', width: '1100px' },
  parameters: { backgrounds: { default: 'dark' } },
};

/** The encodings in Russian. */
export const EncodingsRussian: Story = {
  name: 'Encodings (Russian)',
  args: { lang: 'ru', theme: 'dark', width: '1100px' },
  parameters: { backgrounds: { default: 'dark' } },
};

/** The encodings at 320 px: the legend wraps above the list, whose dots are drawn as the marks are. */
export const EncodingsNarrow: Story = {
  name: 'Encodings at 320 px',
  args: { theme: 'dark', width: '320px' },
  parameters: { backgrounds: { default: 'dark' } },
};

/** Below 480px the timeline is a vertical list; here at 320px. */
export const Narrow: Story = { args: { width: '320px' } };

/**
 * On a phone (375px): each item keeps to date, place and title (30 meetings in about three
 * screens); the selected meeting's card opens under its item across the element's full width.
 */
export const PhoneWidth: Story = {
  name: 'Phone width (375px), m30 selected',
  args: { width: '375px', selected: 'm30' },
};

/** 10,000 synthetic events (deterministic): dense periods collapse into clusters that open as you zoom. */
export const TenThousandEvents: Story = {
  args: {
    data: {
      meetings: Array.from({ length: 10_000 }, (_, i) => {
        // A deterministic, uneven spread over 30 years: bursts every few years.
        const day = Math.floor(i * 1.1 + 200 * Math.sin(i / 700));
        return {
          id: `e${i + 1}`,
          start: new Date(Date.UTC(1995, 0, 1) + day * 86_400_000).toISOString().slice(0, 10),
          title: `Event ${i + 1}`,
        };
      }),
    },
  },
};

/** Loading: a source that never answers; the loading message shows (until the 15 s timeout). */
export const Loading: Story = { args: { src: NEVER_ANSWERS }, decorators: [neverAnswer] };

/** A source that does not exist: the error is explained. */
export const FailingSource: Story = { args: { src: 'data/does-not-exist.json' }, tags: ['expect-error'] };

/** Bad data: the problems are listed with their JSON paths; the valid record is still drawn. */
export const BadData: Story = { args: { data: BAD_DATA } };

/** A valid file with no meetings: the element says so, calmly. */
export const Empty: Story = { args: { data: EMPTY } };

/** Loaded from a URL with `src`, as an article would. */
export const FromSrc: Story = { name: 'Loaded from src', args: { src: DATA_URL } };

/** A wide breakout (1,400px): more labels fit. */
export const Wide: Story = { args: { width: '1400px' } };
