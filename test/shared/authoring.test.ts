import { expect, fixture, html, oneEvent, aTimeout, waitUntil } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { MeetingVizElement } from '../../src/shared/base-element.js';
import { localize } from '../../src/data/text.js';

/** The smallest element on the shared loader: the series title and the meeting titles it was given. */
class TitleList extends MeetingVizElement {
  protected renderReady(lang: string) {
    return litHtml`<h2>${localize(this.loader.series.title, lang)}</h2><ul class="titles">${this.loader.series.meetings.map((m) => litHtml`<li>${localize(m.title, lang)}</li>`)}</ul>`;
  }
}
customElements.define('authoring-list', TitleList);

const items = (el: Element) => [...el.shadowRoot!.querySelectorAll('ul.titles li')].map((li) => li.textContent);
const alertText = (el: Element) =>
  el.shadowRoot!.querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ') ?? '';
const live = (el: Element) => el.shadowRoot!.querySelector('[aria-live="polite"]')!;
const loaded = async (el: TitleList) => {
  await waitUntil(() => el.loadState === 'ready' || el.loadState === 'error', 'loaded');
  await el.updateComplete;
  return el;
};

describe('authoring formats in the shared loader', () => {
  it('reads CSV from a .csv src', async () => {
    const el = await loaded(
      await fixture<TitleList>(html`<authoring-list src="/test/fixtures/authoring/template.csv"></authoring-list>`),
    );
    expect(items(el)).to.deep.equal(['State visit, Beijing', 'Summit in Astana', 'Video call']);
    expect(alertText(el)).to.contain('row 4, column "start": "2025-13-01" is not a date');
  });

  it('reads CSV by its media type and by type="csv"', async () => {
    const csv = encodeURIComponent('id,start,title\nx,2020,From CSV\n');
    const byType = await loaded(
      await fixture<TitleList>(html`<authoring-list src=${`data:text/csv,${csv}`}></authoring-list>`),
    );
    expect(items(byType)).to.deep.equal(['From CSV']);
    const byAttribute = await loaded(
      await fixture<TitleList>(html`<authoring-list type="csv" src=${`data:text/plain,${csv}`}></authoring-list>`),
    );
    expect(items(byAttribute)).to.deep.equal(['From CSV']);
  });

  it('reads inline CSV from a script type="text/csv"', async () => {
    const el = await loaded(
      await fixture<TitleList>(html`<authoring-list><script type="text/csv">
Year,Month,Day,Headline,Text,Type
1969,7,20,"Landing, at last",<p>One small step</p>,
,,,A sheet title,,title
</script></authoring-list>`),
    );
    expect(items(el)).to.deep.equal(['Landing, at last']);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('A sheet title');
  });

  it('reads a TimelineJS JSON src and names the bad parts by their TimelineJS path', async () => {
    const el = await loaded(
      await fixture<TitleList>(html`<authoring-list src="/test/fixtures/authoring/timelinejs.json"></authoring-list>`),
    );
    expect(items(el)).to.have.length(4);
    expect(el.series.eras).to.have.length(2);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Envoys and summits');
    expect(alertText(el)).to.contain('events[4].start_date.day: "31" is not a day of February 2019');
    expect(el.shadowRoot!.querySelector('script, em, a[href^="javascript"]')).to.equal(null);
  });

  it('names the bad cell of a TimelineJS sheet and draws the good rows', async () => {
    const el = await loaded(
      await fixture<TitleList>(
        html`<authoring-list src="/test/fixtures/authoring/timelinejs-sheet.csv"></authoring-list>`,
      ),
    );
    expect(items(el)).to.have.length(4);
    expect(alertText(el)).to.contain('row 8, column "End Day": "31" is not a day of February 2019');
  });

  it('shows one problem for a binary file', async () => {
    const el = await loaded(
      await fixture<TitleList>(
        html`<authoring-list type="csv" src="/test/fixtures/authoring/binary.csv"></authoring-list>`,
      ),
    );
    expect(el.loadState).to.equal('error');
    expect(alertText(el)).to.contain('this is not a text file');
  });
});

