/** The wheel of one meeting: only the sectors it touched are drawn, the rest counted under the chart; long names wrap. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/meeting-timeline/index.js';
import type { MeetingSeries, Meeting } from '../../src/data/schema.js';
import type { SectorWheel } from '../../src/sector-wheel/index.js';
import { smallSeries } from './fixtures.js';
import { $, $$, click, realSeries, sector, wheel } from './harness.js';

let series: MeetingSeries;
before(async () => {
  series = await realSeries();
});

/** The taxonomy's sectors a meeting names, in its own list or in its documents. */
function touchedBy(meeting: Meeting): Set<string> {
  const ids = new Set([...(meeting.sectors ?? []), ...(meeting.documents ?? []).flatMap((d) => d.sectors ?? [])]);
  return new Set(series.sectors!.map((s) => s.id).filter((id) => ids.has(id)));
}
const m30 = () => series.meetings.find((m) => m.id === 'm30')!;
const note = (el: SectorWheel) => $(el, '[part="untouched-note"]');
/** The figure in a line of text, as written in any of the element's languages. */
// Digits in any of the scripts the languages use (Arabic-Indic in WebKit's Arabic) read as a number.
const figure = (text: string) =>
  Number(/\d+/.exec(text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) & 0xf)))?.[0]);

/** A text's box as four corners in the drawing, its rotation applied. */
function corners(text: SVGTextElement): [number, number][] {
  const b = text.getBBox();
  const m = text.transform.baseVal.consolidate()?.matrix ?? new DOMMatrix();
  return [
    [b.x, b.y],
    [b.x + b.width, b.y],
    [b.x + b.width, b.y + b.height],
    [b.x, b.y + b.height],
  ].map(([x, y]) => [m.a * x + m.c * y + m.e, m.b * x + m.d * y + m.f]);
}

/** Separating-axis test for two convex quadrilaterals, with `slack` px of touching allowed (font boxes are taller than the line). */
function overlap(a: [number, number][], b: [number, number][], slack = 1.5): boolean {
  for (const poly of [a, b]) {
    for (let i = 0; i < 4; i++) {
      const [x1, y1] = poly[i];
      const [x2, y2] = poly[(i + 1) % 4];
      const length = Math.hypot(x2 - x1, y2 - y1) || 1;
      const axis = [(y1 - y2) / length, (x2 - x1) / length];
      const project = (p: [number, number][]) => p.map(([x, y]) => x * axis[0] + y * axis[1]);
      const [pa, pb] = [project(a), project(b)];
      if (Math.max(...pa) <= Math.min(...pb) + slack || Math.max(...pb) <= Math.min(...pa) + slack) return false;
    }
  }
  return true;
}

/** Every sector label inside the drawing, none overlapping another. */
function expectTidyLabels(el: SectorWheel): void {
  const svg = $(el, 'svg') as SVGSVGElement;
  const [width, height] = [Number(svg.getAttribute('width')), Number(svg.getAttribute('height'))];
  const labels = $$(el, '.label.sector') as SVGTextElement[];
  expect(labels.length).to.be.above(0);
  const boxes = labels.map(corners);
  boxes.forEach((box, i) => {
    for (const [x, y] of box) {
      expect(x, `${labels[i].textContent} x`).to.be.within(-0.5, width + 0.5);
      expect(y, `${labels[i].textContent} y`).to.be.within(-0.5, height + 0.5);
    }
  });
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++)
      expect(overlap(boxes[i], boxes[j]), `"${labels[i].textContent}" overlaps "${labels[j].textContent}"`).to.equal(
        false,
      );
}

