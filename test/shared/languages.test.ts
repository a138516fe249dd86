import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { MeetingCard, MeetingTimeline, SectorWheel } from '../../src/index.js';
import type { MeetingSeries } from '../../src/data/schema.js';
import { registerMessages, type LanguageMessages, type Message, type Messages } from '../../src/shared/lang.js';
import { sharedMessages } from '../../src/shared/messages.js';
import { timelineMessages } from '../../src/meeting-timeline/messages.js';
import { wheelMessages } from '../../src/sector-wheel/messages.js';
import { cardMessages } from '../../src/meeting-card/messages.js';

const LANGS = ['en', 'zh', 'ru', 'ar', 'fr', 'es'] as const;
type Tag = 'meeting-timeline' | 'sector-wheel' | 'meeting-card';

let series: MeetingSeries;
before(async () => {
  series = (await (await fetch('/data/china-russia-regular-meetings.json')).json()) as MeetingSeries;
});

/** An element with the real series in a box `width` px wide, drawn. Attributes as given (`lang`, `dir` on the box…). */
async function place<T extends HTMLElement>(
  tag: Tag,
  width: number,
  attrs: Record<string, string> = {},
  boxDir?: string,
): Promise<T> {
  const box = await fixture<HTMLDivElement>(html`<div style="width:${width}px" dir=${boxDir ?? 'ltr'}></div>`);
  if (!boxDir) box.removeAttribute('dir');
  const el = document.createElement(tag) as HTMLElement & { data: unknown; updateComplete: Promise<boolean> };
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  if (tag === 'meeting-card') el.setAttribute('meeting', attrs.meeting ?? 'm30');
  el.data = series;
  box.append(el);
  const drawn =
    tag === 'meeting-timeline'
      ? width >= 480
        ? 'svg.chart'
        : 'ol.list'
      : tag === 'sector-wheel'
        ? '[role="treeitem"]'
        : 'article';
  await waitUntil(() => el.shadowRoot?.querySelector(drawn), `${tag} drawn`, { timeout: 8000 });
  await el.updateComplete;
  await aTimeout(30);
  await el.updateComplete;
  return el as unknown as T;
}

/** A number as `ar` writes it by the engine's locale data: Latin digits in current CLDR, Arabic-Indic in older (WebKitGTK's ICU). */
const arDigits = (n: number) => new Intl.NumberFormat('ar').format(n);

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);

/** Every element inside `root`'s shadow tree, nested shadow trees (the timeline's cards) included. */
function deepElements(host: Element): Element[] {
  const out: Element[] = [];
  const walk = (root: ParentNode) => {
    for (const el of root.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(host.shadowRoot!);
  return out;
}

/** Elements with text of their own whose box leaves the host's box sideways (more than 1 px). */
function overflowing(host: Element): string[] {
  const box = host.getBoundingClientRect();
  return deepElements(host)
    .filter((el) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()))
    .filter((el) => !el.closest('.visually-hidden') && !el.matches('title, style'))
    .filter((el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1);
    })
    .map((el) => `<${el.localName}> “${el.textContent!.trim().slice(0, 40)}”`);
}

/** The horizontal extent of an element's own text (not of its box). */
function textBox(el: Element): DOMRect {
  const range = document.createRange();
  range.selectNodeContents(el);
  return range.getBoundingClientRect();
}

describe('six languages', () => {
  for (const lang of LANGS) {
    it(`<meeting-timeline lang="${lang}"> passes axe with a meeting open`, async () => {
      const el = await place<MeetingTimeline>('meeting-timeline', 1000, { lang, selected: 'm30' });
      await waitUntil(() => $(el, 'meeting-card')?.shadowRoot?.querySelector('article'), 'card drawn', {
        timeout: 8000,
      });
      await expect(el).to.be.accessible();
    });
    it(`<sector-wheel lang="${lang}"> passes axe`, async () => {
      const el = await place<SectorWheel>('sector-wheel', 600, { lang, meeting: 'm30' });
      await expect(el).to.be.accessible();
    });
    it(`<meeting-card lang="${lang}"> passes axe`, async () => {
      const el = await place<MeetingCard>('meeting-card', 600, { lang });
      await expect(el).to.be.accessible();
    });
  }

  for (const lang of ['ar', 'fr', 'es', 'ru'] as const) {
    for (const tag of ['meeting-timeline', 'sector-wheel', 'meeting-card'] as const) {
      it(`<${tag} lang="${lang}"> keeps all its text inside 320 px`, async () => {
        const el = await place<HTMLElement>(tag, 320, {
          lang,
          ...(tag === 'meeting-timeline' ? { selected: 'm30' } : {}),
        });
        if (tag === 'meeting-timeline')
          await waitUntil(() => $(el, 'meeting-card')?.shadowRoot?.querySelector('article'), 'card drawn', {
            timeout: 8000,
          });
        expect(el.getBoundingClientRect().width).to.equal(320);
        expect(overflowing(el)).to.deep.equal([]);
      });
    }
  }

  it('speaks each language in its own words: the card’s field names and ordinal', async () => {
    const seen: string[] = [];
    for (const lang of LANGS) {
      const el = await place<MeetingCard>('meeting-card', 600, { lang });
      seen.push($(el, '[part=ordinal]')!.textContent!.trim());
    }
    expect(seen).to.deep.equal([
      '30th regular meeting',
      '第30次定期会晤',
      '30-я регулярная встреча',
      `الاجتماع الدوري الـ${arDigits(30)}`,
      '30e réunion régulière',
      '30.ª reunión ordinaria',
    ]);
  });
});

