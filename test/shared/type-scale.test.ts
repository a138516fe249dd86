import { expect, fixture, waitUntil } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../src/index.js';
import '../../src/meeting-map/index.js';
import type { MeetingSeries } from '../../src/data/schema.js';

// The elements' HTML text (lists, tables, cards, headings, notes) uses one type scale: small, body and large
// (12, 14 and 17.5 px at the default size), in two weights. Each size and weight a page uses costs the browser a
// font lookup. The scale follows the element's own font size, set by --mv-font-size or by a page's font-size.
const WEIGHTS = ['400', '700'];

let series: MeetingSeries;
before(async () => {
  series = (await (await fetch('/data/china-russia-regular-meetings.json')).json()) as MeetingSeries;
});

/**
 * "14px 700 (button.headline)" for each HTML element in `root` (and the shadow roots inside) that shows text
 * outside the scale of its element: 6/7, 1 and 1.25 times that element's own font size, in two weights.
 */
function offScale(root: ShadowRoot): string[] {
  const body = parseFloat(getComputedStyle(root.host).fontSize);
  const sizes = [(body * 6) / 7, body, body * 1.25];
  const found: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) found.push(...offScale(el.shadowRoot));
    if (el instanceof SVGElement) continue;
    const text = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
    if (!text || el.getClientRects().length === 0) continue;
    const style = getComputedStyle(el);
    if (sizes.some((px) => Math.abs(parseFloat(style.fontSize) - px) < 0.05) && WEIGHTS.includes(style.fontWeight))
      continue;
    found.push(
      `${style.fontSize} ${style.fontWeight} (${el.localName}${el.className ? `.${String(el.className).split(' ')[0]}` : ''})`,
    );
  }
  return found;
}

/** How many HTML elements in `root` show text. */
const texts = (root: ShadowRoot) =>
  [...root.querySelectorAll('*')].filter(
    (el) =>
      !(el instanceof SVGElement) &&
      [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()),
  ).length;

const FURNITURE =
  'heading="Every meeting" dek="Thirty meetings." note="A note." source="the dataset" data-link summary="visible"';

/** [name, markup, container width, the body size in px] */
const CASES: Array<[string, string, number, number]> = [
  [
    'the timeline as a list, 320 px wide, in Chinese',
    `<meeting-timeline ${FURNITURE} selected="m30" lang="zh"></meeting-timeline>`,
    320,
    14,
  ],
  [
    'the timeline as a chart, a meeting open',
    `<meeting-timeline ${FURNITURE} selected="m30"></meeting-timeline>`,
    900,
    14,
  ],
  ['the wheel', `<sector-wheel ${FURNITURE} meeting="m30"></sector-wheel>`, 600, 14],
  ['the card', '<meeting-card meeting="m30"></meeting-card>', 600, 14],
  ['the compact card', '<meeting-card meeting="m30" variant="compact"></meeting-card>', 600, 14],
  ['the map, in Russian', `<meeting-map ${FURNITURE} meeting="m30" lang="ru"></meeting-map>`, 600, 14],
  [
    'a card the page sizes with --mv-font-size',
    '<meeting-card meeting="m30" style="--mv-font-size: 16px"></meeting-card>',
    600,
    16,
  ],
  [
    'a timeline the page sizes with font-size',
    `<meeting-timeline ${FURNITURE} selected="m30" style="font-size: 20px"></meeting-timeline>`,
    360,
    20,
  ],
];

describe('the type scale', () => {
  for (const [name, markup, width, body] of CASES) {
    it(`keeps ${name} to three sizes and two weights`, async () => {
      const wrap = await fixture<HTMLElement>(staticHtml`<div style="width:${width}px">${unsafeStatic(markup)}</div>`);
      const el = wrap.firstElementChild as HTMLElement & { data: MeetingSeries; updateComplete: Promise<unknown> };
      if (!el.hasAttribute('lang')) el.setAttribute('lang', 'en');
      el.data = series;
      await waitUntil(() => texts(el.shadowRoot!) > 5, 'the element shows its text');
      await el.updateComplete;
      expect(parseFloat(getComputedStyle(el).fontSize)).to.equal(body);
      const off = offScale(el.shadowRoot!);
      expect(off.slice(0, 8), `text outside the scale in ${name}`).to.deep.equal([]);
    });
  }
});