describe('<sector-wheel meeting="…">', () => {
  it('draws one wedge for each sector the 30th meeting touched, and only their groups', async () => {
    const el = await wheel({ meeting: 'm30' });
    const touched = touchedBy(m30());
    const drawn = $$(el, '[part~="sector"]').map((w) => w.getAttribute('data-id'));
    expect(drawn).to.have.length(touched.size);
    expect(new Set(drawn)).to.deep.equal(touched);
    const groups = new Set(series.sectors!.filter((s) => touched.has(s.id)).map((s) => s.group));
    expect(new Set($$(el, '[part~="group"]').map((g) => g.getAttribute('data-id')))).to.deep.equal(groups);
    expect($$(el, '[part~="empty"]')).to.have.length(0);
  });

  it('counts the other sectors of the series in one line under the chart', async () => {
    const el = await wheel({ meeting: 'm30' });
    const untouched = series.sectors!.length - touchedBy(m30()).size;
    expect(note(el)!.textContent).to.equal(
      `${untouched} other sectors of the series were not on this meeting’s agenda`,
    );
    expect(note(el)!.getBoundingClientRect().top).to.be.at.least($(el, 'svg')!.getBoundingClientRect().bottom - 0.5);
  });

  it('says it in Chinese and Russian, with the Russian plural the number takes', async () => {
    const untouched = series.sectors!.length - touchedBy(m30()).size;
    const zh = await wheel({ meeting: 'm30', lang: 'zh', width: 320 });
    expect(figure(note(zh)!.textContent!)).to.equal(untouched);
    expect(note(zh)!.textContent).to.contain('领域');
    const ru = await wheel({ meeting: 'm30', lang: 'ru', width: 320 });
    expect(figure(note(ru)!.textContent!)).to.equal(untouched);
    const form = { one: 'другая отрасль', few: 'другие отрасли', many: 'других отраслей' }[
      new Intl.PluralRules('ru').select(untouched) as 'one' | 'few' | 'many'
    ];
    expect(note(ru)!.textContent).to.contain(`${untouched} ${form}`);
  });

  it('lists the sectors it did not touch in the hidden table, under the same line', async () => {
    const el = await wheel({ meeting: 'm30' });
    const touched = touchedBy(m30());
    const expected = series.sectors!.filter((s) => !touched.has(s.id)).map((s) => (s.label as { en: string }).en);
    const rows = $$(el, '[part="table"] tbody.untouched th[scope="row"]').map((th) => th.textContent!.trim());
    expect(rows).to.have.members(expected);
    expect($(el, '[part="table"] tbody.untouched th[scope="rowgroup"]')!.textContent).to.equal(note(el)!.textContent);
    const drawnRows = $$(el, '[part="table"] tbody:not(.untouched) th[scope="row"]');
    expect(drawnRows).to.have.length(touched.size);
  });

  it('without meeting, draws every sector of the series and no such line', async () => {
    const el = await wheel();
    expect($$(el, '[part~="sector"]')).to.have.length(series.sectors!.length);
    expect(note(el)).to.equal(null);
    expect($(el, '[part="table"] tbody.untouched')).to.equal(null);
  });

  it('applies the same rule to the meeting a followed timeline selects', async () => {
    const page = await fixture(html`<div style="width:900px">
      <meeting-timeline id="one-meeting-t" .data=${series}></meeting-timeline>
      <sector-wheel follow="one-meeting-t" .data=${series}></sector-wheel>
    </div>`);
    const timeline = page.querySelector('meeting-timeline')!;
    const el = page.querySelector('sector-wheel')!;
    await waitUntil(() => timeline.shadowRoot!.querySelector('#mark-29'), 'timeline drawn');
    await waitUntil(() => $(el, '[part~="sector"]'), 'wheel drawn');
    expect(note(el)).to.equal(null);
    click(timeline.shadowRoot!.querySelector('#mark-29')!);
    await waitUntil(() => note(el), 'the wheel shows the 30th meeting');
    expect($$(el, '[part~="sector"]')).to.have.length(touchedBy(m30()).size);
    expect(figure(note(el)!.textContent!)).to.equal(series.sectors!.length - touchedBy(m30()).size);
  });

  it('draws no wheel for a meeting that touched no sector, and says so', async () => {
    const data = smallSeries();
    data.meetings.push({ id: 'none', start: '2026-01-01', title: 'Nothing recorded' });
    const wrapper = await fixture(
      html`<div style="width:400px"><sector-wheel .data=${data} meeting="none" lang="en"></sector-wheel></div>`,
    );
    const el = wrapper.querySelector('sector-wheel')!;
    await waitUntil(() => note(el), 'the line drawn');
    expect(note(el)!.textContent).to.equal('None of the 4 sectors of the series is recorded for this meeting');
    expect($(el, '[role="tree"]')).to.equal(null);
    expect($$(el, '[part="table"] tbody.untouched th[scope="row"]')).to.have.length(4);
    await expect(el).to.be.accessible();
  });

  it('wraps a long name onto two lines inside the 320 px box, the full name in its wedge’s name', async () => {
    const el = await wheel({ meeting: 'm30', width: 320 });
    const wrapped = $$(el, '.label.sector').filter((t) => t.querySelectorAll('tspan').length === 2);
    expect(wrapped.length).to.be.above(0);
    for (const text of wrapped) {
      // Where each line's first letter is drawn (WebKit gives a tspan no box of its own, but knows its letters).
      const [first, second] = [...text.querySelectorAll('tspan')].map((t) => t.getStartPositionOfChar(0));
      // The second line is drawn after the first, along the same label: apart, not on top of each other.
      expect(Math.hypot(second.x - first.x, second.y - first.y)).to.be.above(8);
      const key = text.getAttribute('data-for')!;
      const wedge = $(el, `[data-key="${key}"]`)!;
      const full = (series.sectors!.find((s) => `sector:${s.id}` === key)!.label as { en: string }).en;
      expect(wedge.getAttribute('aria-label')).to.contain(full);
    }
    expectTidyLabels(el);
  });

  for (const lang of ['zh', 'ru', 'ar', 'fr']) {
    it(`keeps ${lang} labels inside 320 px without overlap`, async () => {
      const el = await wheel({ meeting: 'm30', width: 320, lang });
      expectTidyLabels(el);
      expect(figure(note(el)!.textContent!)).to.equal(series.sectors!.length - touchedBy(m30()).size);
    });
  }

  it('keeps wrapped outside labels apart and inside the box when wide', async () => {
    const el = await wheel({ meeting: 'm30', width: 700, lang: 'fr' });
    expect($$(el, '.leader').length).to.be.above(0);
    expectTidyLabels(el);
  });

  for (const o of [
    { lang: 'en', theme: 'light' },
    { lang: 'zh', theme: 'dark' },
    { lang: 'ru', theme: 'light' },
  ]) {
    it(`has no axe violations at 320 px (${o.lang}, ${o.theme})`, async () => {
      const el = await wheel({ meeting: 'm30', width: 320, ...o });
      click(sector(el, 'energy'));
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  }
});
