import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { MeetingTimeline, MeetingCard } from '../../src/index.js';
import type { Meeting, MeetingSeries } from '../../src/data/schema.js';
import { click, realSeries } from '../fixtures/browser.js';
import { drawn } from '../meeting-timeline/harness.js';

let series: MeetingSeries;
before(async () => {
  series = await realSeries();
});

const cardMeetingId = (card: MeetingCard) => (typeof card.meeting === 'object' ? card.meeting.id : card.meeting);
const marks = (timeline: MeetingTimeline) => timeline.shadowRoot!.querySelectorAll('[part~="meeting"]').length;
const touching = (id: string) =>
  series.meetings.filter((m) => m.sectors?.includes(id) || m.documents?.some((d) => d.sectors?.includes(id))).length;

describe('linked views, with one attribute', () => {
  it('a card follows the meeting a timeline selects', async () => {
    const page = await fixture(html`<div style="width:1000px">
      <meeting-timeline id="t1" .data=${series}></meeting-timeline>
      <meeting-card follow="t1"></meeting-card>
    </div>`);
    const timeline = page.querySelector('meeting-timeline')!;
    const card = page.querySelector('meeting-card')!;
    await drawn(timeline);
    click(timeline.shadowRoot!.querySelector('#mark-4')!);
    await card.updateComplete;
    expect(cardMeetingId(card)).to.equal('m05');
    expect(card.shadowRoot!.querySelector('[part="title"]')!.textContent).to.contain('5th regular meeting');
  });

  it('a card added after the timeline chose, with data of its own, shows that meeting and finishes loading', async () => {
    // As on a CDN page, where the card's chunk arrives after the timeline has drawn its selection.
    const page = await fixture(html`<div style="width:1000px">
      <meeting-timeline id="t0" .data=${series} selected="m30"></meeting-timeline>
    </div>`);
    const timeline = page.querySelector('meeting-timeline')!;
    await drawn(timeline);
    page.insertAdjacentHTML(
      'beforeend',
      '<meeting-card follow="t0" src="/data/china-russia-regular-meetings.json"></meeting-card>',
    );
    const card = page.querySelector('meeting-card')!;
    await waitUntil(() => card.shadowRoot?.querySelector('[part="title"]'), 'the card drawn');
    expect(card.shadowRoot!.querySelector('[part="title"]')!.textContent).to.contain('30th regular meeting');
    await waitUntil(() => !card.hasAttribute('loading'), 'the card no longer marked as loading', { timeout: 5_000 });
  });

  it('a timeline filters by the sector a wheel selects, with the mouse and the keyboard', async () => {
    const page = await fixture(html`<div style="width:1000px">
      <sector-wheel id="w1" .data=${series}></sector-wheel>
      <meeting-timeline filter-from="w1" .data=${series}></meeting-timeline>
    </div>`);
    const wheel = page.querySelector('sector-wheel')!;
    const timeline = page.querySelector('meeting-timeline')!;
    await drawn(timeline);
    await waitUntil(() => wheel.shadowRoot!.querySelector('[data-key="sector:customs"]'), 'wheel drawn');
    expect(marks(timeline)).to.equal(30);
    click(wheel.shadowRoot!.querySelector('[data-key="sector:customs"]')!);
    await timeline.updateComplete;
    expect(timeline.sectorFilter).to.deep.equal(['customs']);
    await waitUntil(() => marks(timeline) === touching('customs'), 'filtered marks');
    expect(timeline.shadowRoot!.querySelector('[part="filter"]')!.textContent).to.contain('Customs');

    // Keyboard: focus the wheel, move to another sector, select it with Enter.
    (wheel.shadowRoot!.querySelector('[data-key="sector:customs"]') as SVGElement).focus();
    const selected = oneEvent(wheel, 'sector-select');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Enter' });
    const { detail } = await selected;
    await timeline.updateComplete;
    expect(timeline.sectorFilter).to.deep.equal([detail.id]);
  });

  it('a wheel follows the meeting a timeline selects', async () => {
    const page = await fixture(html`<div style="width:1000px">
      <meeting-timeline id="t2" .data=${series}></meeting-timeline>
      <sector-wheel follow="t2" .data=${series}></sector-wheel>
    </div>`);
    const timeline = page.querySelector('meeting-timeline')!;
    const wheel = page.querySelector('sector-wheel')!;
    await drawn(timeline);
    click(timeline.shadowRoot!.querySelector('#mark-29')!);
    await wheel.updateComplete;
    expect(wheel.meeting).to.equal('m30');
    await waitUntil(
      () => wheel.shadowRoot!.querySelector('.centre')?.textContent?.includes('30'),
      'the wheel shows the 30th meeting',
    );
  });

  it('works whatever the order of insertion, with elements added later', async () => {
    const page = await fixture<HTMLDivElement>(html`<div style="width:1000px"></div>`);
    const card = document.createElement('meeting-card');
    card.setAttribute('follow', 'late');
    page.append(card);
    const timeline = document.createElement('meeting-timeline');
    timeline.id = 'late';
    timeline.data = series;
    timeline.selected = 'm12';
    page.append(timeline);
    await drawn(timeline);
    await waitUntil(() => cardMeetingId(card) === 'm12', 'card takes the current selection');
    click(timeline.shadowRoot!.querySelector('#mark-20')!);
    await card.updateComplete;
    expect(cardMeetingId(card)).to.equal('m21');
  });

  it('keeps several groups on one page independent', async () => {
    const page = await fixture(html`<div style="width:1000px">
      <meeting-timeline id="a" .data=${series}></meeting-timeline><meeting-card follow="a"></meeting-card>
      <meeting-timeline id="b" .data=${series}></meeting-timeline><meeting-card follow="b"></meeting-card>
    </div>`);
    const [ta, tb] = [...page.querySelectorAll('meeting-timeline')];
    const [ca, cb] = [...page.querySelectorAll('meeting-card')];
    await Promise.all([drawn(ta), drawn(tb)]);
    click(ta.shadowRoot!.querySelector('#mark-0')!);
    click(tb.shadowRoot!.querySelector('#mark-29')!);
    await Promise.all([ca.updateComplete, cb.updateComplete]);
    expect([cardMeetingId(ca), cardMeetingId(cb)]).to.deep.equal(['m01', 'm30']);
  });

  it('frameworks can do the same with properties and events', async () => {
    const page = await fixture(html`<div style="width:1000px">
      <meeting-timeline .data=${series}></meeting-timeline><meeting-card .data=${series}></meeting-card>
    </div>`);
    const timeline = page.querySelector('meeting-timeline')!;
    const card = page.querySelector('meeting-card')!;
    timeline.addEventListener('meeting-select', (event) => (card.meeting = (event.detail.meeting as Meeting).id));
    await drawn(timeline);
    click(timeline.shadowRoot!.querySelector('#mark-2')!);
    await card.updateComplete;
    expect(card.meeting).to.equal('m03');
  });
});
