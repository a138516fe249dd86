import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { MeetingMap } from '../../src/index.js';
import landUrl from 'world-atlas/land-110m.json?url';
// The example pages themselves (our own files, not data), so the story and examples/ never drift apart.
import english from '../../examples/article.html?raw';
import chinese from '../../examples/article.zh.html?raw';
import russian from '../../examples/article.ru.html?raw';
import css from '../../examples/article.css?raw';

// The CDN build serves the map's land file beside meeting-viz.js; in the gallery Vite serves it.
MeetingMap.landUrl = landUrl;

/** The article's body, with its data URLs made relative to the gallery. */
function articleOf(page: string): string {
  const main = /<main>([\s\S]*)<\/main>/.exec(page)?.[1] ?? '';
  return main.replaceAll('../data/', 'data/');
}

/**
 * A news article about the 30th regular meeting with the four elements between its paragraphs,
 * linked by attributes: `examples/article.html` (served by `npm run example`, using only the CDN file).
 */
const meta: Meta = {
  title: 'Examples/News article',
  tags: ['autodocs'],
  parameters: {
    layout: 'fullscreen',
    docs: { source: { language: 'html', code: /<article>[\s\S]*<\/article>/.exec(english)?.[0] ?? '' } },
  },
};
export default meta;

const render = (page: string, lang: string) => () =>
  html`<style>
      ${css}
    </style>
    <div lang=${lang}>${unsafeHTML(articleOf(page))}</div>`;

export const English: StoryObj = { render: render(english, 'en') };
export const Chinese: StoryObj = { name: '中文', render: render(chinese, 'zh') };
export const Russian: StoryObj = { name: 'Русский', render: render(russian, 'ru') };
