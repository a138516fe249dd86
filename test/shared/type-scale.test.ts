import { expect, fixture, waitUntil } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../src/index.js';
import '../../src/meeting-map/index.js';
import type { MeetingSeries } from '../../src/data/schema.js';

// The elements' HTML text (lists, tables, cards, headings, notes) uses one type scale: small, body and large
// at the default 14px, in two weights. Each size and weight a page uses costs the browser a font lookup.
const SIZES = ['12px', '14px', '17.5px'];
const WEIGHTS = ['400', '700'];

let series: MeetingSeries;
before(async () => {
  series = (await (await fetch('/data/china-russia-regular-meetings.json')).json()) as MeetingSeries;
});

/** "14px 700 (button.headline)" for each HTML element in `root` (and the shadow roots inside) that shows text. */
function textStyles(root: ShadowRoot | Element): string[] {
  const found: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) found.push(...textStyles(el.shadowRoot));
    if (el instanceof SVGElement) continue;
    const text = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
    if (!text || el.getClientRects().length === 0) continue;
    const style = getComputedStyle(el);
    found.push(
      `${style.fontSize} ${style.fontWeight} (${el.localName}${el.className ? `.${String(el.className).split(' ')[0]}` : ''})`,
    );
  }
  return found;
}

const FURNITURE =
  'heading="Every meeting" dek="Thirty meetings." note="A note." source="the dataset" data-link summary="visible"';

const CASES: Array<[string, string, number]> = [
  ['the timeline as a list', `<meeting-timeline ${FURNITURE} selected="m30"></meeting-timeline>`, 360],
  ['the timeline as a chart, a meeting open', `<meeting-timeline ${FURNITURE} selected="m30"></meeting-timeline>`, 900],
  ['the wheel', `<sector-wheel ${FURNITURE} meeting="m30"></sector-wheel>`, 600],
  ['the card', '<meeting-card meeting="m30"></meeting-card>', 600],
  ['the compact card', '<meeting-card meeting="m30" variant="compact"></meeting-card>', 600],
  ['the map', `<meeting-map ${FURNITURE} meeting="m30"></meeting-map>`, 600],
];

describe('the type scale', () => {
  for (const [name, markup, width] of CASES) {
    it(`keeps ${name} to three sizes and two weights`, async () => {
      const wrap = await fixture<HTMLElement>(staticHtml`<div style="width:${width}px">${unsafeStatic(markup)}</div>`);
      const el = wrap.firstElementChild as HTMLElement & { data: MeetingSeries; updateComplete: Promise<unknown> };
      el.setAttribute('lang', 'en');
      el.data = series;
      await waitUntil(() => textStyles(el.shadowRoot!).length > 5, 'the element shows its text');
      await el.updateComplete;
      const styles = textStyles(el.shadowRoot!);
      const off = styles.filter((s) => {
        const [size, weight] = s.split(' ');
        return !SIZES.includes(size) || !WEIGHTS.includes(weight);
      });
      expect(off, `text outside the scale in ${name}`).to.deep.equal([]);
    });
  }
});
