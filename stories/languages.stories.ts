import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/index.js';
import { registerMessages } from '../src/index.js';
import series from '../data/china-russia-regular-meetings.json';
import { german } from './examples/german.js';

/** The six official languages of the United Nations, which the elements ship. */
const LANGS = ['en', 'zh', 'ru', 'ar', 'fr', 'es'];

interface Args {
  lang: string;
  numbering?: string;
  dir?: 'ltr' | 'rtl';
  width: string;
}

const meta: Meta<Args> = {
  title: 'Languages',
  args: { lang: 'ar', width: '100%' },
  argTypes: {
    lang: { control: 'select', options: [...LANGS, 'ar-EG', 'zh-Hant', 'fr-CA', 'es-419', 'de', 'de-AT', 'tlh'] },
    numbering: { control: 'inline-radio', options: [undefined, 'latn', 'arab', 'hanidec'] },
    dir: {
      control: 'inline-radio',
      options: [undefined, 'ltr', 'rtl'],
      description: 'a `dir` on the box around the element (its `lang` wins when set)',
    },
    width: { control: 'text' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Every element in the six UN languages. `lang="ar"` lays the element out right to left: the time axis runs from the right (the earliest meeting at the right end), the wheel turns counter-clockwise, the card mirrors, and arrow keys follow the reading direction. `numbering` switches digits. German (`de`) is not built in: the page adds it with `registerMessages`.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

const box = (args: Args, content: unknown) =>
  html`<div style="max-width: ${args.width}" dir=${ifDefined(args.dir)}>${content}</div>`;

/** `<meeting-timeline>` in the language chosen in the controls (Arabic: right to left). */
export const Timeline: Story = {
  render: (args) =>
    box(
      args,
      html`<meeting-timeline .data=${series} lang=${args.lang} numbering=${ifDefined(args.numbering)} selected="m30"></meeting-timeline>`,
    ),
};

/** `<sector-wheel>` in the language chosen in the controls (Arabic: mirrored, counter-clockwise). */
export const Wheel: Story = {
  args: { width: '40rem' },
  render: (args) =>
    box(
      args,
      html`<sector-wheel .data=${series} lang=${args.lang} numbering=${ifDefined(args.numbering)} meeting="m30"></sector-wheel>`,
    ),
};

/** `<meeting-card>` in the language chosen in the controls. The dataset has en/zh/ru texts: in Arabic, French or Spanish the card shows English data text marked `lang="en"`. */
export const Card: Story = {
  args: { width: '40rem' },
  render: (args) =>
    box(
      args,
      html`<meeting-card .data=${series} lang=${args.lang} numbering=${ifDefined(args.numbering)} meeting="m30"></meeting-card>`,
    ),
};

/** All six languages side by side, at 320 px: long French and Arabic words wrap inside the box. */
export const SixCards: Story = {
  name: 'Six languages at 320 px',
  render: (args) => html`<div style="display: flex; flex-wrap: wrap; gap: 1rem">
    ${LANGS.map((lang) => html`<div style="width: 320px"><meeting-card .data=${series} lang=${lang} numbering=${ifDefined(args.numbering)} meeting="m30" variant="compact"></meeting-card></div>`)}
  </div>`,
};

/**
 * A language the page adds: `registerMessages('de', german)`, typed against the English set, so a
 * missing key does not compile. `de-AT` finds `de`; a language nobody added (`tlh`) falls back to English.
 */
export const PageAddedLanguage: Story = {
  name: 'Page-added language (German)',
  args: { lang: 'de', width: '100%' },
  render: (args) => {
    registerMessages('de', german);
    return box(
      args,
      html`<meeting-card .data=${series} lang=${args.lang} meeting="m30"></meeting-card>
      <meeting-timeline .data=${series} lang=${args.lang}></meeting-timeline>`,
    );
  },
};
