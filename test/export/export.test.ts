import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/meeting-timeline/index.js';
import '../../src/sector-wheel/index.js';
import type { MeetingTimeline } from '../../src/meeting-timeline/index.js';
import type { SectorWheel } from '../../src/sector-wheel/index.js';
import type { MeetingSeries } from '../../src/data/schema.js';
import { THEMES } from '../../src/export/tokens.js';
import { resolvedColours } from '../../src/export/element-snapshot.js';

const SRC = '/data/china-russia-regular-meetings.json';
let series: MeetingSeries;
before(async () => {
  series = (await (await fetch(SRC)).json()) as MeetingSeries;
});

const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');

async function timeline(
  attrs: { lang?: string; theme?: string; sectors?: string; selected?: string } = {},
  data: unknown = series,
): Promise<MeetingTimeline> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:1000px">
    <meeting-timeline .data=${data} src=${SRC} lang=${attrs.lang ?? 'en'} theme=${attrs.theme ?? 'light'} sectors=${attrs.sectors ?? ''} selected=${attrs.selected ?? ''} export></meeting-timeline>
  </div>`);
  const el = wrapper.querySelector('meeting-timeline')!;
  await waitUntil(() => el.shadowRoot!.querySelector('svg.chart'), 'timeline drawn');
  await el.updateComplete;
  return el;
}

async function wheel(attrs: { lang?: string; theme?: string; meeting?: string } = {}): Promise<SectorWheel> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:600px">
    <sector-wheel .data=${series} lang=${attrs.lang ?? 'en'} theme=${attrs.theme ?? 'light'} meeting=${attrs.meeting ?? ''} export></sector-wheel>
  </div>`);
  const el = wrapper.querySelector('sector-wheel')!;
  await waitUntil(
    () =>
      el.shadowRoot!.querySelector('svg [role="treeitem"]') &&
      el.shadowRoot!.querySelector('svg')!.getAttribute('width') === '600',
    'wheel drawn',
  );
  await el.updateComplete;
  return el;
}

