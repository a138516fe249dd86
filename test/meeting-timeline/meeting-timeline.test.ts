import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { focusPage, setViewport } from '../commands.js';
import type { MeetingTimeline, ZoomChangeEvent } from '../../src/meeting-timeline/index.js';
import type { MeetingSeries } from '../../src/data/schema.js';

import { $, $$, frame, realSeries, timeline } from './harness.js';

let series: MeetingSeries;
before(async () => {
  series = await realSeries();
});

describe('<meeting-timeline>', () => {
  it('draws one mark per meeting of the real series on a wide axis, with eras', async () => {
    const el = await timeline(1000);
    expect($$(el, '[part~="meeting"]')).to.have.length(30);
    expect($$(el, '[part="era"]')).to.have.length(13); // 5 Chinese premiers, 8 Russian prime ministers
    expect($$(el, '.tick text').length).to.be.at.least(4);
    expect($$(el, 'ol[part="list"] li')).to.have.length(30);
    expect($(el, 'ol[part="list"] time')!.getAttribute('datetime')).to.equal('1996-12-27');
  });

  it('draws a planned meeting hollow and dashed, and says it is planned', async () => {
    const data = {
      meetings: [
        { id: 'a', start: '2024-08-21', title: 'Held' },
        { id: 'b', start: '2025-11-03', title: 'Planned one', status: 'planned' },
      ],
    };
    const el = await timeline(1000, { data });
    const [held, planned] = $$(el, '[part~="meeting"]');
    expect(held.getAttribute('part')).to.equal('meeting');
    expect(planned.getAttribute('part')).to.equal('meeting planned');
    expect(planned.getAttribute('aria-label')).to.match(/, planned$/);
    const dot = (mark: Element) => getComputedStyle(mark.querySelector('.dot')!);
    expect(dot(planned).strokeDasharray).to.not.equal('none');
    expect(dot(planned).fill).to.not.equal(dot(held).fill);
    expect(dot(held).strokeDasharray).to.equal('none');
  });

  it('makes Russian ordinal labels agree with the series noun (BRICS: «саммит»)', async () => {
    const brics = (await (await fetch('/data/brics-summits.json')).json()) as MeetingSeries;
    const el = await timeline(1000, { data: brics, lang: 'ru' });
    // Where a city has no room the label is the ordinal.
    const ordinals = $$(el, '.label')
      .map((t) => t.textContent!.trim())
      .filter((label) => /^\d/.test(label));
    expect(ordinals.length).to.be.above(3);
    for (const label of ordinals) expect(label).to.match(/^\d+-й$/);
  });

  it('is as tall as --mv-timeline-height says, in any unit, with the axis at the bottom', async () => {
    const el = await timeline(1000, { css: '--mv-timeline-height: 15rem' });
    const svg = $(el, 'svg.chart')!;
    const tall = parseFloat(getComputedStyle(document.documentElement).fontSize) * 15;
    await waitUntil(() => svg.getAttribute('height') === String(tall), 'chart height');
    expect(svg.getBoundingClientRect().height).to.equal(tall);
    expect($(el, '.axis-line')!.getAttribute('y1')).to.equal(String(tall - 40));
  });

  it('shows labels that never overlap', async () => {
    const el = await timeline(1000);
    const boxes = $$(el, '.label').map((t) => (t as SVGTextElement).getBoundingClientRect());
    expect(boxes.length).to.be.at.least(10);
    for (const a of boxes)
      for (const b of boxes) {
        if (a === b) continue;
        const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        expect(overlap).to.equal(false);
      }
  });

  it('selects a meeting on click: marks it, fires meeting-select and shows its card', async () => {
    const el = await timeline(1000);
    const mark = $(el, '#mark-29') as SVGGElement;
    setTimeout(() => mark.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })));
    const event = await oneEvent(el, 'meeting-select');
    expect(event.detail.id).to.equal('m30');
    expect(event.detail.meeting.ordinal).to.equal(30);
    await el.updateComplete;
    expect(el.selected).to.equal('m30');
    expect(mark.getAttribute('part')).to.equal('meeting selected');
    expect(mark.getAttribute('aria-selected')).to.equal('true');
    const card = $(el, '[part="panel"] meeting-card') as HTMLElement & { meeting: unknown };
    expect((card.meeting as { id: string }).id).to.equal('m30');
  });

  it('moves between meetings with arrow keys and selects with Enter (one tab stop)', async () => {
    const el = await timeline(1000);
    const chart = $(el, 'svg.chart') as SVGSVGElement;
    // The chart, and one button of the zoom toolbar after it (test/shared/tab-stops.test.ts).
    expect($$(el, '[tabindex="0"]')).to.deep.equal([chart, $(el, '[part="zoom-in"]')]);
    await focusPage();
    chart.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    const active = chart.getAttribute('aria-activedescendant')!;
    expect(active).to.equal('mark-1');
    expect(getComputedStyle($(el, '#mark-1 .ring')!).visibility).to.equal('visible');
    expect(getComputedStyle($(el, '#mark-2 .ring')!).visibility).to.equal('hidden');
    expect($(el, `#${active}`)!.getAttribute('aria-label')).to.match(/^.+, June 27.+1997, .+/);
    setTimeout(() => sendKeys({ press: 'Enter' }));
    const event = await oneEvent(el, 'meeting-select');
    expect(event.detail.id).to.equal('m02');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(chart.getAttribute('aria-activedescendant')).to.equal('mark-29');
  });

  it('draws data set after the first render on an element whose size does not change', async () => {
    const el = await fixture<MeetingTimeline>(
      html`<meeting-timeline style="display:block;width:900px;height:400px"></meeting-timeline>`,
    );
    await frame();
    await frame();
    el.data = series;
    await el.updateComplete;
    expect($$(el, '[part~="meeting"]')).to.have.length(30);
  });

  it('renders with a language tag Intl rejects (lang="en_US"), in English', async () => {
    const el = await timeline(1000, { lang: 'en_US' });
    expect($$(el, '[part~="meeting"]')).to.have.length(30);
    expect($(el, 'ol[part="list"] time')!.textContent).to.equal('December 27, 1996');
  });

  it('leaves the details to the page with details="none"', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width:1000px"><meeting-timeline .data=${series} details="none" selected="m30"></meeting-timeline></div>`,
    );
    const el = wrapper.querySelector('meeting-timeline')!;
    await waitUntil(() => $(el, 'svg.chart'), 'timeline drawn');
    await el.updateComplete;
    expect($(el, '#mark-29')!.getAttribute('part')).to.equal('meeting selected');
    expect($(el, '[part="panel"]')).to.equal(null);
  });

  it('selects from outside with the selected attribute', async () => {
    const el = await timeline(1000);
    el.setAttribute('selected', 'm05');
    await el.updateComplete;
    expect($(el, '[part="meeting selected"]')!.id).to.equal('mark-4');
  });

  it('zooms with the buttons and keys, clamps zooming out at the whole series, and reports zoom-change', async () => {
    const el = await timeline(1000);
    const zoomIn = $(el, '[part="zoom-in"]') as HTMLButtonElement;
    setTimeout(() => zoomIn.click());
    const event = await oneEvent(el, 'zoom-change');
    expect(event.detail.k).to.equal(2);
    await frame();
    await el.updateComplete;
    expect($$(el, '[part~="meeting"]').length).to.be.below(30);
    let last: ZoomChangeEvent | undefined;
    el.addEventListener('zoom-change', (e) => (last = e));
    await el.zoomTo(0.01);
    expect(last!.detail.k).to.equal(1);
    expect(+last!.detail.start).to.be.below(Date.UTC(1996, 11, 27));
    expect(+last!.detail.end).to.be.above(Date.UTC(2025, 10, 3));
    expect($$(el, '[part~="meeting"]')).to.have.length(30);
    await el.zoomTo(1e9);
    expect(last!.detail.k).to.be.below(1000);
    await el.resetZoom();
    ($(el, 'svg.chart') as SVGSVGElement).focus();
    await sendKeys({ press: '+' });
    await el.updateComplete;
    expect(last!.detail.k).to.equal(2);
  });

  it('does not zoom on a plain wheel (the page scrolls), but on Ctrl + wheel', async () => {
    const el = await timeline(1000);
    const chart = $(el, 'svg.chart') as SVGSVGElement;
    let zoomed = 0;
    el.addEventListener('zoom-change', () => zoomed++);
    const plain = new WheelEvent('wheel', { deltaY: -200, bubbles: true, cancelable: true, clientX: 500, clientY: 50 });
    chart.dispatchEvent(plain);
    await aTimeout(50);
    expect(plain.defaultPrevented).to.equal(false);
    expect(zoomed).to.equal(0);
    chart.dispatchEvent(
      new WheelEvent('wheel', {
        deltaY: -200,
        ctrlKey: true,
        bubbles: true,
        cancelable: true,
        clientX: 500,
        clientY: 50,
      }),
    );
    await aTimeout(200);
    expect(zoomed).to.be.at.least(1);
    expect(getComputedStyle(chart).touchAction).to.equal('pan-y');
  });

  it('filters by sectors, says so, and clears the filter with a button', async () => {
    const el = await timeline(1000, { sectors: 'satellite-navigation' });
    expect($$(el, '[part~="meeting"]')).to.have.length(3);
    expect($$(el, 'ol[part="list"] li')).to.have.length(3);
    expect($(el, '[part="filter"]')!.textContent).to.match(/Showing meetings on:\s+Satellite navigation/i);
    setTimeout(() => ($(el, '[part="filter"] button') as HTMLButtonElement).click());
    const event = await oneEvent(el, 'filter-change');
    expect(event.detail.sectors).to.deep.equal([]);
    await el.updateComplete;
    expect($$(el, '[part~="meeting"]')).to.have.length(30);
    expect($(el, '[part="filter"]')).to.equal(null);
  });

  it('accepts the filter as a property list', async () => {
    const el = await timeline(1000);
    el.sectors = ['satellite-navigation', 'sco'];
    await el.updateComplete;
    expect($$(el, 'ol[part="list"] li')).to.have.length(3);
  });

  it('becomes a vertical list at 320px, where a meeting is selected with its button', async () => {
    await setViewport({ width: 360, height: 700 });
    const el = await timeline(320);
    expect($(el, 'svg.chart')).to.equal(null);
    const list = $(el, 'ol[part="list"]')!;
    expect(list.closest('.visually-hidden')).to.equal(null);
    const button = $$(el, 'ol[part="list"] button.headline')[29] as HTMLButtonElement;
    expect(button.getBoundingClientRect().right).to.be.at.most(330);
    setTimeout(() => button.click());
    const event = await oneEvent(el, 'meeting-select');
    expect(event.detail.id).to.equal('m30');
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(button.closest('li')!.querySelector('meeting-card')).to.not.equal(null);
    await setViewport({ width: 1200, height: 800 });
  });

  it('is drawn correctly when first rendered inside display:none and shown later', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="display:none;width:900px"><meeting-timeline .data=${series} lang="en"></meeting-timeline></div>`,
    );
    const el = wrapper.querySelector('meeting-timeline')!;
    await el.updateComplete;
    wrapper.style.display = 'block';
    await waitUntil(() => $(el, 'svg.chart'), 'chart drawn once shown');
    await el.updateComplete;
    expect($$(el, '[part~="meeting"]')).to.have.length(30);
  });

  it('holds the height it will have while its data loads, with nothing there to focus or read', async () => {
    // The data is held back until the loading state has been looked at (a fast or cached answer could
    // otherwise arrive first: WebKit in CI once had the chart drawn before the check).
    const realFetch = window.fetch;
    let release = () => {};
    const held = new Promise<void>((done) => (release = done));
    window.fetch = async (...args: Parameters<typeof fetch>) => (await held, realFetch(...args));
    try {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width:900px"><meeting-timeline src="/data/china-russia-regular-meetings.json" lang="en"></meeting-timeline></div>`,
      );
      const el = wrapper.querySelector('meeting-timeline')!;
      expect(el.hasAttribute('loading')).to.equal(true);
      const loading = el.getBoundingClientRect().height;
      expect($$(el, 'button:not([disabled])')).to.have.length(0);
      expect($(el, '.toolbar')!.closest('[aria-hidden="true"]')).to.not.equal(null);
      release();
      await waitUntil(() => $(el, 'svg.chart'), 'chart drawn');
      await el.updateComplete;
      expect(el.getBoundingClientRect().height).to.be.closeTo(loading, 0.5);
    } finally {
      release();
      window.fetch = realFetch;
    }
  });

  it('draws the chart in its first render when mounted with its data, never flashing the narrow list', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:900px"></div>`);
    const el = document.createElement('meeting-timeline');
    el.lang = 'en';
    const shownLists: string[] = [];
    wrapper.append(el);
    // Every list the reader could have seen: a list-wrap that is not visually hidden.
    const watch = new MutationObserver(() => {
      for (const wrap of el.shadowRoot!.querySelectorAll('.list-wrap:not(.visually-hidden)'))
        shownLists.push(wrap.className);
    });
    watch.observe(el.shadowRoot!, { childList: true, subtree: true, attributes: true });
    el.data = series;
    await el.updateComplete;
    expect($$(el, '[part~="meeting"]')).to.have.length(30);
    await frame();
    await frame();
    watch.disconnect();
    expect(shownLists).to.deep.equal([]);
  });
  it('labels the axis and dates in Chinese and Russian', async () => {
    const zh = await timeline(1000, { lang: 'zh' });
    expect($(zh, '.tick text')!.textContent).to.match(/^\d{4}年$/);
    expect($$(zh, 'ol[part="list"] time')[5].textContent).to.equal('2001年9月8日');
    expect($(zh, '[part="zoom-in"]')!.textContent).to.equal('放大');
    const ru = await timeline(1000, { lang: 'ru' });
    expect($$(ru, 'ol[part="list"] time')[5].textContent).to.match(/^8 сентября 2001/);
    expect($(ru, '.tick text')!.textContent).to.match(/^\d{4}$/);
    expect($(ru, '[part="reset"]')!.textContent).to.equal('Сбросить масштаб');
  });

  it('follows and sets the URL hash with hash-links', async () => {
    history.replaceState(null, '', '#m07');
    const el = await fixture<MeetingTimeline>(
      html`<meeting-timeline hash-links .data=${series} lang="en"></meeting-timeline>`,
    );
    await el.updateComplete;
    expect(el.selected).to.equal('m07');
    history.replaceState(null, '', location.pathname);
  });

  it('shows the loading state and then an error for a source that fails', async () => {
    const el = await fixture<MeetingTimeline>(
      html`<meeting-timeline src="/data/does-not-exist.json" lang="en"></meeting-timeline>`,
    );
    expect($(el, '[part="status"]')).to.not.equal(null);
    await oneEvent(el, 'data-error');
    await el.updateComplete;
    expect($(el, '[role="alert"]')!.textContent).to.match(/404/);
  });

  it('explains bad data instead of throwing', async () => {
    const el = await fixture<MeetingTimeline>(
      html`<meeting-timeline .data=${{ meetings: [{ id: 'x', start: 'soon' }] }} lang="en"></meeting-timeline>`,
    );
    await el.updateComplete;
    expect($(el, '[part="error"]')!.textContent).to.match(/meetings\[0\]/);
    expect($(el, 'svg')).to.equal(null);
  });

  it('collapses 10,000 synthetic events into clusters and keeps the DOM small', async () => {
    const meetings = Array.from({ length: 10_000 }, (_, i) => ({
      id: `e${i}`,
      start: new Date(Date.UTC(1990, 0, 1) + i * 86_400_000).toISOString().slice(0, 10),
      title: `Event ${i}`,
    }));
    const el = await timeline(1000, { data: { meetings } });
    expect($$(el, '[part="cluster"]').length).to.be.above(10);
    expect(el.shadowRoot!.querySelectorAll('*').length).to.be.below(3000);
    await el.zoomTo(400, new Date(Date.UTC(2000, 0, 1)));
    expect($$(el, '[part~="meeting"]').length).to.be.above(5);
  });

  for (const [name, attrs] of [
    ['light', {}],
    ['dark', { theme: 'dark' }],
    ['zh', { lang: 'zh' }],
    ['ru', { lang: 'ru' }],
  ] as const) {
    it(`passes axe (${name}) with a meeting selected`, async () => {
      const el = await timeline(1000, attrs);
      el.selected = 'm30';
      await el.updateComplete;
      await aTimeout(50);
      await expect(el).to.be.accessible();
    });
  }

  it('passes axe as a narrow list', async () => {
    const el = await timeline(320);
    el.selected = 'm02';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
