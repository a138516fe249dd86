/**
 * The data's problems in the element's language: the alert names each bad record's place and what is
 * wrong in Chinese, Russian or Arabic, with no English words, and counts with the language's plurals.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/meeting-timeline/index.js';
import { $$ } from '../fixtures/browser.js';

const series = {
  meetings: [
    { id: 'a', start: '2020-05-01', title: 'A' },
    { id: 'b', start: '2020-05-01', end: '2020-04-01', title: 'B' },
    { id: 'c', start: '2021' },
  ],
};

/** The alert's problems as [place, what], the place being the `<code>` each starts with. */
async function problemsShown(lang: string, content: ReturnType<typeof html>): Promise<Array<[string, string]>> {
  const el = await fixture(html`<div lang=${lang}>${content}</div>`).then((div) => div.firstElementChild!);
  if (!el.shadowRoot?.querySelector('[role="alert"] li')) await oneEvent(el, 'data-error');
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  return $$(el, '[role="alert"] li').map((li) => {
    const place = li.querySelector('code')?.textContent ?? '';
    return [place, (li.textContent ?? '').slice(place.length).replace(/^:\s*/, '')];
  });
}

/** The words of a message, without the data's own values that it quotes. */
const words = (text: string) => text.replace(/["“”«»][^"“”«»]*["“”«»]/g, '');
const LATIN_WORD = /[A-Za-z]{2,}/;

describe('problems in the data, in the element’s language', () => {
  const cases = {
    zh: { end: '早于开始日期', title: '必填' },
    ru: { end: 'раньше начала', title: 'обязательное поле' },
    ar: { end: 'يسبق تاريخ البداية', title: 'حقل مطلوب' },
  };
  for (const [lang, expected] of Object.entries(cases)) {
    it(`says what is wrong in ${lang}, with no English words`, async () => {
      const shown = await problemsShown(lang, html`<meeting-timeline .data=${series}></meeting-timeline>`);
      expect(shown.map(([place]) => place)).to.deep.equal(['meetings[1].end', 'meetings[2].title']);
      expect(shown[0][1]).to.contain(expected.end).and.contain('2020-04-01');
      expect(shown[1][1]).to.contain(expected.title);
      for (const [, what] of shown) expect(words(what), what).not.to.match(LATIN_WORD);
    });
  }

  it('names a spreadsheet row in the language and counts cells with its plurals (Russian)', async () => {
    const csv = '\nid,start,title,end\na,2020,A\nb,2021,B,,x\nc,2022,C,2023\n';
    const shown = await problemsShown('ru', html`<meeting-timeline><script type="text/csv">${csv}</script></meeting-timeline>`);
    expect(shown).to.deep.equal([
      ['строка 3', '3 ячейки, а в заголовке 4 столбца; недостающие ячейки считаются пустыми'],
      ['строка 4', '5 ячеек, а в заголовке 4 столбца; ячейки после столбца 4 не учитываются'],
    ]);
  });

  it('counts cells with Arabic plurals (two, few)', async () => {
    const csv = '\nstart,title\n2020,A,x\n2021,B\n';
    const shown = await problemsShown('ar-u-nu-latn', html`<meeting-timeline><script type="text/csv">${csv}</script></meeting-timeline>`);
    expect(shown).to.have.length(1);
    expect(shown[0][0]).to.equal('الصف 3');
    expect(shown[0][1]).to.contain('3 خلايا').and.contain('عمودان');
    expect(words(shown[0][1])).not.to.match(LATIN_WORD);
  });
});
