import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/index.js';
import { localize } from '../../src/data/text.js';
import series from '../../data/china-russia-regular-meetings.json';
import { DATA_URL } from '../support.js';
import { MeetingMap } from '../../src/meeting-map/index.js';
import landUrl from 'world-atlas/land-110m.json?url';

// The CDN build serves the map's land file beside meeting-viz.js; in the gallery Vite serves it.
MeetingMap.landUrl = landUrl;

type Lang = 'en' | 'zh' | 'ru';
interface Args {
  lang: Lang;
  theme: 'light' | 'dark';
  width: number;
}

/** The author's words (the heading is the data's own title); the source line and the summary come from the data. */
const WORDS: Record<Lang, { dek: string; note: string }> = {
  en: { dek: 'Where and when the heads of government met', note: 'The 25th–27th meetings were held by video link.' },
  zh: { dek: '两国总理何时何地会晤', note: '第二十五至二十七次会晤以视频方式举行。' },
  ru: { dek: 'Где и когда встречались главы правительств', note: '25–27-я встречи прошли по видеосвязи.' },
};

const frame = (args: Args, chart: unknown) =>
  html`<div lang=${args.lang} style="width: ${args.width}px; max-width: 100%; padding: 1rem; background: ${args.theme === 'dark' ? '#0d1117' : '#fff'}">${chart}</div>`;

const furniture = (args: Args) => ({
  heading: localize(series.title, args.lang),
  dek: WORDS[args.lang].dek,
  note: WORDS[args.lang].note,
});

/**
 * Chart furniture, opt-in: `heading`, `dek`, `note`, `source` (empty: the data's publishers) and
 * `data-link`, laid out as a `<figure>` inside the element; `summary="visible"` shows the summary each
 * chart writes from the data (otherwise only its accessible description). Parts: `figure`, `caption`,
 * `heading`, `dek`, `footer`, `note`, `source`, `data-link`, `summary`; tokens `--mv-figure-*`.
 */
const meta: Meta<Args> = {
  title: 'Examples/Figure',
  tags: ['autodocs'],
  args: { lang: 'en', theme: 'light', width: 900 },
  argTypes: {
    lang: { control: 'inline-radio', options: ['en', 'zh', 'ru'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    width: { control: { type: 'range', min: 320, max: 1200, step: 10 } },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Timeline: Story = {
  render: (args) => {
    const f = furniture(args);
    return frame(
      args,
      html`<meeting-timeline .data=${series} theme=${args.theme} heading=${f.heading} dek=${f.dek} note=${f.note} source="" data-link="csv" summary="visible"></meeting-timeline>`,
    );
  },
};

export const Wheel: Story = {
  render: (args) => {
    const f = furniture(args);
    return frame(
      args,
      html`<sector-wheel .data=${series} theme=${args.theme} heading=${f.heading} dek=${f.dek} source="" data-link="json" summary="visible"></sector-wheel>`,
    );
  },
};

export const WheelForOneMeeting: Story = {
  name: 'Wheel for one meeting',
  render: (args) =>
    frame(
      args,
      html`<sector-wheel .data=${series} meeting="m30" theme=${args.theme} heading=${furniture(args).heading} source="" summary="visible"></sector-wheel>`,
    ),
};

export const WhereTheyMet: Story = {
  name: 'Map',
  render: (args) => {
    const f = furniture(args);
    return frame(
      args,
      html`<meeting-map .data=${series} path theme=${args.theme} heading=${f.heading} dek=${f.dek} note=${f.note} source="" data-link="csv" summary="visible"></meeting-map>`,
    );
  },
};

export const Chinese: Story = { ...Timeline, args: { lang: 'zh' } };
export const Russian: Story = { ...Timeline, args: { lang: 'ru' } };
export const Dark: Story = { ...Timeline, args: { theme: 'dark' } };
export const RussianDarkMap: Story = { ...WhereTheyMet, name: 'Russian, dark (map)', args: { lang: 'ru', theme: 'dark' } };
export const ChineseWheel: Story = { ...Wheel, name: 'Chinese (wheel)', args: { lang: 'zh' } };
export const Narrow: Story = { ...Timeline, name: 'Narrow (320 px)', args: { width: 320 } };
export const NarrowRussianWheel: Story = { ...Wheel, name: 'Narrow, Russian, dark (wheel)', args: { width: 320, lang: 'ru', theme: 'dark' } };

/** Rich content through slots instead of attributes: a link in the source line. */
export const Slots: Story = {
  render: (args) =>
    frame(
      args,
      html`<meeting-timeline .data=${series} theme=${args.theme}>
        <span slot="heading">${localize(series.title, args.lang)}</span>
        <span slot="source">Data: <a href=${DATA_URL}>the meeting-viz dataset (JSON)</a></span>
      </meeting-timeline>`,
    ),
};