describe('right to left', () => {
  /** Screen x of the timeline's mark for the meeting at index position `i` (0 = earliest). */
  const markX = (el: Element, i: number) => $(el, `#mark-${i}`)!.getBoundingClientRect().x;

  it('puts the earliest meeting at the right end of the axis in Arabic, at the left in English', async () => {
    const ar = await place<MeetingTimeline>('meeting-timeline', 1000, { lang: 'ar' });
    expect(ar.getAttribute('dir')).to.equal('rtl');
    const box = ar.getBoundingClientRect();
    expect(markX(ar, 0)).to.be.above(box.left + box.width * 0.9);
    expect(markX(ar, 29)).to.be.below(box.left + box.width * 0.1);
    const en = await place<MeetingTimeline>('meeting-timeline', 1000, { lang: 'en' });
    expect(markX(en, 0)).to.be.below(markX(en, 29));
  });

  it('mirrors the axis: years grow leftwards, era labels sit inside their band', async () => {
    const el = await place<MeetingTimeline>('meeting-timeline', 1000, { lang: 'ar', numbering: 'latn' });
    const ticks = [...el.shadowRoot!.querySelectorAll('.tick text')].map((t) => ({
      x: t.getBoundingClientRect().x,
      year: Number(t.textContent),
    }));
    expect(ticks.length).to.be.at.least(4);
    const byX = [...ticks].sort((a, b) => a.x - b.x).map((t) => t.year);
    expect(byX).to.deep.equal([...byX].sort((a, b) => b - a));
    // Eras across the chart keep their names inside the band; in a track's row a name may run on into the gap
    // before the next band, so there the names must stay in the chart and clear of each other.
    const svgBox = $(el, 'svg.chart')!.getBoundingClientRect();
    for (const era of el.shadowRoot!.querySelectorAll('[part=era]')) {
      const text = era.querySelector('text');
      if (!text) continue;
      const band = era.querySelector('rect')!.getBoundingClientRect();
      const label = text.getBoundingClientRect();
      const inTrack = era.closest('[part=era-track]') !== null;
      expect(label.left).to.be.at.least((inTrack ? svgBox : band).left - 1);
      expect(label.right).to.be.at.most((inTrack ? svgBox : band).right + 1);
    }
    for (const row of el.shadowRoot!.querySelectorAll('[part=era-track]')) {
      const boxes = [...row.querySelectorAll('text')]
        .map((t) => t.getBoundingClientRect())
        .sort((a, b) => a.left - b.left);
      for (let i = 1; i < boxes.length; i += 1) expect(boxes[i].left).to.be.at.least(boxes[i - 1].right - 1);
    }
  });

  it('follows a dir="rtl" ancestor', async () => {
    const el = await place<MeetingTimeline>('meeting-timeline', 1000, {}, 'rtl');
    expect(markX(el, 0)).to.be.above(markX(el, 29));
  });

  it('moves the timeline’s arrow keys in reading direction: ArrowLeft goes to the later meeting in Arabic', async () => {
    const el = await place<MeetingTimeline>('meeting-timeline', 1000, { lang: 'ar' });
    const svg = $(el, 'svg.chart') as SVGSVGElement;
    svg.focus();
    const active = () => svg.getAttribute('aria-activedescendant');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(active()).to.equal('mark-0');
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(active()).to.equal('mark-1');
    expect(markX(el, 1)).to.be.below(markX(el, 0));
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(active()).to.equal('mark-0');
  });

  it('mirrors the wheel: the first group starts at 12 o’clock and runs counter-clockwise', async () => {
    const centreX = (el: Element) => {
      const svg = $(el, 'svg.wheel')!.getBoundingClientRect();
      return svg.left + svg.width / 2;
    };
    const firstGroup = series.sectorGroups![0].id;
    const ar = await place<SectorWheel>('sector-wheel', 600, { lang: 'ar' });
    const arBox = $(ar, `[data-key="group:${firstGroup}"]`)!.getBoundingClientRect();
    expect(arBox.left + arBox.width / 2).to.be.below(centreX(ar));
    const en = await place<SectorWheel>('sector-wheel', 600, { lang: 'en' });
    const enBox = $(en, `[data-key="group:${firstGroup}"]`)!.getBoundingClientRect();
    expect(enBox.left + enBox.width / 2).to.be.above(centreX(en));
    // Outside labels sit beside their wedges: a label on the left side ends at its leader line.
    const leftLabels = [...ar.shadowRoot!.querySelectorAll('text.label.sector')].filter(
      (t) => t.getBoundingClientRect().right < centreX(ar),
    );
    expect(leftLabels.length).to.be.above(0);
  });

  it('moves around the wheel in reading direction: ArrowLeft goes to the next group in Arabic', async () => {
    const el = await place<SectorWheel>('sector-wheel', 600, { lang: 'ar' });
    const groups = [...el.shadowRoot!.querySelectorAll<SVGPathElement>('[data-key^="group:"]')];
    groups[0].focus();
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect((el.shadowRoot!.activeElement as SVGElement).dataset.key).to.equal(groups[1].dataset.key);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect((el.shadowRoot!.activeElement as SVGElement).dataset.key).to.equal(groups[0].dataset.key);
  });

  it('mirrors the card: headings and field names start at the right', async () => {
    const ar = await place<MeetingCard>('meeting-card', 600, { lang: 'ar' });
    const arTitle = $(ar, '[part=ordinal]')!;
    expect(getComputedStyle(arTitle).direction).to.equal('rtl');
    expect(arTitle.getBoundingClientRect().right - textBox(arTitle).right).to.be.below(1);
    expect(textBox(arTitle).left - arTitle.getBoundingClientRect().left).to.be.above(100);
    const en = await place<MeetingCard>('meeting-card', 600, { lang: 'en' });
    const enTitle = $(en, '[part=ordinal]')!;
    expect(textBox(enTitle).left - enTitle.getBoundingClientRect().left).to.be.below(1);
  });

  it('isolates data text in another language and marks its language', async () => {
    const el = await place<MeetingCard>('meeting-card', 600, { lang: 'ar' });
    const title = $(el, '[part=title] span[lang]')!;
    expect(title.getAttribute('lang')).to.equal('en');
    expect(title.getAttribute('dir')).to.equal('auto');
    expect(title.textContent).to.match(/[A-Za-z]/);
  });

  it('writes Arabic digits by the locale’s default and switches them with numbering', async () => {
    const plain = await place<MeetingCard>('meeting-card', 600, { lang: 'ar' });
    const arab = await place<MeetingCard>('meeting-card', 600, { lang: 'ar', numbering: 'arab' });
    const egypt = await place<MeetingCard>('meeting-card', 600, { lang: 'ar-EG' });
    const latn = await place<MeetingCard>('meeting-card', 600, { lang: 'ar-EG', numbering: 'latn' });
    const ordinal = (el: Element) => $(el, '[part=ordinal]')!.textContent!.trim();
    expect(ordinal(plain)).to.equal(`الاجتماع الدوري الـ${arDigits(30)}`);
    expect(ordinal(arab)).to.equal('الاجتماع الدوري الـ٣٠');
    expect(ordinal(egypt)).to.equal('الاجتماع الدوري الـ٣٠');
    expect(ordinal(latn)).to.equal('الاجتماع الدوري الـ30');
    expect($(arab, 'time')!.textContent).to.match(/[٠-٩]/);
  });
});

describe('a language the page adds', () => {
  it('draws the elements in it, for regional tags too, once registered', async () => {
    const el = await place<MeetingCard>('meeting-card', 600, { lang: 'de-AT' });
    expect($(el, '[part=ordinal]')!.textContent!.trim()).to.equal('30th regular meeting');
    const de = {} as Record<string, Record<string, Message>>;
    const sets = { shared: sharedMessages, timeline: timelineMessages, wheel: wheelMessages, card: cardMessages };
    for (const [namespace, set] of Object.entries(sets)) de[namespace] = { ...(set as Messages<string>).en };
    de.shared.ordinal = '{n}.';
    de.card.ordinal = '{ordinal} reguläres Treffen';
    registerMessages('de', de as LanguageMessages);
    await el.updateComplete;
    expect($(el, '[part=ordinal]')!.textContent!.trim()).to.equal('30. reguläres Treffen');
  });
});
