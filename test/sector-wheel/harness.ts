/** The wheel's test harness: one way to mount it and wait until it is drawn at its size. */
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/sector-wheel/index.js';
import type { SectorWheel } from '../../src/sector-wheel/index.js';
import { $, realSeries } from '../fixtures/browser.js';

// A first draw can take seconds on a busy machine (modules, fonts, WebKit under Xvfb); this waits, it does not time.
const DRAWN = { timeout: 10_000 };

export { $, $$, click, frame, realSeries } from '../fixtures/browser.js';

export interface WheelOptions {
  width?: number;
  lang?: string;
  theme?: string;
  meeting?: string;
  group?: string;
  weight?: string;
  legend?: string;
  /** Default: the real dataset. */
  data?: unknown;
}

/** A wheel at `width` px, waited for until its wedges (or its error) are drawn at that size. */
export async function wheel(o: WheelOptions = {}): Promise<SectorWheel> {
  const width = o.width ?? 600;
  const data = o.data ?? (await realSeries());
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px">
    <sector-wheel .data=${data} lang=${o.lang ?? 'en'} theme=${o.theme ?? 'light'} meeting=${o.meeting ?? ''}
      group=${o.group ?? ''} weight=${o.weight ?? 'count'} legend=${o.legend ?? 'auto'}></sector-wheel>
  </div>`);
  const el = wrapper.querySelector('sector-wheel')!;
  await waitUntil(() => el.shadowRoot!.querySelector('[role="treeitem"], [role="alert"]'), 'wheel drawn', DRAWN);
  await waitUntil(
    () => $(el, 'svg')?.getAttribute('width') === String(width) || $(el, '[role="alert"]'),
    'wheel sized',
    DRAWN,
  );
  await el.updateComplete;
  return el;
}

/** A sector's wedge. */
export const sector = (el: SectorWheel, id: string) => $(el, `[data-key="sector:${id}"]`) as SVGPathElement;
/** A group's wedge. */
export const group = (el: SectorWheel, id: string) => $(el, `[data-key="group:${id}"]`) as SVGPathElement;
/** The key (`group:…` or `sector:…`) of the focused wedge. */
export const active = (el: SectorWheel) => (el.shadowRoot!.activeElement as SVGElement | null)?.dataset.key;
