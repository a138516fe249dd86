import { expect } from '@open-wc/testing';
import { timeline, realSeries } from './harness.js';
import type { MeetingSeries } from '../../src/data/schema.js';

const $$ = (root: ShadowRoot, selector: string) => [...root.querySelectorAll(selector)];
const $ = (root: ShadowRoot, selector: string) => root.querySelector(selector)!;

/** The era names a reader sees in each track row at the x of a date's tick line, top row first. */
function erasUnder(root: ShadowRoot, x: number): string[] {
  return $$(root, '[part="era-track"]').map((row) => {
    const bands = [...row.querySelectorAll('[part="era"]')];
    const band = bands.find((b) => {
      const r = b.querySelector('rect')!.getBoundingClientRect();
      return r.left <= x && x <= r.right;
    });
    return band?.querySelector('text')?.textContent ?? '';
  });
}

/** The screen x of a meeting's mark. */
const markX = (root: ShadowRoot, ordinal: number): number => {
  const marks = $$(root, '[part~="meeting"]');
  const mark = marks.find((m) => m.getAttribute('aria-label')!.startsWith(`${ordinal}th `))!;
  const r = mark.getBoundingClientRect();
  return r.left + r.width / 2;
};

describe('<meeting-timeline> era tracks', () => {
  it('draws the Chinese premiers and the Russian prime ministers in two labelled rows, read opposite each other', async () => {
    const el = await timeline(1200);
    const root = el.shadowRoot!;
    const rows = $$(root, '[part="era-track"]');
    expect(rows.map((r) => r.querySelector('.track-label')!.textContent)).to.deep.equal([
      'Premier of China',
      'Prime Minister of Russia',
    ]);
    // The rows' bands (a text's box is the font's whole line, taller than its letters, and differs by engine).
    const [china, russia] = rows.map((r) => r.querySelector('rect')!.getBoundingClientRect());
    expect(russia.top).to.be.at.least(china.bottom - 1);
    // The 29th meeting (August 2024): Li Qiang opposite Mishustin; the 15th (2010): Wen Jiabao opposite Putin.
    const last = $$(root, '[part~="meeting"]').at(-1)!.getBoundingClientRect();
    expect(erasUnder(root, last.left + last.width / 2 - 8)).to.deep.equal(['Li Qiang', 'Mishustin']);
    expect(erasUnder(root, markX(root, 15))).to.deep.equal(['Wen Jiabao', 'Putin']);
  });

  it('names the premiers in Chinese and Russian', async () => {
    for (const [lang, names] of [
      ['zh', ['李强', '米舒斯京']],
      ['ru', ['Ли Цян', 'Мишустин']],
    ] as const) {
      const el = await timeline(1200, { lang });
      const last = $$(el.shadowRoot!, '[part~="meeting"]').at(-1)!.getBoundingClientRect();
      expect(erasUnder(el.shadowRoot!, last.left + last.width / 2 - 8)).to.deep.equal(names);
    }
  });
});

describe('<meeting-timeline> annotations', () => {
  it('draws the video-link note above the 25th–27th meetings without covering a mark or a label', async () => {
    const el = await timeline(1000);
    const root = el.shadowRoot!;
    const [note] = $$(root, '[part="annotation"]');
    expect(note.textContent!.trim()).to.equal('25th–27th meetings held by video link');
    const box = note.getBoundingClientRect();
    for (const other of [...$$(root, '[part~="meeting"] .dot'), ...$$(root, '[part="label"]')]) {
      const r = other.getBoundingClientRect();
      const overlaps = box.left < r.right && r.left < box.right && box.top < r.bottom && r.top < box.bottom;
      expect(overlaps, other.textContent ?? 'a mark').to.equal(false);
    }
    expect(box.left).to.be.below(markX(root, 27));
  });

  it('hides the callouts in a narrow chart but keeps every note in the text twin', async () => {
    const el = await timeline(520);
    const root = el.shadowRoot!;
    expect($$(root, '[part="annotation"]')).to.have.length(0);
    const twin = $(root, '[part="annotations"]');
    expect(twin.getAttribute('aria-label')).to.equal('Notes on the timeline');
    expect(twin.textContent).to.contain('25th–27th meetings held by video link');
    expect(twin.querySelector('time')!.getAttribute('datetime')).to.equal('2020-12-02/2022-12-05');
  });

  it('lists the notes in the phone list, in the reader’s language', async () => {
    const el = await timeline(320, { lang: 'ru' });
    const list = $(el.shadowRoot!, '[part="annotations"]');
    expect(list.checkVisibility()).to.equal(true);
    expect(list.textContent).to.contain('25–27-я встречи прошли по видеосвязи');
  });

  it('reports a bad annotation and still draws the good one, as text', async () => {
    const series = (await realSeries()) as MeetingSeries;
    const data = {
      ...series,
      annotations: [
        { date: '2019-09-17', text: { en: '<img src=x onerror=alert(1)>Last meeting in person before 2023' } },
        { text: { en: 'No date' } },
        { meeting: 'm99', text: 'Unknown meeting' },
      ],
    };
    const el = await timeline(1000, { data });
    const root = el.shadowRoot!;
    const error = $(root, '[part="error"]');
    expect(error.textContent).to.contain('annotations[1]');
    expect(error.textContent).to.contain('unknown meeting "m99"');
    const notes = $$(root, '[part="annotation"]');
    expect(notes.map((n) => n.textContent!.trim())).to.deep.equal([
      '<img src=x onerror=alert(1)>Last meeting in person before 2023',
    ]);
    expect(root.querySelector('img')).to.equal(null);
  });
});
