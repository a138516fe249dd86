import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { MeetingMap, type MeetingTimeline } from '../../src/index.js';
import type { MeetingSeries } from '../../src/data/schema.js';

let series: MeetingSeries;
before(async () => {
  MeetingMap.landUrl = '/node_modules/world-atlas/land-110m.json';
  series = (await (await fetch('/data/china-russia-regular-meetings.json')).json()) as MeetingSeries;
});

const click = (target: Element) => target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
const marks = (timeline: MeetingTimeline) => timeline.shadowRoot!.querySelectorAll('[part~="meeting"]').length;
const place = (map: MeetingMap, id: string) => map.shadowRoot!.querySelector(`[data-id="${id}"]`)!;

async function drawn(timeline: MeetingTimeline, map: MeetingMap) {
  await waitUntil(() => timeline.shadowRoot!.querySelector('svg.chart'), 'timeline drawn', { timeout: 5000 });
  await waitUntil(() => map.shadowRoot!.querySelector('[part~="place"]'), 'map drawn', { timeout: 5000 });
  await timeline.updateComplete;
  await map.updateComplete;
}

describe('<meeting-map> linked to a timeline', () => {
  it('highlights the place of the meeting a timeline selects (follow)', async () => {
    const page = await fixture(html`<div style="width:1000px">
      <meeting-timeline id="lt1" .data=${series}></meeting-timeline>
      <meeting-map follow="lt1" .data=${series}></meeting-map>
    </div>`);
    const timeline = page.querySelector('meeting-timeline')!;
    const map = page.querySelector('meeting-map')!;
    await drawn(timeline, map);
    click(timeline.shadowRoot!.querySelector('#mark-5')!);
    await map.updateComplete;
    expect(map.meeting).to.equal('m06');
    expect(place(map, 'saint-petersburg').getAttribute('part')).to.equal('place highlighted');
  });

  it('takes a selection the timeline made before the map arrived', async () => {
    const page = await fixture<HTMLDivElement>(html`<div style="width:1000px">
      <meeting-timeline id="lt2" selected="m30" .data=${series}></meeting-timeline>
    </div>`);
    const map = document.createElement('meeting-map');
    map.setAttribute('follow', 'lt2');
    map.data = series;
    page.append(map);
    await waitUntil(() => map.meeting === 'm30', 'the map follows', { timeout: 5000 });
    await waitUntil(
      () => place(map, 'hangzhou')?.getAttribute('part') === 'place highlighted',
      'Hangzhou highlighted',
      { timeout: 5000 },
    );
  });

  it('filters a timeline by the place selected on the map, with the mouse and the keyboard', async () => {
    const page = await fixture(html`<div style="width:1000px">
      <meeting-map id="lm1" .data=${series}></meeting-map>
      <meeting-timeline filter-from="lm1" .data=${series}></meeting-timeline>
    </div>`);
    const timeline = page.querySelector('meeting-timeline')!;
    const map = page.querySelector('meeting-map')!;
    await drawn(timeline, map);
    expect(marks(timeline)).to.equal(30);
    click(place(map, 'saint-petersburg'));
    await waitUntil(() => marks(timeline) === 4, 'four meetings in Saint Petersburg', { timeout: 5000 });
    expect(timeline.placeFilter).to.equal('saint-petersburg');
    expect(timeline.shadowRoot!.querySelector('[part="filter"]')!.textContent).to.contain('Saint Petersburg');

    // Keyboard: focus the map, go east to Moscow, select it with Enter.
    (map.shadowRoot!.querySelector('svg.map') as SVGElement).focus();
    const selected = oneEvent(map, 'place-select');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.id).to.equal('moscow');
    await waitUntil(() => marks(timeline) === 9, 'nine meetings in Moscow', { timeout: 5000 });

    // Escape clears the map's selection, and with it the filter.
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => marks(timeline) === 30, 'every meeting again', { timeout: 5000 });
    expect(timeline.placeFilter).to.equal(undefined);
  });

  it('takes a place the map had selected before the timeline arrived, and combines a wheel and a map', async () => {
    const page = await fixture<HTMLDivElement>(html`<div style="width:1000px">
      <sector-wheel id="lw3" .data=${series}></sector-wheel>
      <meeting-map id="lm3" selected="beijing" .data=${series}></meeting-map>
    </div>`);
    const map = page.querySelector('meeting-map')!;
    await waitUntil(() => map.shadowRoot!.querySelector('[part~="place"]'), 'map drawn', { timeout: 5000 });
    const timeline = document.createElement('meeting-timeline');
    timeline.setAttribute('filter-from', 'lw3 lm3');
    timeline.data = series;
    page.append(timeline);
    await waitUntil(() => timeline.placeFilter === 'beijing' && marks(timeline) === 12, 'twelve meetings in Beijing', {
      timeout: 5000,
    });
    const wheel = page.querySelector('sector-wheel')!;
    await waitUntil(() => wheel.shadowRoot!.querySelector('[data-key="sector:customs"]'), 'wheel drawn', {
      timeout: 5000,
    });
    click(wheel.shadowRoot!.querySelector('[data-key="sector:customs"]')!);
    const inBeijing = new Set(
      series.meetings
        .filter((m) => m.location?.city && (m.location.city as { en: string }).en === 'Beijing')
        .map((m) => m.id),
    );
    const expected = series.meetings.filter(
      (m) =>
        inBeijing.has(m.id) &&
        (m.sectors?.includes('customs') || m.documents?.some((d) => d.sectors?.includes('customs'))),
    ).length;
    await waitUntil(
      () => timeline.sectorFilter.join() === 'customs' && marks(timeline) === expected,
      'customs meetings in Beijing',
      { timeout: 5000 },
    );
  });
});
