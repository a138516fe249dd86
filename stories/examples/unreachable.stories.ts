import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { lazyElement } from '../../src/cdn/autoload.js';

/**
 * In the CDN build the wheel, the card and the map are chunks loaded when their tags appear. When a
 * chunk cannot be fetched (a phone loses its connection, the folder was copied without it), each
 * element of that tag says so in its language (`role="alert"`), with a Try again button, and fires
 * `data-error`. Here the chunk of a stand-in tag never arrives, so the message stays.
 */
const meta: Meta = {
  title: 'Examples/A chunk that does not arrive',
  tags: ['autodocs'],
  argTypes: { lang: { control: 'inline-radio', options: ['en', 'zh', 'ru', 'ar', 'fr', 'es'] } },
  args: { lang: 'en' },
};
export default meta;
type Story = StoryObj<{ lang: string }>;

let tags = 0;

/** A loader whose chunk never loads: `lazyElement` for a new tag each time the story draws. */
function unreachable(lang: string) {
  const tag = `mv-unreachable-${++tags}`;
  const host = document.createElement('div');
  host.lang = lang;
  host.dir = lang === 'ar' ? 'rtl' : 'ltr';
  host.append(document.createElement(tag));
  queueMicrotask(() =>
    lazyElement(tag, () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')), () => {}),
  );
  return host;
}

/** The message and its button, in the language of the page around the element. */
export const Message: Story = { render: (args) => html`${unreachable(args.lang)}` };

/** In Russian. */
export const Russian: Story = { args: { lang: 'ru' }, render: (args) => html`${unreachable(args.lang)}` };
