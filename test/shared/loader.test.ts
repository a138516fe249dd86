import { expect, fixture, html, oneEvent, aTimeout, waitUntil } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { MeetingVizElement } from '../../src/shared/base-element.js';
import type { DataErrorDetail } from '../../src/shared/data-controller.js';
import { localize } from '../../src/data/text.js';

/** The smallest element on the shared loader: it lists the titles it was given. */
class TitleList extends MeetingVizElement {
  protected renderReady(lang: string) {
    return litHtml`<ul class="titles">${this.loader.series.meetings.map((m) => litHtml`<li>${localize(m.title, lang)}</li>`)}</ul>`;
  }
}
customElements.define('title-list', TitleList);

const series = {
  meetings: [
    { id: 'a', start: '2020', title: { en: 'First', zh: '第一' } },
    { id: 'b', start: '2021', title: 'Second' },
  ],
};
const items = (el: Element) => [...el.shadowRoot!.querySelectorAll('ul.titles li')].map((li) => li.textContent);
const alertOf = (el: Element) => el.shadowRoot!.querySelector('[role="alert"]');

describe('the shared loader', () => {
  it('shows meetings from the data property and fires data-loaded with the count', async () => {
    const el = document.createElement('title-list') as TitleList;
    const loaded = oneEvent(el, 'data-loaded');
    el.data = series;
    document.body.append(el);
    expect((await loaded).detail).to.deep.equal({ count: 2 });
    await el.updateComplete;
    expect(items(el)).to.deep.equal(['First', 'Second']);
    el.remove();
  });

  it('reads inline JSON from a script child', async () => {
    const el = await fixture<TitleList>(
      html`<title-list lang="zh"><script type="application/json">${JSON.stringify(series)}</script></title-list>`,
    );
    expect(items(el)).to.deep.equal(['第一', 'Second']);
  });

  it('fetches src and shows a loading state until it arrives', async () => {
    const el = await fixture<TitleList>(html`<title-list src="/test/fixtures/two-meetings.json"></title-list>`);
    expect(el.shadowRoot!.querySelector('[role="status"]')?.textContent).to.contain('Loading');
    expect(el.hasAttribute('loading')).to.equal(true);
    await oneEvent(el, 'data-loaded');
    await el.updateComplete;
    expect(items(el)).to.deep.equal(['First', 'Second']);
    expect(el.hasAttribute('loading')).to.equal(false);
  });

  it('reads a file that several elements load once, and each shows it', async () => {
    const page = await fixture(html`<div>
      <title-list src="/test/fixtures/two-meetings.json"></title-list>
      <title-list src="/test/fixtures/two-meetings.json" lang="zh"></title-list>
    </div>`);
    const [a, b] = [...page.querySelectorAll('title-list')] as TitleList[];
    await Promise.all([a, b].map((el) => (el.series.meetings.length ? undefined : oneEvent(el, 'data-loaded'))));
    await Promise.all([a.updateComplete, b.updateComplete]);
    expect(items(a)).to.deep.equal(['First', 'Second']);
    expect(items(b)).to.deep.equal(['第一', 'Second']);
    // Parsed and checked once: both hold the same records.
    expect(a.series).to.equal(b.series);
  });

  it('downloads a file once for the elements of a page that ask for it, also one after another', async () => {
    const realFetch = window.fetch;
    const asked: string[] = [];
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => (
      asked.push(String(input)),
      realFetch(input, init)
    );
    try {
      const src = '/test/fixtures/two-meetings.json?shared';
      const first = await fixture<TitleList>(html`<title-list src=${src}></title-list>`);
      await waitUntil(() => items(first).length === 2, 'the first drawn');
      // Added once the first has its data, as a chunked element is (the article's map, wheel and card).
      const later = await fixture<TitleList>(html`<title-list src=${src} lang="zh"></title-list>`);
      await waitUntil(() => items(later).length === 2, 'the second drawn');
      expect(items(later)).to.deep.equal(['第一', 'Second']);
      expect(asked.filter((url) => url === src)).to.have.length(1);
      // A failure is not kept: the next element asks again.
      const missing = '/test/fixtures/missing.json?shared';
      const a = await fixture<TitleList>(html`<title-list src=${missing}></title-list>`);
      await waitUntil(() => alertOf(a), 'the first failed');
      const b = await fixture<TitleList>(html`<title-list src=${missing}></title-list>`);
      await waitUntil(() => alertOf(b), 'the second failed');
      expect(asked.filter((url) => url === missing)).to.have.length(2);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('fires data-loaded and data-error once the element shows what they tell of', async () => {
    const el = document.createElement('title-list') as TitleList;
    el.src = '/test/fixtures/two-meetings.json';
    const loaded = oneEvent(el, 'data-loaded');
    document.body.append(el);
    await loaded;
    // No wait for an update: a page's listener finds the records drawn and the element no longer loading.
    expect(items(el)).to.deep.equal(['First', 'Second']);
    expect(el.hasAttribute('loading')).to.equal(false);
    const errored = oneEvent(el, 'data-error');
    el.src = '/data/no-such-file.json';
    await errored;
    expect(alertOf(el)?.textContent).to.contain('HTTP 404');
    el.remove();
  });

  it('draws each element of a page in turn, even after one whose layout failed once', async () => {
    class Brittle extends TitleList {
      failures = 1;
      protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
        super.willUpdate(changed);
        if (this.loader.state === 'ready' && this.failures-- > 0) throw new Error('layout failed');
      }
    }
    customElements.define('brittle-list', Brittle);
    const page = await fixture(html`<div>
      <brittle-list src="/test/fixtures/two-meetings.json"></brittle-list>
      <title-list src="/test/fixtures/two-meetings.json"></title-list>
    </div>`);
    const [brittle, list] = page.querySelectorAll<TitleList>('brittle-list, title-list');
    await waitUntil(() => items(brittle).length && items(list).length, 'both drawn');
    expect(items(brittle)).to.deep.equal(['First', 'Second']);
    expect(items(list)).to.deep.equal(['First', 'Second']);
  });

  it('explains an HTTP failure in an alert and fires a bubbling, composed data-error', async () => {
    const wrapper = await fixture(html`<div></div>`);
    const errored = oneEvent(wrapper, 'data-error');
    const el = document.createElement('title-list') as TitleList;
    el.src = '/data/no-such-file.json';
    wrapper.append(el);
    const event = await errored;
    expect(event.composed).to.equal(true);
    expect((event.detail as DataErrorDetail).message).to.equal('Loading /data/no-such-file.json failed: HTTP 404.');
    await el.updateComplete;
    expect(alertOf(el)?.textContent).to.contain('HTTP 404');
    expect(alertOf(el)?.getAttribute('part')).to.equal('error');
  });

  it('explains bad JSON', async () => {
    const el = await fixture<TitleList>(
      html`<title-list><script type="application/json">{"meetings": [</script></title-list>`,
    );
    expect(alertOf(el)?.textContent).to.contain('is not valid JSON');
  });

  it('gives up after the timeout', async () => {
    // A server that never answers: fetch resolves only when the loader aborts it.
    const realFetch = window.fetch;
    window.fetch = (_input: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)));
    try {
      const el = document.createElement('title-list') as TitleList;
      el.timeout = 50;
      el.src = '/test/fixtures/two-meetings.json?never-answered'; // not a file the page already has
      const errored = oneEvent(el, 'data-error');
      document.body.append(el);
      expect((await errored).detail.message).to.match(/took longer than 0.05 s/);
      el.remove();
      // The server answers again: the next element asks again rather than wait on the lost request.
      window.fetch = realFetch;
      const again = await fixture<TitleList>(
        html`<title-list src="/test/fixtures/two-meetings.json?never-answered"></title-list>`,
      );
      await waitUntil(() => items(again).length === 2, 'drawn once the server answers');
    } finally {
      window.fetch = realFetch;
    }
  });

  it('aborts a fetch when src changes, showing only the newer data', async () => {
    const el = await fixture<TitleList>(html`<title-list src="/test/fixtures/two-meetings.json"></title-list>`);
    el.data = series;
    await el.updateComplete;
    await aTimeout(300);
    expect(items(el)).to.deep.equal(['First', 'Second']);
  });

  it('does not report an error when removed while loading', async () => {
    let errors = 0;
    const el = document.createElement('title-list') as TitleList;
    el.addEventListener('data-error', () => errors++);
    el.src = '/test/fixtures/two-meetings.json';
    document.body.append(el);
    await el.updateComplete;
    el.remove();
    await aTimeout(300);
    expect(errors).to.equal(0);
  });

  it('shows the valid records and lists the problems with their paths', async () => {
    const el = document.createElement('title-list') as TitleList;
    const errored = oneEvent(el, 'data-error');
    el.data = { meetings: [...series.meetings, { id: 'c', start: '2025-13-01', title: 'Bad' }] };
    document.body.append(el);
    const { detail } = await errored;
    await el.updateComplete;
    expect(
      detail.problems.map(({ path, message }: { path: string; message: string }) => ({ path, message })),
    ).to.deep.equal([
      { path: 'meetings[2].start', message: '"2025-13-01" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)' },
    ]);
    expect(items(el)).to.deep.equal(['First', 'Second']);
    expect(alertOf(el)?.textContent).to.contain('meetings[2].start');
    el.remove();
  });

  it('never treats data text as HTML', async () => {
    const el = await fixture<TitleList>(
      html`<title-list .data=${{ meetings: [{ id: 'x', start: '2020', title: '<img src=x onerror=alert(1)>' }] }}></title-list>`,
    );
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(items(el)).to.deep.equal(['<img src=x onerror=alert(1)>']);
  });

  it('shows an error for data that has no valid meeting, in the element language', async () => {
    const el = await fixture<TitleList>(html`<title-list lang="ru" .data=${{ meetings: 'nope' }}></title-list>`);
    expect(alertOf(el)?.textContent).to.contain('Не удалось показать данные');
    expect(alertOf(el)?.textContent).to.contain('meetings: ожидается список');
  });

  it('says calmly that a valid file has no meetings', async () => {
    const el = await fixture<TitleList>(html`<title-list lang="zh" .data=${{ meetings: [] }}></title-list>`);
    expect(alertOf(el)).to.equal(null);
    expect(el.shadowRoot!.querySelector('[role="status"]')?.textContent).to.equal('没有可显示的会晤。');
  });

  it('takes its language from the nearest lang in the page', async () => {
    const el = await fixture<TitleList>(html`<div lang="zh-CN"><title-list .data=${series}></title-list></div>`).then(
      (d) => d.firstElementChild as TitleList,
    );
    await el.updateComplete;
    expect(el.effectiveLang).to.equal('zh-CN');
    expect(items(el)[0]).to.equal('第一');
  });
});
