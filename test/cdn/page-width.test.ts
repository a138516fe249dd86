import { expect, waitUntil } from '@open-wc/testing';
import { openFrame, settled, CDN, DATA, type Frame } from './frame.js';

/** Each element in the states a reader can put it in; `ready` says when that state is drawn. */
const STATES: Array<[string, string, (el: Element) => unknown]> = [
  [
    'a timeline',
    `<meeting-timeline src="${DATA}" lang="en"></meeting-timeline>`,
    (el) => el.shadowRoot!.querySelector('ol.list'),
  ],
  [
    'a timeline with m30 selected',
    `<meeting-timeline src="${DATA}" lang="en" selected="m30"></meeting-timeline>`,
    (el) => el.shadowRoot!.querySelector('meeting-card')?.shadowRoot?.querySelector('[part="title"]'),
  ],
  [
    'a timeline filtered',
    `<meeting-timeline src="${DATA}" lang="en" sectors="energy"></meeting-timeline>`,
    (el) => el.shadowRoot!.querySelector('[part="filter"]'),
  ],
  [
    'a wheel',
    `<sector-wheel src="${DATA}" lang="en"></sector-wheel>`,
    (el) => el.shadowRoot!.querySelector('[role="treeitem"]'),
  ],
  [
    'a wheel with a sector selected',
    `<sector-wheel src="${DATA}" lang="en" selected="energy"></sector-wheel>`,
    (el) => el.shadowRoot!.querySelector('.details .title'),
  ],
  [
    'a wheel of m30 in Russian, drilled in',
    `<sector-wheel src="${DATA}" lang="ru" meeting="m30" group="economy"></sector-wheel>`,
    (el) => el.shadowRoot!.querySelector('[role="treeitem"]'),
  ],
  [
    'a card of m30',
    `<meeting-card src="${DATA}" lang="en" meeting="m30"></meeting-card>`,
    (el) => el.shadowRoot!.querySelector('[part="title"]'),
  ],
  [
    'a compact card in Chinese',
    `<meeting-card src="${DATA}" lang="zh" meeting="m30" variant="compact"></meeting-card>`,
    (el) => el.shadowRoot!.querySelector('[part="title"]'),
  ],
];

describe('no element makes the page scroll sideways', () => {
  let frame: Frame | undefined;
  afterEach(() => frame?.remove());

  for (const width of [320, 375, 768, 1100]) {
    for (const [name, markup, ready] of STATES) {
      it(`${name}, in a page ${width} px wide`, async () => {
        frame = await openFrame(`<script type="module" src="${CDN}"></script>${markup}`, { width });
        await settled(frame);
        const el = frame.document.querySelector('meeting-timeline, sector-wheel, meeting-card')!;
        // The card in a timeline's panel is a chunk of its own, loaded when the panel opens: wait for it to draw.
        await waitUntil(() => ready(el), 'drawn in that state', { timeout: 10_000 });
        // The page's own scroll bar may come with that state: the element follows the narrower page at its
        // next resize (Firefox in CI once checked in between: 760 px of content in a 756 px page). What must
        // hold is the page once it is still.
        await (el as Element & { updateComplete?: Promise<unknown> }).updateComplete;
        const win = frame.window;
        for (let i = 0; i < 3; i++) await new Promise((done) => win.requestAnimationFrame(done));
        await (el as Element & { updateComplete?: Promise<unknown> }).updateComplete;
        const root = frame.document.documentElement;
        expect(root.clientWidth).to.be.within(width - 20, width);
        expect(root.scrollWidth).to.equal(root.clientWidth);
        // WebKitGTK reports one error here with no detail at all ("Script error.", not reproduced in Chromium or
        // Firefox); every other error still fails the test in every engine.
        const opaque = (e: string) =>
          e === 'uncaught: Script error.' && !/Chrome\/|Firefox\//.test(navigator.userAgent);
        expect(frame.errors.filter((e) => !opaque(e))).to.deep.equal([]);
      });
    }
  }
});
