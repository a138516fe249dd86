import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import type { MeetingSeries } from '../../src/data/schema.js';

let series: MeetingSeries;
before(async () => {
  series = (await (await fetch('/data/china-russia-regular-meetings.json')).json()) as MeetingSeries;
  await emulateMedia({ reducedMotion: 'reduce' });
});
after(async () => {
  await setViewport({ width: 800, height: 600 });
  await emulateMedia({ reducedMotion: 'no-preference' });
});

type Viz = HTMLElement & { updateComplete: Promise<unknown> };
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Each element in the states a reader can put it in. */
const states: Array<[string, () => TemplateResult, (el: Viz) => unknown]> = [
  ['a timeline', () => html`<meeting-timeline .data=${series} lang="en"></meeting-timeline>`, () => true],
  ['a timeline with m30 selected', () => html`<meeting-timeline .data=${series} lang="en" selected="m30"></meeting-timeline>`, (el) => el.shadowRoot!.querySelector('meeting-card')],
  ['a wheel', () => html`<sector-wheel .data=${series} lang="en"></sector-wheel>`, (el) => el.shadowRoot!.querySelector('[role="treeitem"]')],
  ['a wheel with a sector selected', () => html`<sector-wheel .data=${series} lang="en" selected="energy"></sector-wheel>`, (el) => el.shadowRoot!.querySelector('.details h3, .details [role="heading"], .details :is(h2,h3,h4,h5,h6)')],
  ['a wheel of m30 in Russian', () => html`<sector-wheel .data=${series} lang="ru" meeting="m30"></sector-wheel>`, (el) => el.shadowRoot!.querySelector('[role="treeitem"]')],
  ['a card of m30', () => html`<meeting-card .data=${series} lang="en" meeting="m30"></meeting-card>`, (el) => el.shadowRoot!.querySelector('[part="title"]')],
];

describe('no element makes the page scroll sideways', () => {
  for (const width of [320, 375, 768, 1100]) {
    for (const [name, template, ready] of states) {
      it(`${name} at ${width} px`, async () => {
        await setViewport({ width, height: 700 });
        const el = await fixture<Viz>(template());
        await waitUntil(() => ready(el), 'drawn');
        await frame();
        await el.updateComplete;
        await frame();
        expect(document.documentElement.scrollWidth).to.equal(document.documentElement.clientWidth);
      });
    }
  }
});
