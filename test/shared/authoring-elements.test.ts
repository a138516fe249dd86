import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { MeetingVizElement } from '../../src/shared/base-element.js';

const FIXTURES = ['timelinejs.json', 'timelinejs-sheet.csv'];
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];
const textOf = (el: Element, selector: string) =>
  $$(el, selector).map((n) => n.textContent!.replace(/\s+/g, ' ').trim());

async function drawn<T extends MeetingVizElement>(el: T, selector: string): Promise<T> {
  await waitUntil(() => el.shadowRoot!.querySelector(selector), `${el.localName} drawn`, { timeout: 5000 });
  await el.updateComplete;
  return el;
}

for (const file of FIXTURES) {
  const src = `/test/fixtures/authoring/${file}`;
  describe(`a TimelineJS file (${file}) in every element`, () => {
    it('draws its events, eras and BC axis on the timeline', async () => {
      const wrapper = await fixture(
        html`<div style="width:800px"><meeting-timeline lang="en" src=${src}></meeting-timeline></div>`,
      );
      const el = await drawn(wrapper.firstElementChild as MeetingVizElement, 'svg.chart');
      expect($$(el, 'ol[part="list"] li')).to.have.length(4);
      expect($$(el, '[part="era"]')).to.have.length(2);
      expect(textOf(el, 'ol[part="list"] time')[0]).to.equal('March 15, 45 BC');
      expect(textOf(el, 'ol[part="list"] time')[1]).to.equal('800');
      expect(el.shadowRoot!.textContent).to.match(/\bBC\b/); // the axis names the era
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.match(/is not a day of February 2019/);
    });

    it('shows the group sectors and the series title on the wheel', async () => {
      const wrapper = await fixture(
        html`<div style="width:600px"><sector-wheel lang="en" src=${src}></sector-wheel></div>`,
      );
      const el = await drawn(wrapper.firstElementChild as MeetingVizElement, '[role="treeitem"]');
      const sectors = $$(el, '[role="treeitem"][aria-level="2"]').map((t) => t.getAttribute('aria-label'));
      expect(sectors).to.deep.equal(['Councils — Other: 2 of 4 meetings', 'Embassies — Other: 2 of 4 meetings']);
      expect(el.shadowRoot!.querySelector('svg')!.textContent).to.contain('Envoys and summits');
    });

    it('shows one event in the card: its BC date, plain text and only safe links', async () => {
      const id = file.endsWith('.json') ? 'forum' : '-0044-03-15-a-council-in-the-forum';
      const el = await drawn(
        (await fixture(html`<meeting-card lang="en" meeting=${id} src=${src}></meeting-card>`)) as MeetingVizElement,
        'article',
      );
      expect(textOf(el, '[part="dates"]')).to.deep.equal(['March 15, 45 BC']);
      expect(textOf(el, '[part="summary"]')[0]).to.match(/^Senators meet\. Read more/);
      expect($$(el, '[part="sources"] a').map((a) => a.getAttribute('href'))).to.deep.equal([
        'https://example.org/forum',
      ]);
      expect(el.shadowRoot!.querySelector('script, [onclick], a[href^="javascript"]')).to.equal(null);
    });
  });
}

describe('a live timeline', () => {
  const URL_ = '/live-timeline.json';
  const meetings = [
    { id: 'm1', start: '2000-05-01', title: 'First', sectors: ['trade'] },
    { id: 'm2', start: '2010-05-01', title: 'Second', sectors: ['trade'] },
    { id: 'm3', start: '2012-05-01', title: 'Third', sectors: ['energy'] },
    { id: 'm4', start: '2020-05-01', title: 'Fourth', sectors: ['trade'] },
  ];
  let body = JSON.stringify({ meetings: meetings.slice(0, 3) });
  const real = window.fetch;
  before(() => {
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) =>
      String(input) === URL_
        ? new Response(body, { headers: { 'Content-Type': 'application/json' } })
        : real(input, init);
  });
  after(() => (window.fetch = real));

  it('keeps the selection, the visible period and the filter when new data arrives', async () => {
    const wrapper = await fixture(
      html`<div style="width:800px"><meeting-timeline lang="en" src=${URL_} refresh="0.1" selected="m2" sectors="trade"></meeting-timeline></div>`,
    );
    const el = await drawn(
      wrapper.firstElementChild as MeetingVizElement & { zoomToRange(a: number, b: number): Promise<boolean> },
      'svg.chart',
    );
    await el.zoomToRange(Date.UTC(2005, 0, 1), Date.UTC(2011, 0, 1));
    await new Promise((done) => setTimeout(done, 300));
    const selectedX = () =>
      Math.round(el.shadowRoot!.querySelector('[part~="selected"]')!.getBoundingClientRect().left);
    const before = selectedX();
    body = JSON.stringify({ meetings });
    await waitUntil(() => el.series.meetings.length === 4, 'refreshed', { timeout: 3000 });
    await new Promise((done) => setTimeout(done, 500));
    await el.updateComplete;
    // The same period on screen: the selected meeting has not moved, although the data now reaches 2020.
    expect(Math.abs(selectedX() - before)).to.be.below(3);
    expect(el.getAttribute('selected')).to.equal('m2');
    expect(el.shadowRoot!.querySelector('[part~="selected"]')).to.not.equal(null);
    expect($$(el, 'ol[part="list"] li').length).to.be.at.most(3); // filtered to trade, visible period only
    expect(textOf(el, '[part="filter"]').join(' ')).to.match(/trade/i);
    expect(el.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent).to.match(/^Updated/);
  });
});
