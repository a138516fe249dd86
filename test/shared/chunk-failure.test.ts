import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { lazyElement } from '../../src/cdn/autoload.js';
import { ensureDefined } from '../../src/shared/lazy-elements.js';
import type { DataErrorEvent } from '../../src/shared/events.js';

/** A chunk that fails while `failing` is true, then defines `tag` as a small element with a shadow root. */
function flakyChunk(tag: string) {
  const state = { failing: true, calls: 0 };
  const load = async () => {
    state.calls++;
    if (state.failing) throw new TypeError('Failed to fetch dynamically imported module');
    class Loaded extends HTMLElement {
      constructor() {
        super();
        this.attachShadow({ mode: 'open' }).innerHTML = '<p part="drawn">drawn</p>';
      }
    }
    customElements.define(tag, Loaded);
    return Loaded;
  };
  return { state, load };
}

const alertOf = (el: Element) => el.querySelector<HTMLElement>(':scope > [role="alert"]');

describe('a lazily loaded element whose chunk does not arrive', () => {
  it('says so inside the element, fires data-error, and loads when the reader tries again', async () => {
    const tag = 'mv-flaky-one';
    const wrapper = await fixture(html`<div><mv-flaky-one></mv-flaky-one></div>`);
    const el = wrapper.querySelector(tag)!;
    const errors: string[] = [];
    wrapper.addEventListener('data-error', (event) => errors.push((event as DataErrorEvent).detail.message));
    const { state, load } = flakyChunk(tag);
    let defined: unknown;
    const loader = lazyElement(tag, load, (element) => (defined = element));

    await waitUntil(() => alertOf(el), 'a message in the element');
    expect(alertOf(el)!.textContent).to.contain('This chart could not be loaded.');
    expect(errors).to.deep.equal(['This chart could not be loaded.']);
    expect(customElements.get(tag)).to.equal(undefined);

    // The button fails again while the network is down: one message, the focus still on its button,
    // and the page told again.
    const button = alertOf(el)!.querySelector('button')!;
    button.focus();
    button.click();
    await waitUntil(() => state.calls === 2 && errors.length === 2, 'a second data-error after a second failure');
    expect(el.querySelectorAll('[role="alert"]').length).to.equal(1);
    expect(document.activeElement).to.equal(button);

    state.failing = false;
    alertOf(el)!.querySelector('button')!.click();
    await loader();
    expect(customElements.get(tag)).to.equal(defined);
    expect(el.shadowRoot!.querySelector('[part="drawn"]')).to.not.equal(null);
    expect(alertOf(el)).to.equal(null);
  });

  it('speaks the element’s language', async () => {
    const tag = 'mv-flaky-ru';
    const wrapper = await fixture(
      html`<div lang="zh"><mv-flaky-ru></mv-flaky-ru><mv-flaky-ru lang="ru"></mv-flaky-ru></div>`,
    );
    const { load } = flakyChunk(tag);
    lazyElement(tag, load, () => {});
    const [zh, ru] = wrapper.querySelectorAll(tag);
    await waitUntil(() => alertOf(zh) && alertOf(ru), 'messages in both elements');
    expect(alertOf(zh)!.textContent).to.equal('无法加载此图表。 重试');
    expect(alertOf(ru)!.textContent).to.equal('Не удалось загрузить диаграмму. Повторить');
  });

  it('never reads its language or its words as markup, and falls back to English for a tag it cannot read', async () => {
    const tag = 'mv-flaky-odd';
    const wrapper = await fixture(html`<div><mv-flaky-odd></mv-flaky-odd></div>`);
    wrapper.setAttribute('lang', '<img src=x onerror=alert(1)>');
    const { load } = flakyChunk(tag);
    lazyElement(tag, load, () => {});
    const el = wrapper.querySelector(tag)!;
    await waitUntil(() => alertOf(el), 'a message');
    expect(alertOf(el)!.textContent).to.equal('This chart could not be loaded. Try again');
    expect(el.querySelector('img')).to.equal(null);
  });

  it('shows in an element drawn inside another’s shadow root (the timeline’s card), and goes when it loads', async () => {
    const tag = 'mv-flaky-deep';
    const host = await fixture(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<section><${tag} lang="ru"></${tag}></section>`;
    const el = root.querySelector(tag)!;
    const errors: string[] = [];
    host.addEventListener('data-error', (event) => errors.push((event as DataErrorEvent).detail.message));
    const { state, load } = flakyChunk(tag);
    const loader = lazyElement(tag, load, () => {});
    ensureDefined(tag); // as the timeline asks for its card: the page-wide autoloader cannot see this one
    await waitUntil(() => alertOf(el), 'a message in the element inside the shadow root');
    expect(alertOf(el)!.textContent).to.equal('Не удалось загрузить диаграмму. Повторить');
    expect(errors).to.deep.equal(['Не удалось загрузить диаграмму.']);

    state.failing = false;
    await loader();
    expect(el.shadowRoot!.querySelector('[part="drawn"]')).to.not.equal(null);
    expect(alertOf(el)).to.equal(null);
  });

  it('takes the language of the page around the shadow root when the element has none of its own', async () => {
    const tag = 'mv-flaky-deep-zh';
    const host = await fixture(html`<div lang="zh"><div></div></div>`);
    const root = host.firstElementChild!.attachShadow({ mode: 'open' });
    root.innerHTML = `<${tag}></${tag}>`;
    const el = root.querySelector(tag)!;
    const { load } = flakyChunk(tag);
    lazyElement(tag, load, () => {});
    ensureDefined(tag);
    await waitUntil(() => alertOf(el), 'a message');
    expect(alertOf(el)!.textContent).to.equal('无法加载此图表。 重试');
  });
});
