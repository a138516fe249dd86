import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { lazyElement } from '../../src/cdn/autoload.js';
import { ensureDefined } from '../../src/shared/lazy-elements.js';

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

/** A stand-in for an element that draws another inside its own shadow root, as the timeline's detail panel draws a card. */
class PanelHost extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const tag = this.getAttribute('inner')!;
    const root = this.attachShadow({ mode: 'open' });
    const panel = document.createElement('section');
    panel.setAttribute('aria-label', 'Details');
    panel.style.cssText = 'border: 1px solid; padding: 0.5em; max-width: 100%; box-sizing: border-box';
    panel.append(document.createElement(tag));
    root.append(panel);
    lazyElement(tag, () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')), () => {});
    ensureDefined(tag); // as the timeline asks for its card: the page-wide loader cannot see into a shadow root
  }
}
if (!customElements.get('mv-panel-host')) customElements.define('mv-panel-host', PanelHost);

/**
 * Inside another element's shadow root (the card in the timeline's detail panel): the same message,
 * in the language given to the inner element.
 */
export const InsideAShadowRoot: Story = {
  render: (args) => {
    const host = document.createElement('mv-panel-host');
    host.setAttribute('inner', `mv-unreachable-${++tags}`);
    host.lang = args.lang;
    host.dir = args.lang === 'ar' ? 'rtl' : 'ltr';
    return html`${host}`;
  },
};
