import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '../commands.js';
import '../../src/index.js';
import type { MeetingSeries } from '../../src/data/schema.js';
import { pageHeadingLevel } from '../../src/shared/heading-level.js';

let series: MeetingSeries;
before(async () => {
  series = (await (await fetch('/data/china-russia-regular-meetings.json')).json()) as MeetingSeries;
  await emulateMedia({ reducedMotion: 'reduce' });
});
after(() => emulateMedia({ reducedMotion: 'no-preference' }));

/** The levels of the headings a reader meets inside an element, in order. */
const levels = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.localName[1]));

describe('pageHeadingLevel', () => {
  it('is 2 in a page with no heading before the element', async () => {
    const page = await fixture(html`<div><span></span><h1>After</h1></div>`);
    expect(pageHeadingLevel(page.querySelector('span')!)).to.equal(2);
  });

  it('is one below the nearest heading before the element, nested or not', async () => {
    const page = await fixture(
      html`<div><h1>Title</h1><section><h3>Part</h3><p>text</p></section><div><span></span></div><h2>Later</h2></div>`,
    );
    expect(pageHeadingLevel(page.querySelector('span')!)).to.equal(4);
  });

  it('reads role="heading" with aria-level, and never goes past 6', async () => {
    const page = await fixture(
      html`<div><div role="heading" aria-level="4">Part</div><span></span><h6>Deep</h6><b></b></div>`,
    );
    expect(pageHeadingLevel(page.querySelector('span')!)).to.equal(5);
    expect(pageHeadingLevel(page.querySelector('b')!)).to.equal(6);
  });

  it('looks out of a shadow root to the page around its host', async () => {
    const page = await fixture(html`<div><h2>Section</h2><div class="host"></div></div>`);
    const root = page.querySelector('.host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>no heading here</p><span></span>';
    expect(pageHeadingLevel(root.querySelector('span')!)).to.equal(3);
  });
});

describe('headings that fit the page', () => {
  const cases: Array<[string, (s: MeetingSeries) => ReturnType<typeof html>, string]> = [
    ['meeting-card', (s) => html`<meeting-card .data=${s} meeting="m30" lang="en"></meeting-card>`, '[part="title"]'],
    [
      'meeting-timeline',
      (s) => html`<meeting-timeline .data=${s} selected="m30" lang="en" style="width: 900px"></meeting-timeline>`,
      'meeting-card',
    ],
    [
      'meeting-timeline (a phone list)',
      (s) => html`<meeting-timeline .data=${s} selected="m30" lang="en" style="width: 360px"></meeting-timeline>`,
      'meeting-card',
    ],
    [
      'sector-wheel',
      (s) => html`<sector-wheel .data=${s} selected="energy" lang="en"></sector-wheel>`,
      '.details .title',
    ],
  ];
  for (const [name, template, ready] of cases) {
    it(`<${name}> after an h1 in a plain page: its headings start at h2 and axe (heading-order included) is clean`, async () => {
      const page = await fixture<HTMLElement>(html`<main><h1>An article</h1><p>Text.</p>${template(series)}</main>`);
      const el = page.querySelector('meeting-card, meeting-timeline, sector-wheel')!;
      await waitUntil(() => el.shadowRoot!.querySelector(ready), 'drawn');
      const inner = el.shadowRoot!.querySelector('meeting-card');
      if (inner) await waitUntil(() => inner.shadowRoot!.querySelector('[part="title"]'), 'card drawn');
      const headings = inner ? levels(inner) : levels(el);
      expect(headings[0]).to.equal(2);
      await expect(page).to.be.accessible();
    });
  }

  it('(the axe check itself reports a skipped level)', async () => {
    const page = await fixture<HTMLElement>(html`<main><h1>An article</h1><h3>Skipped a level</h3></main>`);
    await expect(page).not.to.be.accessible();
  });

  it('keeps the heading-level attribute as an override', async () => {
    const page = await fixture<HTMLElement>(html`<main><h1>An article</h1>
      <meeting-card .data=${series} meeting="m30" lang="en" heading-level="4"></meeting-card>
      <sector-wheel .data=${series} selected="energy" lang="en" heading-level="5"></sector-wheel></main>`);
    const card = page.querySelector('meeting-card')!;
    const wheel = page.querySelector('sector-wheel')!;
    await waitUntil(
      () => card.shadowRoot!.querySelector('[part="title"]') && wheel.shadowRoot!.querySelector('.details .title'),
      'drawn',
    );
    expect(levels(card)[0]).to.equal(4);
    expect(levels(wheel)[0]).to.equal(5);
    expect(levels(wheel).slice(1)).to.include(6);
  });
});
