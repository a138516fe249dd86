import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/index.js';
import series from '../../data/china-russia-regular-meetings.json';

const css = `.newsroom meeting-timeline, .newsroom sector-wheel, .newsroom meeting-card {
  --mv-font-family: Georgia, 'Noto Serif', serif;
  --mv-color-accent: #8a1538;
  --mv-color-focus: #005fcc;
  --mv-color-surface: #f6efe6;
  --mv-color-background: #fffaf3;
}
.newsroom meeting-card::part(card) { border-radius: 0; border-width: 2px; }
.newsroom meeting-card::part(chip) { border-radius: 0; text-transform: uppercase; letter-spacing: 0.04em; }
.newsroom meeting-timeline::part(era) { opacity: 0.6; }`;

/** A newsroom's house style through CSS custom properties and `::part`, with no change to the elements. */
const meta: Meta = {
  title: 'Examples/Theming',
  tags: ['autodocs'],
  parameters: { docs: { source: { code: `<style>\n${css}\n</style>`, language: 'html' } } },
};
export default meta;

/**
 * A page (here one section of it) that declares `color-scheme: light dark`: the elements follow the
 * reader's light or dark preference, as the page's own form controls do. On a page that declares no
 * colour scheme they stay light; `theme="light"` or `theme="dark"` forces either.
 */
export const PageInDarkColorScheme: StoryObj = {
  name: 'Page in a light dark color-scheme',
  render: () => html`<style>
      .follows-reader { color-scheme: light dark; background: Canvas; color: CanvasText; padding: 1rem; display: grid; gap: 1rem; max-width: 60rem; }
    </style>
    <section class="follows-reader">
      <p>This section declares <code>color-scheme: light dark</code>. <label>A native control: <input value="follows too"></label></p>
      <sector-wheel .data=${series} meeting="m30"></sector-wheel>
      <meeting-timeline .data=${series} selected="m30"></meeting-timeline>
    </section>`,
};

export const HouseStyle: StoryObj = {
  name: 'House style with custom properties and ::part',
  render: () => html`<style>
      ${css}
    </style>
    <div class="newsroom" style="display: grid; gap: 1rem; max-width: 60rem">
      <meeting-timeline .data=${series} selected="m30" heading-level="2"></meeting-timeline>
      <meeting-card .data=${series} meeting="m30" variant="compact" heading-level="2"></meeting-card>
    </div>`,
};
