/** The timeline's test harness: one way to mount it and wait until it is drawn. */
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/meeting-timeline/index.js';
import type { MeetingTimeline } from '../../src/meeting-timeline/index.js';
import { realSeries } from '../fixtures/browser.js';

// A first draw can take seconds on a busy machine (modules, fonts, WebKit under Xvfb); this waits, it does not time.
const DRAWN = { timeout: 10_000 };

export { $, $$, click, frame, realSeries } from '../fixtures/browser.js';

export interface TimelineOptions {
  lang?: string;
  theme?: string;
  sectors?: string;
  /** Default: the real dataset. */
  data?: unknown;
  /** CSS custom properties for the wrapper (the page's theming), e.g. `--mv-timeline-height: 15rem`. */
  css?: string;
}

/** A timeline at `width` px in a wrapper, waited for until its chart (or, narrow, its list) is drawn. */
export async function timeline(width = 1000, attrs: TimelineOptions = {}): Promise<MeetingTimeline> {
  const data = attrs.data ?? (await realSeries());
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px;${attrs.css ?? ''}">
    <meeting-timeline .data=${data} lang=${attrs.lang ?? 'en'} theme=${attrs.theme ?? 'light'} sectors=${attrs.sectors ?? ''}></meeting-timeline>
  </div>`);
  const el = wrapper.querySelector('meeting-timeline')!;
  await waitUntil(
    () => el.shadowRoot!.querySelector(width >= 480 ? 'svg.chart' : 'ol.list button'),
    'timeline drawn',
    DRAWN,
  );
  await el.updateComplete;
  return el;
}

/** Waits until a timeline placed by the test has drawn its chart. */
export async function drawn(el: MeetingTimeline): Promise<void> {
  await waitUntil(() => el.shadowRoot!.querySelector('svg.chart'), 'timeline drawn', DRAWN);
  await el.updateComplete;
}
