import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '../commands.js';
import '../../src/index.js';
import type { MeetingTimeline } from '../../src/meeting-timeline/index.js';
import type { MeetingSeries } from '../../src/data/schema.js';

let series: MeetingSeries;
before(async () => {
  series = (await (await fetch('/data/china-russia-regular-meetings.json')).json()) as MeetingSeries;
  await emulateMedia({ reducedMotion: 'reduce' });
});
after(() => emulateMedia({ reducedMotion: 'no-preference' }));

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** A timeline as a phone shows it: `width` px wide. */
async function phoneTimeline(width: number, selected?: string): Promise<MeetingTimeline> {
  const wrapper = await fixture<HTMLElement>(
    html`<div style="width: ${width}px"><meeting-timeline .data=${series} lang="en" selected=${selected ?? ''}></meeting-timeline></div>`,
  );
  const el = wrapper.querySelector('meeting-timeline')!;
  if (!selected) el.removeAttribute('selected');
  await waitUntil(() => el.shadowRoot!.querySelector('ol.list button'), 'list drawn');
  if (selected)
    await waitUntil(
      () => el.shadowRoot!.querySelector('meeting-card')?.shadowRoot?.querySelector('[part="title"]'),
      'card drawn',
    );
  await frame();
  await el.updateComplete;
  return el;
}

describe('<meeting-timeline> on a phone', () => {
  it('lists 30 meetings in under 2,500 px at 375 px: date, place and title only', async () => {
    const el = await phoneTimeline(375);
    expect(el.getBoundingClientRect().height).to.be.below(2500);
    const item = el.shadowRoot!.querySelector('li[data-id="m30"]')!;
    expect(item.querySelector('time')!.textContent).to.contain('2025');
    expect(item.querySelector('.headline')!.textContent).to.contain('30th regular meeting');
    expect(item.querySelector('.place')!.textContent).to.contain('Hangzhou');
    expect(item.querySelector('.docs')).to.equal(null);
  });

  for (const width of [320, 375]) {
    it(`opens the selected meeting's card across the element's full width at ${width} px`, async () => {
      const el = await phoneTimeline(width, 'm30');
      const card = el.shadowRoot!.querySelector('li.selected meeting-card')!;
      expect(card.getBoundingClientRect().width).to.be.closeTo(el.getBoundingClientRect().width, 1);
      // Readable: the title breaks between words, a handful of lines, not a letter a line.
      const title = card.shadowRoot!.querySelector('[part="title"]')!;
      const lineHeight = parseFloat(getComputedStyle(title).lineHeight);
      expect(title.getBoundingClientRect().height / lineHeight).to.be.at.most(4);
    });
  }

  it('keeps the documents in the hidden twin beside a wide chart', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="width: 1000px"><meeting-timeline .data=${series} lang="en"></meeting-timeline></div>`,
    );
    const el = wrapper.querySelector('meeting-timeline')!;
    await waitUntil(() => el.shadowRoot!.querySelector('svg.chart'), 'chart drawn');
    expect(el.shadowRoot!.querySelector('li[data-id="m30"] .docs')!.textContent).to.contain('communiqué');
  });
});