/** A fetch stand-in that serves `body()` with an ETag and answers 304 to a matching If-None-Match. */
function stubFetch(url: string, body: () => string | Error) {
  const real = window.fetch;
  const requests: Array<string | null> = [];
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    if (String(input) !== url) return real(input, init);
    const sent = new Headers(init?.headers).get('If-None-Match');
    requests.push(sent);
    const text = body();
    if (text instanceof Error) throw text;
    const etag = `"${text.length}-${[...text].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, 0)}"`;
    if (sent === etag) return new Response(null, { status: 304 });
    return new Response(text, { headers: { 'Content-Type': 'application/json', ETag: etag } });
  };
  return { requests, restore: () => (window.fetch = real) };
}

const version = (...titles: string[]) =>
  JSON.stringify({ meetings: titles.map((title, i) => ({ id: `m${i}`, start: `${2020 + i}`, title })) });

describe('live data (refresh)', () => {
  let data: string | Error;
  let stub: ReturnType<typeof stubFetch>;
  beforeEach(() => {
    data = version('First');
    stub = stubFetch('/live.json', () => data);
  });
  afterEach(() => stub.restore());

  it('re-fetches with If-None-Match, updates in place, announces it and fires data-loaded again', async () => {
    const el = await loaded(
      await fixture<TitleList>(html`<authoring-list lang="en" src="/live.json" refresh="0.05"></authoring-list>`),
    );
    expect(items(el)).to.deep.equal(['First']);
    await waitUntil(() => stub.requests.length >= 3, 'refreshed twice');
    expect(stub.requests[1]).to.match(/^"/); // the ETag of what is shown
    expect(live(el).textContent).to.equal(''); // 304: nothing changed, nothing said
    const again = oneEvent(el, 'data-loaded');
    data = version('First', 'Second');
    expect((await again).detail).to.deep.equal({ count: 2 });
    await el.updateComplete;
    expect(items(el)).to.deep.equal(['First', 'Second']);
    expect(live(el).textContent).to.match(/^Updated \d{2}:\d{2}$/);
    expect(el.loadState).to.equal('ready');
  });

  it('keeps the last good data when a refresh fails, and says so quietly', async () => {
    const el = await loaded(
      await fixture<TitleList>(html`<authoring-list src="/live.json" refresh="0.05"></authoring-list>`),
    );
    data = new Error('offline');
    await waitUntil(() => live(el).textContent !== '', 'failure noted');
    expect(live(el).textContent).to.match(/^Could not update at .+; showing the data from .+\.$/);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect(items(el)).to.deep.equal(['First']);
    data = '{"meetings": [';
    await aTimeout(150);
    expect(items(el)).to.deep.equal(['First']);
  });

  it('stops when the element leaves the page', async () => {
    const el = await loaded(
      await fixture<TitleList>(html`<authoring-list src="/live.json" refresh="0.05"></authoring-list>`),
    );
    el.remove();
    const count = stub.requests.length;
    await aTimeout(200);
    expect(stub.requests.length).to.equal(count);
  });

  it('pauses while the tab is hidden and catches up when it is shown', async () => {
    const el = await loaded(
      await fixture<TitleList>(html`<authoring-list src="/live.json" refresh="0.05"></authoring-list>`),
    );
    const hidden = Object.getOwnPropertyDescriptor(Document.prototype, 'visibilityState')!;
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
      const count = stub.requests.length;
      await aTimeout(200);
      expect(stub.requests.length).to.equal(count);
    } finally {
      delete (document as unknown as Record<string, unknown>).visibilityState;
      Object.defineProperty(Document.prototype, 'visibilityState', hidden);
    }
    const count = stub.requests.length;
    document.dispatchEvent(new Event('visibilitychange'));
    await waitUntil(() => stub.requests.length > count, 'resumed');
    expect(el.isConnected).to.equal(true);
  });

  it('does not refresh data given as a property', async () => {
    await loaded(
      await fixture<TitleList>(
        html`<authoring-list refresh="0.05" .data=${JSON.parse(version('Given'))}></authoring-list>`,
      ),
    );
    await aTimeout(150);
    expect(stub.requests).to.deep.equal([]);
  });
});
