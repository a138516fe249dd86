import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { openPage, settled, type Frame } from './frame.js';

type AxeWindow = { axe: { run: (context: Node) => Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } };
const click = (target: Element) => target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));

describe('the news-article example, from the built CDN file', function () {
  this.timeout(30_000); // whole pages with five elements and axe, on a busy machine
  let frame: Frame | undefined;
  afterEach(() => frame?.remove());

  for (const [page, lang, heading] of [
    ['article.html', 'en', 'Hangzhou'],
    ['article.zh.html', 'zh', '杭州'],
    ['article.ru.html', 'ru', 'Ханчжоу'],
  ]) {
    it(`renders every element in ${lang}, with no console error and no axe violation`, async () => {
      frame = await openPage(`/examples/${page}`);
      await settled(frame);
      const doc = frame.document;
      expect(doc.querySelector('h1')!.textContent).to.contain(heading);
      for (const el of doc.querySelectorAll('meeting-timeline, sector-wheel, meeting-card')) {
        expect(el.shadowRoot!.childElementCount, el.localName).to.be.above(0);
        expect(el.shadowRoot!.querySelector('[part~="error"]'), el.localName).to.equal(null);
      }
      const card = doc.querySelector('meeting-card')!;
      expect(card.shadowRoot!.querySelector('[part="title"]')!.getAttribute('lang') ?? lang).to.equal(lang);
      const { violations } = await (frame.window as unknown as AxeWindow).axe.run(doc);
      expect(violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => (n as { target: unknown }).target))}`)).to.deep.equal([]);
      expect(frame.errors).to.deep.equal([]);
    });
  }

  it('links the wheel to the timeline and the timeline to the card, by mouse and keyboard', async () => {
    frame = await openPage('/examples/article.html');
    await settled(frame);
    const doc = frame.document;
    const wheel = doc.querySelector('sector-wheel')!;
    const timeline = doc.querySelector('meeting-timeline')! as HTMLElement & { sectorFilter: string[] };
    const card = doc.querySelector('meeting-card')! as HTMLElement & { meeting: unknown };
    const marks = () => timeline.shadowRoot!.querySelectorAll('[part~="meeting"]').length;
    expect(marks()).to.equal(30);

    // The card starts with the timeline's selection, loaded from the same file.
    await waitUntil(() => (card.meeting as { id?: string }).id === 'm30', 'the card shows the selected meeting');

    // Mouse: a sector on the wheel filters the timeline.
    click(wheel.shadowRoot!.querySelector('[data-key="sector:energy"]')!);
    await waitUntil(() => marks() < 30, 'the timeline is filtered');
    expect(timeline.sectorFilter).to.deep.equal(['energy']);
    const series = await (await fetch('/data/china-russia-regular-meetings.json')).json();
    const firstEnergy = series.meetings.find((m: { sectors?: string[] }) => m.sectors?.includes('energy')).id;

    // Keyboard: into the timeline, to the first shown meeting, Enter: the card shows it.
    frame.window.focus();
    (timeline.shadowRoot!.querySelector('svg.chart') as SVGSVGElement).focus();
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => (card.meeting as { id?: string }).id === firstEnergy, 'the card follows');
    expect(frame.errors).to.deep.equal([]);
  });
});
