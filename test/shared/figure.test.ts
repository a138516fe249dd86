import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { MeetingMap } from '../../src/meeting-map/index.js';
import type { ChartElement } from '../../src/shared/chart-element.js';
import type { MeetingSeries } from '../../src/data/schema.js';
import { $, $$, click, realSeries, REAL_SERIES_URL } from '../fixtures/browser.js';

const TAGS = ['meeting-timeline', 'sector-wheel', 'meeting-map'] as const;
type Tag = (typeof TAGS)[number];

let series: MeetingSeries;
before(async () => {
  MeetingMap.landUrl = '/node_modules/world-atlas/land-110m.json';
  series = await realSeries();
});

/** The chart drawn (its focusable element is there) or its list (the timeline below 480 px). */
const drawn = (el: Element) =>
  !el.hasAttribute('loading') &&
  !!$(el, 'svg.chart, svg.map, [role="tree"], ol, [part="error"]') &&
  !!$(el, '#summary');

/** The focusable element that describes the chart. */
const described = (el: Element) => $(el, '[aria-describedby~="summary"]')!;

/** A chart element `tag` in a box `width` px wide, with `attrs` set as attributes, settled. */
async function chart(tag: Tag, attrs: Record<string, string> = {}, width = 800, children = ''): Promise<ChartElement> {
  const box = await fixture<HTMLDivElement>(html`<div style="width:${width}px"></div>`);
  const el = document.createElement(tag) as ChartElement;
  for (const [name, value] of Object.entries({ lang: 'en', theme: 'light', ...attrs })) el.setAttribute(name, value);
  el.innerHTML = children;
  if (!attrs.src) el.data = series;
  box.append(el);
  // Wide enough, every chart draws its focusable element (the timeline lists its meetings first).
  await waitUntil(() => drawn(el) && (width < 480 || !!described(el)), `${tag} drawn`, { timeout: 10_000 });
  await el.updateComplete;
  return el;
}

/** The data's `sources` publishers in English, counted here from the data. */
const publishers = () => [
  ...new Set(series.sources!.flatMap((s) => (s.publisher ? [(s.publisher as Record<string, string>).en] : []))),
];

describe('chart furniture and summary', function () {
  this.timeout(20_000);

  for (const tag of TAGS) {
    describe(tag, () => {
      it('changes nothing with no furniture set: no figure, only the hidden summary describing the chart', async () => {
        const el = await chart(tag);
        expect($(el, 'figure, [part~="heading"], [part~="source"], [part~="data-link"]')).to.equal(null);
        const summary = $(el, '#summary')!;
        expect(summary.classList.contains('visually-hidden')).to.equal(true);
        expect(summary.textContent).to.match(/\w/);
        expect(
          el.shadowRoot!.getElementById(described(el).getAttribute('aria-describedby')!.split(' ').pop()!),
        ).to.equal(summary);
      });

      it('shows heading, dek and note as text (never as HTML), and defaults the source to the publishers', async () => {
        const el = await chart(tag, {
          heading: '<b>Thirty</b> meetings',
          dek: 'A dek <i>here</i>',
          note: 'Note <img src=x onerror=alert(1)>',
          source: '',
        });
        const figure = $(el, 'figure[part="figure"]')!;
        expect(figure.querySelector('figcaption [part="heading"]')!.localName).to.equal('h2');
        expect(figure.querySelector('[part="heading"]')!.textContent).to.equal('<b>Thirty</b> meetings');
        expect(figure.querySelector('[part="dek"]')!.textContent).to.equal('A dek <i>here</i>');
        expect(figure.querySelector('[part="note"]')!.textContent).to.equal('Note <img src=x onerror=alert(1)>');
        expect($$(el, 'b, i, img')).to.have.length(0);
        const source = figure.querySelector('[part="source"]')!.textContent!;
        for (const name of publishers()) expect(source).to.include(name);
        expect(figure.contains(described(el))).to.equal(true);
        await expect(el).to.be.accessible();
      });

      it('shows the summary with summary="visible", its counts from the data', async () => {
        const el = await chart(tag, { summary: 'visible' });
        const summary = $(el, '[part="summary"]')!;
        expect(summary.classList.contains('visually-hidden')).to.equal(false);
        expect(summary.getBoundingClientRect().height).to.be.above(0);
        const video = series.meetings.filter((m) => m.format === 'video').length;
        const counted =
          tag === 'meeting-map'
            ? `${video} by video link`
            : tag === 'sector-wheel'
              ? `across ${series.meetings.length} meetings`
              : `${series.meetings.length} meetings`;
        expect(summary.textContent).to.include(counted);
      });

      it('never scrolls sideways at 320 px with every piece of furniture', async () => {
        const el = await chart(
          tag,
          {
            heading: 'Regular meetings of the heads of government of China and Russia',
            dek: 'Thirty meetings',
            source: '',
            note: 'Video meetings 2020–2022',
            'data-link': 'csv',
            summary: 'visible',
          },
          320,
        );
        expect(el.scrollWidth).to.be.at.most(320);
        expect($(el, 'figure')!.scrollWidth).to.be.at.most(320);
      });
    });
  }

  it('takes the heading level from heading-level, and rich content from slots', async () => {
    const el = await chart(
      'meeting-timeline',
      { 'heading-level': '4' },
      800,
      '<span slot="heading">Rich <em>heading</em></span>',
    );
    const heading = $(el, '[part="heading"]')!;
    expect(heading.localName).to.equal('h4');
    const slot = heading.querySelector('slot')!;
    expect(slot.assignedNodes()[0].textContent).to.equal('Rich heading');
  });

  it('links the data file the element shows', async () => {
    const el = await chart('meeting-timeline', { src: REAL_SERIES_URL, 'data-link': '' });
    const link = $(el, 'a[part="data-link"]') as HTMLAnchorElement;
    expect(link.href).to.equal(new URL(REAL_SERIES_URL, location.href).href);
    expect(link.download).to.equal('china-russia-regular-meetings.json');
    const data = (await (await fetch(link.href)).json()) as MeetingSeries;
    expect(data.meetings).to.have.length(series.meetings.length);
  });

  it('never links a javascript: URL', async () => {
    const el = await chart('sector-wheel', { 'data-link': 'javascript:alert(1)' });
    expect($(el, '[part="data-link"]')).to.equal(null);
  });

  it('downloads the meetings on screen as CSV', async () => {
    const el = await chart('meeting-timeline', { 'data-link': 'csv', sectors: 'energy' });
    const saved: HTMLAnchorElement[] = [];
    const original = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      saved.push(this);
    };
    try {
      click($(el, 'button[part="data-link"]')!);
      await waitUntil(() => saved.length > 0, 'a download', { timeout: 5000 });
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
    expect(saved[0].download).to.match(/\.csv$/);
    const csv = await (await fetch(saved[0].href)).text();
    const onScreen = series.meetings.filter(
      (m) => m.sectors?.includes('energy') || m.documents?.some((d) => d.sectors?.includes('energy')),
    );
    expect(csv.trim().split('\n')).to.have.length(onScreen.length + 1);
  });
});
