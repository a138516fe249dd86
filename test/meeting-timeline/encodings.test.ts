/** Encodings as a reader sees them: host colours, format shapes, the legend, names, and the palette's contrast. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { MeetingTimeline } from '../../src/meeting-timeline/index.js';
import { resolvedColours } from '../../src/export/element-snapshot.js';
import { contrastRatio } from '../../src/shared/palette.js';
import { perceivedDistance } from '../../src/shared/colour-vision.js';
import { setViewport } from '../commands.js';
import { $, $$, realSeries, timeline } from './harness.js';

/** A used colour (`rgb(…)`) as `#rrggbb`. */
function hex(colour: string): string {
  const [r, g, b] = colour.match(/[\d.]+/g)!.map(Number);
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** The computed style of meeting `id`'s mark (ids `m1` … `m30` are in time order in the real series). */
const dot = (el: MeetingTimeline, id: string) => getComputedStyle($(el, `#mark-${Number(id.slice(1)) - 1} .dot`)!);

const legendItems = (el: MeetingTimeline, group: number) =>
  $$(el, `[part="legend"] .legend-group:nth-child(${group}) li`).map((li) => li.textContent!.trim());

describe('<meeting-timeline> encodings', () => {
  // The first chart of a page loads its modules and data: drawn once here, so each test's wait is for drawing only.
  before(async () => {
    const el = await fixture<MeetingTimeline>(
      html`<meeting-timeline .data=${await realSeries()} lang="en" style="width: 1000px"></meeting-timeline>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('svg.chart'), 'first timeline drawn', { timeout: 20000 });
  });

  it('colours in-person marks by host country, as the reader sees them', async () => {
    const el = await timeline(1000);
    // m29 Moscow (Russia hosts), m28 and m30 Beijing / Hangzhou (China hosts).
    expect(dot(el, 'm30').fill).to.equal(dot(el, 'm28').fill);
    expect(dot(el, 'm30').fill).to.not.equal(dot(el, 'm29').fill);
    expect(dot(el, 'm29').fill).to.equal(dot(el, 'm1').fill);
    // The legend's swatch for a country is the colour of its marks.
    const swatches = $$(el, '[part="legend"] .legend-group:first-child .swatch');
    const [russia, china] = swatches.map((s) => getComputedStyle(s).backgroundColor);
    expect(russia).to.equal(dot(el, 'm29').fill);
    expect(china).to.equal(dot(el, 'm30').fill);
  });

  it('follows a page’s --mv-host-2 for the second host country', async () => {
    const el = await timeline(1000, { css: '--mv-host-2: rgb(0, 128, 0)' });
    expect(dot(el, 'm30').fill).to.equal('rgb(0, 128, 0)');
    expect(dot(el, 'm29').fill).to.not.equal('rgb(0, 128, 0)');
  });

  it('draws video-link meetings as hollow rings', async () => {
    const el = await timeline(1000);
    const video = dot(el, 'm25');
    const inPerson = dot(el, 'm24');
    const bg = resolvedColours(el).bg;
    expect(hex(video.fill)).to.equal(bg);
    expect(hex(inPerson.fill)).to.not.equal(bg);
    expect(parseFloat(video.strokeWidth)).to.be.at.least(2);
    expect(contrastRatio(hex(video.stroke), bg)).to.be.at.least(3);
  });

  it('names the format and the place in each mark’s accessible name', async () => {
    const el = await timeline(1000);
    expect($(el, '#mark-29')!.getAttribute('aria-label')).to.match(/, Hangzhou, China, in person$/);
    expect($(el, '#mark-24')!.getAttribute('aria-label')).to.match(/, by video link$/);
    const zh = await timeline(1000, { lang: 'zh' });
    expect($(zh, '#mark-29')!.getAttribute('aria-label'))
      .to.contain('杭州')
      .and.match(/现场举行$/);
    const ru = await timeline(1000, { lang: 'ru' });
    expect($(ru, '#mark-24')!.getAttribute('aria-label')).to.match(/по видеосвязи$/);
  });

  for (const lang of ['en', 'zh', 'ru']) {
    it(`lists the host countries in the data and the formats in the legend, in ${lang}`, async () => {
      const el = await timeline(1000, { lang });
      const names = new Intl.DisplayNames([lang], { type: 'region' });
      // Russia hosted first (Moscow, 1996), then China.
      expect(legendItems(el, 1)).to.deep.equal([names.of('RU'), names.of('CN')]);
      const formats = legendItems(el, 2);
      expect(formats).to.have.length(2);
      if (lang !== 'en') for (const f of formats) expect(f).to.not.match(/[a-z]/i);
      const english = legendItems(await timeline(1000), 2);
      expect(english).to.deep.equal(['In person', 'Video conference']);
    });
  }

  it('lists only the hosts of the meetings shown when filtered', async () => {
    const data = {
      meetings: [
        { id: 'a', start: '2020-01-01', title: 'A', format: 'in-person', location: { city: 'Paris', country: 'FR' } },
        { id: 'b', start: '2021-01-01', title: 'B', format: 'hybrid', location: { city: 'Rome', country: 'IT' } },
      ],
    };
    const el = await timeline(1000, { data });
    expect(legendItems(el, 1)).to.deep.equal(['France', 'Italy']);
    expect(legendItems(el, 2)).to.deep.equal(['In person', 'In person and by video link']);
    // Hybrid: a ring round a dot.
    expect($$(el, '#mark-1 .core')).to.have.length(1);
    expect($$(el, '#mark-0 .core')).to.have.length(0);
  });

  for (const theme of ['light', 'dark']) {
    it(`keeps the two main host colours at 3:1 on the ${theme} background and apart for colour-blind readers`, async () => {
      const el = await timeline(1000, { theme });
      const bg = resolvedColours(el).bg;
      const [russia, china] = [hex(dot(el, 'm29').fill), hex(dot(el, 'm30').fill)];
      for (const colour of [russia, china]) expect(contrastRatio(colour, bg), colour).to.be.at.least(3);
      for (const deficiency of ['deuteranopia', 'protanopia'] as const)
        expect(perceivedDistance(russia, china, deficiency), deficiency).to.be.above(40);
    });
  }

  it('keeps filled and hollow shapes apart when colours are forced', () => {
    // (The test runner cannot emulate forced colours in every engine: check the rules that apply then.)
    const forced = (MeetingTimeline.styles as Array<{ styleSheet?: CSSStyleSheet }>)
      .flatMap((s) => [...(s.styleSheet?.cssRules ?? [])])
      .filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText.includes('forced-colors'))
      .flatMap((r) => [...r.cssRules] as CSSStyleRule[]);
    const rule = (selector: string) => forced.find((r) => r.selectorText.split(/,\s*/).includes(selector))?.style;
    expect(rule('.mark .dot')?.fill).to.equal('canvastext');
    expect(rule('.mark.video .dot')?.fill).to.equal('canvas');
    expect(rule('.mark.video .dot')?.stroke).to.equal('canvastext');
  });

  it('is accessible with the legend', async () => {
    const el = await timeline(1000, { theme: 'dark' });
    await expect(el).to.be.accessible();
  });

  it('wraps the legend at 320 px without making the page scroll sideways; list dots follow the encoding', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      await narrowLegend();
    } finally {
      await setViewport({ width: 1280, height: 800 });
    }
  });
});

/** The 320 px case: a legend that wraps inside the element, and list dots drawn as the marks are. */
async function narrowLegend() {
  // A 320 px page: the element as wide as the body, whatever the scrollbar leaves.
  const el = await fixture<MeetingTimeline>(
    html`<meeting-timeline .data=${await realSeries()} lang="en" theme="light"></meeting-timeline>`,
  );
  await waitUntil(() => el.shadowRoot!.querySelector('ol.list button'), 'list drawn', { timeout: 5000 });
  await el.updateComplete;
  expect($$(el, '[part="legend"] .legend-group').length).to.equal(2);
  const legend = $(el, '[part="legend"]')!;
  const box = legend.getBoundingClientRect();
  const host = el.getBoundingClientRect();
  expect(box.width).to.be.above(0);
  expect(box.right).to.be.at.most(host.right + 0.5);
  for (const li of $$(el, '[part="legend"] li'))
    expect(li.getBoundingClientRect().right).to.be.at.most(host.right + 0.5);
  expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
  await expect(el).to.be.accessible();
  const item = (id: string) => getComputedStyle($(el, `li[data-id="${id}"]`)!, '::before');
  expect(item('m25').backgroundColor).to.not.equal(item('m24').backgroundColor);
  expect(item('m30').backgroundColor).to.not.equal(item('m29').backgroundColor);
}