describe('export from the page', () => {
  it('toSVG draws the timeline as on screen, with title, source line, lang, <title> and <desc>', async () => {
    const el = await timeline({ lang: 'zh', selected: 'm30' });
    const doc = parse(await el.toSVG());
    const root = doc.documentElement;
    expect(root.getAttribute('lang')).to.equal('zh');
    expect(root.getAttribute('role')).to.equal('img');
    expect(root.getAttribute('font-family')).to.equal(getComputedStyle(el).fontFamily);
    expect(doc.querySelector('title')!.textContent).to.equal('中俄总理定期会晤（1996—2025）');
    expect(doc.querySelector('desc')!.textContent).to.contain('杭州');
    // The file's description opens with the chart's summary, as the element's own description.
    expect(
      doc.querySelector('desc')!.textContent!.startsWith(el.shadowRoot!.getElementById('summary')!.textContent!),
    ).to.equal(true);
    expect(doc.querySelector('text.title')!.textContent).to.equal('中俄总理定期会晤（1996—2025）');
    expect(doc.querySelector('text.source')!.textContent).to.match(/^来源：/);
    // The same marks at the same places as on screen.
    const onScreen = [...el.shadowRoot!.querySelectorAll('[part~="meeting"] .dot')].map((c) =>
      Number(c.getAttribute('cx')),
    );
    const inFile = [...doc.querySelectorAll('.mark.meeting circle')].map((c) => Number(c.getAttribute('cx')));
    expect(inFile).to.have.length(30);
    inFile.forEach((x, i) => expect(x).to.be.closeTo(onScreen[i], 0.01));
    expect(doc.querySelector('.mark.selected')!.getAttribute('data-id')).to.equal('m30');
    expect(doc.querySelector('.mark.selected circle')!.getAttribute('fill')).to.equal(THEMES.light.accent);
  });

  it('exports the zoomed and filtered view, not the whole series', async () => {
    const el = await timeline({ sectors: 'energy' });
    await el.zoomToRange(new Date('2010-01-01'), new Date('2016-01-01'));
    await waitUntil(() => el.shadowRoot!.querySelectorAll('[part~="meeting"]').length < 10, 'zoomed');
    await el.updateComplete;
    const marks = el.shadowRoot!.querySelectorAll('[part~="meeting"], [part="cluster"]').length;
    const doc = parse(await el.toSVG());
    expect(doc.querySelectorAll('.mark').length).to.equal(marks);
    const csv = (await el.toCSV()).trim().split('\r\n');
    const visible = series.meetings
      .filter((m) => m.sectors?.includes('energy') || m.documents?.some((d) => d.sectors?.includes('energy')))
      .filter((m) => m.start >= '2010' && m.start < '2016');
    // Every energy meeting of the period, and none outside the filter or far outside the view.
    const ids = csv.slice(1).map((row) => row.split(',')[0]);
    for (const m of visible) expect(ids).to.include(m.id);
    for (const id of ids) {
      const meeting = series.meetings.find((m) => m.id === id)!;
      expect(
        meeting.sectors?.includes('energy') || meeting.documents?.some((d) => d.sectors?.includes('energy')),
        id,
      ).to.equal(true);
      expect(meeting.start >= '2009' && meeting.start < '2017', id).to.equal(true);
    }
  });

  it('uses the dark theme colours the element shows', async () => {
    const el = await timeline({ theme: 'dark' });
    const doc = parse(await el.toSVG());
    expect(doc.querySelector('rect')!.getAttribute('fill')).to.equal(THEMES.dark.bg);
    expect(doc.querySelector('text.title')!.getAttribute('fill')).to.equal(THEMES.dark.fg);
  });

  it('keeps the default token values of the export in step with the theme', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const el = await timeline({ theme });
      // The colours the element shows (its tokens may hold unresolved light-dark() text).
      const shown = resolvedColours(el);
      for (const key of Object.keys(THEMES[theme]) as Array<keyof typeof shown>)
        expect(shown[key], `${theme} ${key}`).to.equal(THEMES[theme][key]);
    }
  });

  it('toPNG gives a PNG twice the size of the SVG by default, or at the scale asked', async () => {
    const el = await timeline();
    const svg = parse(await el.toSVG()).documentElement;
    const [w, h] = [Number(svg.getAttribute('width')), Number(svg.getAttribute('height'))];
    const blob = await el.toPNG();
    expect(blob.type).to.equal('image/png');
    const image = await createImageBitmap(blob);
    expect([image.width, image.height]).to.deep.equal([w * 2, h * 2]);
    const one = await createImageBitmap(await el.toPNG({ scale: 1 }));
    expect([one.width, one.height]).to.deep.equal([w, h]);
  });

  it('toCSV lists one row per meeting with ids, dates, places, titles in the language and sources', async () => {
    const el = await timeline({ lang: 'ru' });
    const rows = (await el.toCSV()).trim().split('\r\n');
    expect(rows[0]).to.equal('id,ordinal,start,end,title,city,country,format,sectors,sources');
    expect(rows).to.have.length(31);
    const last = rows.find((r) => r.startsWith('m30,'))!;
    expect(last).to.contain('2025-11-03');
    expect(last).to.contain('Ханчжоу');
    expect(last).to.contain('http');
    const json = JSON.parse(await el.toJSON());
    expect(json.lang).to.equal('ru');
    expect(json.meetings).to.have.length(30);
    expect(json.meetings[29]).to.include({ id: 'm30', start: '2025-11-03', city: 'Ханчжоу' });
  });

  it('neutralises CSV cells a spreadsheet would run as formulas', async () => {
    const data = {
      meetings: [
        { id: 'a', start: '2020-01-01', title: '=HYPERLINK("http://evil.example","click")' },
        { id: 'b', start: '2020-02-01', title: '+1', location: { city: '@SUM(A1)' } },
        { id: 'c', start: '2020-03-01', title: '-2', location: { city: '\tTab' } },
      ],
    };
    const el = await timeline({}, data);
    const rows = (await el.toCSV()).trim().split('\r\n').slice(1);
    expect(rows[0]).to.equal('a,,2020-01-01,,"\'=HYPERLINK(""http://evil.example"",""click"")",,,,,');
    expect(rows[1]).to.equal("b,,2020-02-01,,'+1,'@SUM(A1),,,,");
    expect(rows[2].split(',')[4]).to.equal("'-2");
    expect(rows[2].split(',')[5]).to.equal("'\tTab");
  });

  it('exports the wheel as drawn: its wedges, labels, title and lang', async () => {
    const el = await wheel({ meeting: 'm30', lang: 'ru', theme: 'dark' });
    const doc = parse(await el.toSVG());
    const onScreen = [...el.shadowRoot!.querySelectorAll('path.wedge')].map((p) => p.getAttribute('d'));
    const inFile = [...doc.querySelectorAll('path.wedge')].map((p) => p.getAttribute('d'));
    expect(inFile).to.deep.equal(onScreen);
    const labels = [...el.shadowRoot!.querySelectorAll('text.label')].map((t) => t.textContent!.trim());
    expect([...doc.querySelectorAll('text.label')].map((t) => t.textContent!.trim())).to.deep.equal(labels);
    expect(doc.documentElement.getAttribute('lang')).to.equal('ru');
    expect(doc.querySelector('title')!.textContent).to.match(/^30-я регулярная встреча/);
    expect(doc.querySelector('rect')!.getAttribute('fill')).to.equal(THEMES.dark.bg);
    const json = JSON.parse(await el.toJSON());
    expect(json.meetings.map((m: { id: string }) => m.id)).to.deep.equal(['m30']);
  });

  it('exports one meeting’s wheel as drawn: its sectors only, labels line by line, the line counting the others', async () => {
    const el = await wheel({ meeting: 'm30' });
    const doc = parse(await el.toSVG());
    const onScreen = el.shadowRoot!.querySelectorAll('path.wedge.sector');
    expect(doc.querySelectorAll('path.wedge.sector')).to.have.length(onScreen.length);
    const lines = (root: ParentNode) =>
      [...root.querySelectorAll('text.label')].map((t) => [...t.querySelectorAll('tspan')].map((x) => x.textContent));
    expect(lines(doc)).to.deep.equal(lines(el.shadowRoot!));
    expect(lines(doc).some((l) => l.length === 2)).to.equal(true);
    const note = el.shadowRoot!.querySelector('[part="untouched-note"]')!.textContent;
    expect(doc.querySelector('text.note')!.textContent).to.equal(note);
  });

  it('has an export menu that works from the keyboard and names the file after the data', async () => {
    const el = await timeline();
    const root = el.shadowRoot!;
    const button = root.querySelector<HTMLButtonElement>('[part="export-button"]')!;
    const menu = root.querySelector<HTMLElement>('[role="menu"]')!;
    expect(menu.hidden).to.equal(true);
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await waitUntil(() => root.activeElement?.getAttribute('role') === 'menuitem', 'the first item has focus');
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(root.activeElement!.textContent).to.equal('Download PNG');
    await sendKeys({ press: 'ArrowDown' });
    expect(root.activeElement!.textContent).to.equal('Download SVG');
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    expect(root.activeElement!.textContent).to.equal('Download JSON');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    await waitUntil(() => root.activeElement === button, 'focus back on the button');
    expect(menu.hidden).to.equal(true);

    // Choosing an item downloads the file under the data's name.
    const names: string[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      names.push(this.download);
    };
    try {
      await sendKeys({ press: 'ArrowDown' });
      await waitUntil(() => root.activeElement?.getAttribute('role') === 'menuitem', 'menu open');
      await sendKeys({ press: 'End' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => names.length === 1, 'a download');
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(names).to.deep.equal(['china-russia-regular-meetings-timeline.json']);
    await waitUntil(() => root.activeElement === button, 'focus back on the button');
  });

  it('shows no export control without the attribute', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width:1000px"><meeting-timeline .data=${series}></meeting-timeline></div>`,
    );
    const el = wrapper.querySelector('meeting-timeline')!;
    await waitUntil(() => el.shadowRoot!.querySelector('svg.chart'), 'drawn');
    expect(el.shadowRoot!.querySelector('[part="export"]')).to.equal(null);
  });
});
