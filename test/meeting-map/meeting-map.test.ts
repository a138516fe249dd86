import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/meeting-map/index.js';
import { MeetingMap } from '../../src/meeting-map/index.js';
import type { MeetingSeries } from '../../src/data/schema.js';

let series: MeetingSeries;
before(async () => {
  MeetingMap.landUrl = '/node_modules/world-atlas/land-110m.json';
  series = (await (await fetch('/data/china-russia-regular-meetings.json')).json()) as MeetingSeries;
});

interface Options {
  width?: number;
  lang?: string;
  theme?: string;
  meeting?: string;
  path?: boolean;
  data?: unknown;
}

const $ = (el: MeetingMap, selector: string) => el.shadowRoot!.querySelector(selector);
const $$ = (el: MeetingMap, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];
const place = (el: MeetingMap, id: string) => $(el, `[data-id="${id}"]`) as SVGGElement;
const click = (target: Element) => target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));

/** A map at `width` px, waited for until its places (or its message) are drawn at that size. */
async function map(o: Options = {}): Promise<MeetingMap> {
  const width = o.width ?? 800;
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px">
    <meeting-map .data=${o.data ?? series} lang=${o.lang ?? 'en'} theme=${o.theme ?? 'light'} meeting=${o.meeting ?? ''} ?path=${o.path}></meeting-map>
  </div>`);
  const el = wrapper.querySelector('meeting-map')!;
  const settled = () => !el.hasAttribute('loading') && !$(el, '[part="status"]')?.textContent?.includes('Loading');
  await waitUntil(
    () =>
      settled() &&
      ($(el, 'svg.map')?.getAttribute('width') === String(width) || $(el, '[role="alert"], [part="status"]')),
    'map drawn',
    { timeout: 5000 },
  );
  await el.updateComplete;
  return el;
}

describe('<meeting-map>', () => {
  it('draws one mark per place, sized by the meetings held there', async () => {
    const el = await map();
    const ids = $$(el, '[part~="place"]').map((p) => p.getAttribute('data-id'));
    // West to east.
    expect(ids).to.deep.equal(['saint-petersburg', 'moscow', 'beijing', 'hangzhou', 'shanghai']);
    const r = (id: string) => Number(place(el, id).getAttribute('r'));
    expect(r('beijing')).to.be.above(r('moscow'));
    expect(r('moscow')).to.be.above(r('saint-petersburg'));
    expect(r('saint-petersburg')).to.be.above(r('shanghai'));
    expect(r('shanghai')).to.equal(r('hangzhou'));
    // The listbox's option is the place with the keyboard's focus, the westernmost at first.
    const option = $(el, '[role="option"]')!;
    expect(option.getAttribute('aria-label')).to.equal('Saint Petersburg, Russia: 4 meetings (2001, 2010, 2016, 2019)');
    expect([option.getAttribute('aria-posinset'), option.getAttribute('aria-setsize')]).to.deep.equal(['1', '5']);
  });

  it('colours the places by country, with a legend', async () => {
    const el = await map();
    const fill = (id: string) => getComputedStyle(place(el, id)).fill;
    expect(fill('moscow')).to.equal(fill('saint-petersburg'));
    expect(fill('beijing')).to.equal(fill('shanghai'));
    expect(fill('moscow')).to.not.equal(fill('beijing'));
    expect($$(el, '[part="legend"] li').map((li) => li.textContent!.trim())).to.deep.equal(['Russia', 'China']);
  });

  it('lists the video meetings apart and never draws them', async () => {
    const el = await map();
    expect($(el, '[part="video"]')!.textContent!.trim()).to.equal('By video link: 2020, 2021, 2022');
    const drawn = $$(el, '[part="table"] tbody td:last-child').reduce(
      (n, td) => n + Number(/^(\d+) meeting/.exec(td.textContent!)![1]),
      0,
    );
    expect(drawn).to.equal(27);
  });

  it('draws its places first, then the graticule and the land, and labels that never overlap', async () => {
    // On a phone the graticule and the land take 20 and 40–60 ms: they follow the places in tasks of their own.
    const early = document.createElement('meeting-map');
    early.data = series;
    document.body.append(early);
    let first: { graticule: string | null; land: boolean } | undefined;
    // Mutation records arrive before the next task: the state the places were first drawn in.
    const watch = new MutationObserver(() => {
      if (!first && $$(early, '[part~="place"]').length)
        first = { graticule: $(early, '[part="graticule"]')!.getAttribute('d'), land: !!$(early, '[part="land"]') };
    });
    watch.observe(early.shadowRoot!, { childList: true, subtree: true, attributes: true });
    await waitUntil(() => $(early, '[part="land"]'), 'land drawn', { timeout: 5000 });
    watch.disconnect();
    expect(first).to.deep.equal({ graticule: '', land: false });
    expect($(early, '[part="graticule"]')!.getAttribute('d')!.length).to.be.above(100);
    early.remove();

    const el = await map();
    await waitUntil(() => $(el, '[part="land"]'), 'land drawn', { timeout: 5000 });
    expect($(el, '[part="graticule"]')!.getAttribute('d')!.length).to.be.above(100);
    const boxes = $$(el, '[part="label"]').map((t) => (t as SVGTextElement).getBBox());
    expect(boxes.length).to.be.above(2);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        const apart =
          a.x + a.width <= b.x + 0.5 ||
          b.x + b.width <= a.x + 0.5 ||
          a.y + a.height <= b.y + 0.5 ||
          b.y + b.height <= a.y + 0.5;
        expect(apart, `${i} and ${j}`).to.equal(true);
      }
    }
  });

  it('selects the nearest place on a tap beside a small mark', async () => {
    const el = await map();
    const mark = place(el, 'hangzhou').getBoundingClientRect();
    const event = oneEvent(el, 'place-select');
    const svg = $(el, 'svg.map')!;
    const x = mark.left + mark.width / 2;
    const y = mark.bottom + 6;
    svg.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: x, clientY: y }));
    expect((await event).detail.id).to.equal('hangzhou');
  });

  it('selects a place on click and fires place-select with its meetings', async () => {
    const el = await map();
    const event = oneEvent(el, 'place-select');
    click(place(el, 'saint-petersburg'));
    const { detail } = await event;
    expect(detail.id).to.equal('saint-petersburg');
    expect(detail.place!.name).to.equal('Saint Petersburg');
    expect(detail.meetings).to.deep.equal(['m06', 'm15', 'm21', 'm24']);
    await el.updateComplete;
    expect(el.selected).to.equal('saint-petersburg');
    expect(place(el, 'saint-petersburg').getAttribute('part')).to.equal('place selected');
    expect($(el, '[part="details"]')!.textContent).to.contain('Saint Petersburg');
    expect($$(el, '[part="details"] li')).to.have.length(4);
    // Clicking it again clears the selection.
    const cleared = oneEvent(el, 'place-select');
    click(place(el, 'saint-petersburg'));
    expect((await cleared).detail.id).to.equal(null);
  });

  it('highlights the place of one meeting', async () => {
    const el = await map({ meeting: 'm30' });
    expect(place(el, 'hangzhou').getAttribute('part')).to.equal('place highlighted');
    expect($$(el, '[part~="highlighted"]')).to.have.length(1);
    const label = $$(el, '[part="label"]').find((t) => t.textContent === 'Hangzhou');
    expect(label, 'the highlighted place is labelled').to.not.equal(undefined);
    const video = await map({ meeting: 'm26' });
    expect($$(video, '[part~="highlighted"]')).to.have.length(0);
    expect($(video, '[part="video"]')!.classList.contains('highlighted')).to.equal(true);
  });

  it('draws the route in time order with the path attribute', async () => {
    const without = await map();
    expect($(without, '[part="route"]')).to.equal(null);
    const el = await map({ path: true });
    const d = $(el, '[part="route"]')!.getAttribute('d')!;
    // 27 placed meetings: a leg between each pair of consecutive ones held in different places.
    expect(d.match(/M/g)!.length).to.be.within(15, 26);
  });

  it('moves between places west to east with the arrows; Enter selects; one tab stop', async () => {
    const el = await map();
    const svg = $(el, 'svg.map') as SVGSVGElement;
    expect($$(el, '[tabindex="0"]')).to.deep.equal([svg]);
    svg.focus();
    await el.updateComplete;
    const option = () => el.shadowRoot!.getElementById(svg.getAttribute('aria-activedescendant')!)!;
    expect(option().getAttribute('data-id')).to.equal('saint-petersburg');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(option().getAttribute('aria-label')).to.match(/^Beijing, China: 12 meetings/);
    expect(option().getAttribute('aria-posinset')).to.equal('3');
    const event = oneEvent(el, 'place-select');
    await sendKeys({ press: 'Enter' });
    expect((await event).detail.id).to.equal('beijing');
    await el.updateComplete;
    expect(option().getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(option().getAttribute('data-id')).to.equal('shanghai');
    const cleared = oneEvent(el, 'place-select');
    await sendKeys({ press: 'Escape' });
    expect((await cleared).detail.id).to.equal(null);
  });

  it('has a table twin: place, country, meetings with dates', async () => {
    const el = await map();
    const rows = $$(el, '[part="table"] tbody tr');
    expect(rows).to.have.length(5);
    const hangzhou = rows.find((r) => r.getAttribute('data-place') === 'hangzhou')!;
    expect([...hangzhou.children].map((c) => c.textContent!.trim())).to.deep.equal([
      'Hangzhou',
      'China',
      '1 meeting: November 3, 2025',
    ]);
  });

  it('speaks Chinese and Russian, with place names from the data', async () => {
    const zh = await map({ lang: 'zh' });
    expect($(zh, '[role="option"]')!.getAttribute('aria-label')).to.match(/^圣彼得堡, 俄罗斯: 4 次会晤/);
    expect($$(zh, '[part="label"]').map((t) => t.textContent)).to.include('北京');
    expect($(zh, '[part="video"]')!.textContent!.trim()).to.equal('视频会晤：2020, 2021, 2022');
    const ru = await map({ lang: 'ru' });
    expect($(ru, '[part="table"] tr[data-place="beijing"]')!.textContent).to.match(/Пекин\s*Китай\s*встреч: 12/);
    expect($(ru, '[part="video"]')!.textContent!.trim()).to.equal('По видеосвязи: 2020, 2021, 2022');
  });

  it('fits 320 px without scrolling sideways, and follows its width', async () => {
    const el = await map({ width: 320 });
    expect(el.scrollWidth).to.be.at.most(320);
    expect($(el, 'svg.map')!.getBoundingClientRect().width).to.be.at.most(320);
    expect($$(el, '[part~="place"]')).to.have.length(5);
    el.parentElement!.style.width = '600px';
    await waitUntil(() => $(el, 'svg.map')!.getAttribute('width') === '600', 'redrawn at 600 px', { timeout: 5000 });
  });

  it('draws when shown after loading hidden (a hidden tab or display: none)', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div hidden style="width:500px"><meeting-map .data=${series}></meeting-map></div>`,
    );
    const el = wrapper.querySelector('meeting-map')!;
    await el.updateComplete;
    expect($(el, 'svg.map')).to.equal(null);
    expect($$(el, '[part="table"] tbody tr')).to.have.length(5);
    wrapper.hidden = false;
    await waitUntil(() => $(el, 'svg.map')?.getAttribute('width') === '500', 'drawn once shown', { timeout: 5000 });
  });

  it('shows loading, empty and error states', async () => {
    const loading = await fixture<MeetingMap>(html`<meeting-map src="/no/such/file.json"></meeting-map>`);
    await waitUntil(() => $(loading, '[role="alert"]'), 'error shown', { timeout: 5000 });
    expect($(loading, '[part="error"]')!.textContent).to.contain('404');
    const empty = await map({ data: { meetings: [] } });
    expect($(empty, '[part="status"]')!.textContent).to.contain('no meetings');
    const nowhere = await map({ data: { meetings: [{ id: 'a', start: '2020', title: 'A', format: 'video' }] } });
    expect($(nowhere, '[part="status"]')!.textContent).to.contain('coordinates');
    expect($(nowhere, '[part="video"]')!.textContent!.trim()).to.equal('By video link: 2020');
  });

  it('reports coordinates out of range and shows the valid places', async () => {
    const data = {
      meetings: [
        { id: 'a', start: '2020', title: 'A', location: { city: 'Nowhere', lat: 95, lon: 10 } },
        { id: 'b', start: '2021', title: 'B', location: { city: 'Oslo', lat: 59.91, lon: 10.75 } },
      ],
    };
    const el = await map({ data });
    expect($(el, '[role="alert"]')!.textContent).to.contain('meetings[0].location.lat');
    expect($$(el, '[part~="place"]').map((p) => p.getAttribute('data-id'))).to.deep.equal(['oslo']);
  });

  it('shows a world view when places are spread wide, and a page’s own basemap', async () => {
    const data = {
      meetings: [
        { id: 'a', start: '2020', title: 'A', location: { city: 'Lima', lat: -12.05, lon: -77.04 } },
        { id: 'b', start: '2021', title: 'B', location: { city: 'Tokyo', lat: 35.69, lon: 139.69 } },
      ],
    };
    const el = await map({ data });
    expect($(el, '[part="outline"]')).to.not.equal(null);
    await waitUntil(() => $(el, '[part="land"]'), 'land drawn', { timeout: 5000 });
    const land = $(el, '[part="land"]')!.getAttribute('d')!.length;
    el.basemap = {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [10, 0],
            [10, 10],
            [0, 0],
          ],
        ],
      },
    };
    await el.updateComplete;
    expect($(el, '[part="land"]')!.getAttribute('d')!.length).to.be.below(land / 10);
    el.basemap = { nonsense: true };
    await el.updateComplete;
    expect($(el, 'svg.map')).to.not.equal(null);
  });

  it('treats data text as text, never as HTML', async () => {
    const data = {
      meetings: [
        {
          id: 'a',
          start: '2020',
          title: '<b>bold</b>',
          location: { city: '<img src=x onerror=alert(1)>', lat: 1, lon: 1 },
        },
      ],
    };
    const el = await map({ data });
    expect($(el, 'img, b')).to.equal(null);
    expect($(el, '[role="option"]')!.getAttribute('aria-label')).to.contain('<img');
  });

  for (const o of [
    {},
    { theme: 'dark' },
    { lang: 'zh' },
    { lang: 'ru' },
    { meeting: 'm30', theme: 'dark', path: true },
    { width: 320 },
  ] as Options[]) {
    it(`has no axe violations (${JSON.stringify(o)})`, async () => {
      const el = await map(o);
      click(place(el, 'beijing'));
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  }

  it('draws a dense map (thousands of places) one path per country, still offering every place to the keyboard', async () => {
    const meetings = Array.from({ length: 2000 }, (_, i) => ({
      id: `e${i}`,
      start: '2020',
      title: `E${i}`,
      location: {
        city: `Place ${i}`,
        country: i % 2 ? 'CN' : 'RU',
        lat: -50 + ((i * 0.754877) % 1) * 120,
        lon: -180 + ((i * 0.618034) % 1) * 360,
      },
    }));
    const el = await map({ data: { meetings } });
    expect($$(el, '[part="places"]')).to.have.length(2);
    expect($$(el, '[part~="place"]')).to.have.length(0);
    expect($(el, '[part="outline"]')).to.not.equal(null);
    // The marks may be drawn on a layer under the listbox: it lines up with the listbox exactly.
    const box = (e: Element) => JSON.stringify(e.getBoundingClientRect());
    expect(box($(el, '[part="places"]')!.closest('svg')!)).to.equal(box($(el, 'svg.map')!));
    const option = $(el, '[role="option"]')!;
    expect(option.getAttribute('aria-setsize')).to.equal('2000');
    expect($$(el, '[part="table"] tbody tr')).to.have.length(100);
    expect($(el, '[part="table"] caption')!.textContent).to.contain('of 2,000');
    (option.closest('svg') as SVGSVGElement).focus();
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect($(el, '[role="option"]')!.getAttribute('aria-posinset')).to.equal('2000');
  });

  it('draws marks, rings and the focus in system colours when colours are forced', () => {
    // (The test runner cannot emulate forced colours in Chromium: check the rules that apply then.)
    const sheets = MeetingMap.styles as Array<{ styleSheet?: CSSStyleSheet }>;
    const forced = sheets
      .flatMap((s) => [...(s.styleSheet?.cssRules ?? [])])
      .filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText.includes('forced-colors'))
      .flatMap((r) => [...r.cssRules] as CSSStyleRule[]);
    const rule = (selector: string) => forced.find((r) => r.selectorText.split(/,\s*/).includes(selector))?.style;
    expect(rule('.places .place')?.fill).to.equal('canvastext');
    expect(rule('.ring')?.stroke).to.equal('highlight');
    expect(rule('.map:focus-visible .cursor')?.stroke).to.equal('highlight');
  });
});
