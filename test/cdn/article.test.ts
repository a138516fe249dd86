import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { emulateMedia } from '../commands.js';
import { openPage, settled, type Frame } from './frame.js';
import { click } from '../fixtures/browser.js';

type AxeWindow = { axe: { run: (context: Node) => Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } };

describe('the news-article example, from the built CDN file', function () {
  this.timeout(30_000); // whole pages with five elements and axe, on a busy machine
  let frame: Frame | undefined;
  afterEach(() => frame?.remove());

  for (const [page, lang, heading] of [
    ['article.html', 'en', 'Hangzhou'],
    ['article.zh.html', 'zh', '杭州'],
    ['article.ru.html', 'ru', 'Ханчжоу'],
    ['article.ar.html', 'ar', 'هانغتشو'],
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
      // The timeline wears its furniture: a heading below the article's, and the summary from the data.
      const timeline = doc.querySelector('meeting-timeline')!.shadowRoot!;
      expect(timeline.querySelector('[part="heading"]')!.localName).to.equal('h2');
      const meetings = doc.querySelector<HTMLElement & { series: { meetings: unknown[] } }>('meeting-timeline')!.series
        .meetings.length;
      expect(timeline.querySelector('[part="summary"]')!.textContent).to.contain(
        new Intl.NumberFormat(lang).format(meetings),
      );
      expect(timeline.querySelector('a[part="data-link"]')!.getAttribute('href')).to.match(
        /china-russia-regular-meetings\.json$/,
      );
      const card = doc.querySelector('meeting-card')!;
      expect(card.shadowRoot!.querySelector('[part="title"]')!.getAttribute('lang') ?? lang).to.equal(lang);
      // Every element reads the one data file: it is downloaded once, not once per element.
      const downloads = frame.window.performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.includes('china-russia-regular-meetings.json'));
      expect(downloads).to.have.length(1);
      const { violations } = await (frame.window as unknown as AxeWindow).axe.run(doc);
      expect(
        violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => (n as { target: unknown }).target))}`),
      ).to.deep.equal([]);
      expect(frame.errors).to.deep.equal([]);
    });
  }

  for (const width of [320, 375, 768, 1100]) {
    it(`never scrolls sideways at ${width} px`, async () => {
      frame = await openPage('/examples/article.html', { width });
      await settled(frame);
      const root = frame.document.documentElement;
      expect(root.clientWidth).to.be.within(width - 20, width);
      expect(root.scrollWidth).to.equal(root.clientWidth);
    });
  }

  it('stays light in the white article when the reader prefers dark', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    try {
      frame = await openPage('/examples/article.html');
      await settled(frame);
      for (const el of frame.document.querySelectorAll('meeting-timeline, sector-wheel, meeting-card')) {
        expect(frame.window.getComputedStyle(el).backgroundColor, el.localName).to.equal('rgb(255, 255, 255)');
      }
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('on a phone, brings the card into view when a tap in the list changes it', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      frame = await openPage('/examples/article.html', { width: 375 });
      await settled(frame);
      const doc = frame.document;
      const timeline = doc.querySelector('meeting-timeline')!;
      const card = doc.querySelector('meeting-card')! as HTMLElement & { meeting: unknown };
      const item = timeline.shadowRoot!.querySelector('li[data-id="m01"] button') as HTMLButtonElement;
      item.scrollIntoView({ block: 'center' });
      const visible = (el: Element) => {
        const box = el.getBoundingClientRect();
        return box.bottom > 0 && box.top < frame!.window.innerHeight;
      };
      expect(visible(card), 'the card starts off-screen').to.equal(false);
      item.click();
      await waitUntil(() => (card.meeting as { id?: string }).id === 'm01', 'the card follows');
      await waitUntil(() => visible(card), 'the card is scrolled into view');
      // Where the engine cannot emulate reduced motion inside the frame (Firefox, WebKit here) the scroll is smooth.
      await waitUntil(() => Math.abs(card.getBoundingClientRect().top) < 2, 'the card is at the top of the window');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('leaves the page where it is when the card that changes is already on screen', async () => {
    frame = await openPage('/examples/article.html', { width: 1100 });
    await settled(frame);
    const doc = frame.document;
    const card = doc.querySelector('meeting-card')! as HTMLElement & { meeting: unknown };
    const timeline = doc.querySelector('meeting-timeline')!;
    // The card's top half-way down the window, the timeline above it.
    frame.window.scrollTo(0, card.getBoundingClientRect().top + frame.window.scrollY - 450);
    const before = frame.window.scrollY;
    click(timeline.shadowRoot!.querySelector('[part~="meeting"]')!);
    await waitUntil(() => (card.meeting as { id?: string }).id === 'm01', 'the card follows');
    await (card as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(frame.window.scrollY).to.equal(before);
  });

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
