/**
 * The languages but English are chunks loaded on first use: an element in one of them shows no
 * English while it waits (its data and its language load at once), keeps a snapshot the page put
 * inside the tag until then, and a language loads once however many elements ask. Runs in a page of
 * its own, so no language is loaded before these tests.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { MeetingTimeline } from '../../src/index.js';
import { loadLang } from '../../src/shared/lang.js';

/** Every text the element's shadow root showed, from the start. */
function watchTexts(el: HTMLElement): string[] {
  const seen: string[] = [];
  const record = () => seen.push(el.shadowRoot?.textContent ?? '');
  new MutationObserver(record).observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
  return seen;
}

describe('languages loaded on first use', () => {
  it('a Spanish timeline never shows English: the status and the chart are Spanish from the first word', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width:600px"></div>`);
    const el = document.createElement('meeting-timeline') as MeetingTimeline;
    el.setAttribute('lang', 'es');
    el.src = '/test/fixtures/two-meetings.json';
    box.append(el);
    const seen = watchTexts(el);
    await waitUntil(() => el.shadowRoot?.querySelector('svg.chart'), 'drawn', { timeout: 8000 });
    await el.updateComplete;
    expect(seen.join(' ')).to.not.match(/Loading meetings|Zoom in|Reset/);
    expect(el.shadowRoot!.textContent).to.match(/Ampliar|Restablecer|Acercar/);
  });

  it('keeps a snapshot inside the tag shown while the language loads', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width:600px"></div>`);
    const el = document.createElement('meeting-timeline') as MeetingTimeline;
    el.setAttribute('lang', 'fr');
    el.innerHTML = '<p slot="fallback">instantané</p>';
    box.append(el);
    const fallback = el.querySelector('p')!;
    // The first update runs a microtask or two after connecting; the French chunk is still on its way.
    for (let i = 0; i < 10 && !fallback.assignedSlot; i++) await null;
    expect(loadLang('fr'), 'French still loading').to.be.an.instanceOf(Promise);
    expect(fallback.assignedSlot, 'the snapshot is shown at once').to.not.equal(null);
    expect(el.hasAttribute('loading')).to.equal(true);
    await el.updateComplete;
    expect(loadLang('fr')).to.equal(undefined);
    expect(fallback.assignedSlot, 'and still with no data').to.not.equal(null);
  });

  it('loads a language once, along the chain, and has nothing to wait for afterwards', async () => {
    const first = loadLang('ru-RU');
    expect(first).to.be.an.instanceOf(Promise);
    expect(loadLang('ru')).to.be.an.instanceOf(Promise);
    await first;
    expect(loadLang('ru')).to.equal(undefined);
    expect(loadLang('en-GB')).to.equal(undefined);
    expect(loadLang('de')).to.equal(undefined);
  });
});
