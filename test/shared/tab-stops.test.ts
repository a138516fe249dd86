import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { emulateMedia } from '../commands.js';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import type { MeetingSeries } from '../../src/data/schema.js';
import { rovingIndex } from '../../src/shared/roving-focus.js';

let series: MeetingSeries;
before(async () => {
  series = (await (await fetch('/data/china-russia-regular-meetings.json')).json()) as MeetingSeries;
  await emulateMedia({ reducedMotion: 'reduce' });
});
after(() => emulateMedia({ reducedMotion: 'no-preference' }));

/** The focused element, inside shadow roots. */
function focused(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** What the reader reaches with Tab between a button before the element and one after it. */
async function tabStops(template: TemplateResult, ready: string): Promise<Element[]> {
  const page = await fixture<HTMLElement>(
    html`<div><button id="before">before</button>${template}<button id="after">after</button></div>`,
  );
  const el = page.querySelector('meeting-timeline, sector-wheel')!;
  await waitUntil(() => el.shadowRoot!.querySelector(ready), 'drawn');
  page.querySelector<HTMLButtonElement>('#before')!.focus();
  const stops: Element[] = [];
  for (let i = 0; i < 10; i++) {
    await sendKeys({ press: 'Tab' });
    const now = focused();
    if (!now || now.id === 'after') break;
    stops.push(now);
  }
  return stops;
}

const describeStop = (el: Element) => el.getAttribute('part') ?? el.getAttribute('role') ?? el.localName;

describe('one tab stop for the chart, one for its buttons', () => {
  it('the timeline: the chart first, then the zoom toolbar as one stop', async () => {
    const stops = await tabStops(
      html`<meeting-timeline .data=${series} lang="en" style="width: 900px"></meeting-timeline>`,
      'svg.chart',
    );
    expect(stops.map(describeStop)).to.deep.equal(['chart', 'zoom-in']);
  });

  it('the timeline toolbar: arrows move between its buttons, and Tab comes back to the last one used', async () => {
    const stops = await tabStops(
      html`<meeting-timeline .data=${series} lang="en" style="width: 900px"></meeting-timeline>`,
      'svg.chart',
    );
    (stops[1] as HTMLElement).focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(describeStop(focused()!)).to.equal('zoom-out');
    await sendKeys({ press: 'ArrowRight' });
    expect(describeStop(focused()!)).to.equal('reset');
    await sendKeys({ press: 'ArrowRight' });
    expect(describeStop(focused()!)).to.equal('zoom-in');
    await sendKeys({ press: 'ArrowLeft' });
    expect(describeStop(focused()!)).to.equal('reset');
    // Tab in again from before the element: the chart, then the button last used.
    document.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(describeStop(focused()!)).to.equal('chart');
    await sendKeys({ press: 'Tab' });
    expect(describeStop(focused()!)).to.equal('reset');
  });

  it('the breadcrumbs and the toolbar are still shown above their charts', async () => {
    const wheel = await fixture<HTMLElement>(html`<sector-wheel .data=${series} lang="en"></sector-wheel>`);
    await waitUntil(() => wheel.shadowRoot!.querySelector('[role="treeitem"]'), 'drawn');
    expect(wheel.shadowRoot!.querySelector('[part="breadcrumbs"]')!.getBoundingClientRect().bottom).to.be.at.most(
      wheel.shadowRoot!.querySelector('svg')!.getBoundingClientRect().top,
    );
    const page = await fixture<HTMLElement>(
      html`<meeting-timeline .data=${series} lang="en" style="width: 900px"></meeting-timeline>`,
    );
    await waitUntil(() => page.shadowRoot!.querySelector('svg.chart'), 'drawn');
    const toolbar = page.shadowRoot!.querySelector('[part="controls"]')!.getBoundingClientRect();
    const chart = page.shadowRoot!.querySelector('svg.chart')!.getBoundingClientRect();
    expect(toolbar.bottom).to.be.at.most(chart.top);
  });

  it('the wheel: the tree first, then the breadcrumbs as one stop, also when drilled in', async () => {
    const role = (el: Element) => el.getAttribute('role') ?? el.getAttribute('part');
    let stops = await tabStops(html`<sector-wheel .data=${series} lang="en"></sector-wheel>`, '[role="treeitem"]');
    expect(stops.map(role)).to.deep.equal(['treeitem', 'crumb']);
    stops = await tabStops(
      html`<sector-wheel .data=${series} lang="en" group="energy"></sector-wheel>`,
      '[role="treeitem"]',
    );
    expect(stops.map(role)).to.deep.equal(['treeitem', 'crumb']);
    (stops[1] as HTMLElement).focus();
    const first = focused()!.textContent!.trim();
    await sendKeys({ press: 'ArrowRight' });
    expect(focused()!.getAttribute('part')).to.equal('crumb');
    expect(focused()!.textContent!.trim()).to.not.equal(first);
  });
});

describe('rovingIndex', () => {
  it('moves with the arrows, wrapping, and jumps with Home / End', () => {
    expect(rovingIndex('ArrowRight', 0, 3)).to.equal(1);
    expect(rovingIndex('ArrowRight', 2, 3)).to.equal(0);
    expect(rovingIndex('ArrowLeft', 0, 3)).to.equal(2);
    expect(rovingIndex('Home', 2, 3)).to.equal(0);
    expect(rovingIndex('End', 0, 3)).to.equal(2);
  });

  it('reverses the arrows right to left, and ignores other keys', () => {
    expect(rovingIndex('ArrowRight', 0, 3, true)).to.equal(2);
    expect(rovingIndex('Enter', 0, 3)).to.equal(undefined);
    expect(rovingIndex('ArrowRight', 0, 0)).to.equal(undefined);
  });
});
