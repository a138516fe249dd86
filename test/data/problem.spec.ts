/**
 * Problems as values: every problem the validator and readers report renders in every built-in
 * language, with its particulars filled in; English stays as the command line prints it.
 */
import { expect } from 'chai';
import { problemMessages, FORM_KEYS } from '../../src/data/messages.js';
import { problem, problemPlace, problemText } from '../../src/data/problem.js';
import { meetingSeriesSchema } from '../../src/data/schema.generated.js';
import { validate } from '../../src/data/validate.js';
import { readText } from '../../src/data/read.js';
import { loadLang } from '../../src/shared/lang.js';

const LANGS = ['zh', 'ru', 'ar', 'fr', 'es'] as const;

/** Bad input of every kind the validator and the readers name. */
function everyProblem() {
  return [
    ...validate(undefined).problems,
    ...validate(42).problems,
    ...validate({ meetings: 'x' }).problems,
    ...validate({ meeting: [] }).problems,
    ...validate({
      titel: 'x',
      sectorGroups: [{ id: 'g', label: 'G' }, { id: 'g', label: 'G2' }],
      sectors: [{ id: 's', label: 'S', group: 'nope' }],
      tracks: [{ id: 'cn', label: 'CN' }],
      eras: [
        { id: 'e', start: '2020', end: '2019', label: 'E' },
        { id: 'f', start: '2019', end: '2020', label: 'F', track: 'ru' },
      ],
      annotations: [
        { meeting: 'nope', date: '2020', text: 'N' },
        { date: '2020', start: '2020', end: '2021', text: 'D' },
        { end: '2021', text: 'E' },
        { start: '2021', end: '2020', text: 'B' },
        { text: 'W' },
      ],
      meetings: [
        { id: 'a', start: '2020-13-01', title: 'A' },
        { id: 'b', start: '2020', end: '2019', title: 'B' },
        { id: 'c', start: '2020', title: 'C', sectors: ['t'], location: { lat: 95, lon: -200 }, status: 'maybe', ordinal: 0 },
        { id: 'ok', start: '2020', title: 'OK', sectors: ['t'] },
        { id: 'big', start: '2020', title: 'Big', ordinal: 1e20 },
        { id: 'ok', start: '2020', title: 'OK again' },
        { id: 'd', start: '2020', title: { 'not a tag': 'x' }, chair: 'yes', locations: [{ city: 'X' }] },
        { id: '', start: 2020, title: '' },
        [],
      ],
    }).problems,
    ...readText('\u0000\u0000', { csv: true }).problems,
    ...readText('\n\n', { csv: true }).problems,
    ...readText('a,b\n1,2', { csv: true }).problems,
    ...readText('id,start,title,colour\nx,2020\ny,2021,Y,red,extra\n', { csv: true }).problems,
    ...readText('Year,Month,Day,Headline,Type,Nope\n,,,A,\n2019,2,31,B,\n2019,13,,C,\nc. 1900,,,D,\n2019,,3,E,\n2019,,,,\n2019,,,F,era\n,,,G,era\n', { csv: true }).problems,
    ...readText(JSON.stringify({ events: [1, { start_date: { year: 2019, month: 2, day: 2, hour: 'x' }, text: { headline: 'H' } }] })).problems,
    problem('(file)', 'unreadable', { reason: 'ENOENT' }),
    problem('(file)', 'notJsonOrCsv', { detail: 'x' }),
  ];
}

describe('problems as values', () => {
  before(async () => {
    await loadLang('zh');
    await Promise.all(LANGS.map((lang) => loadLang(lang)));
  });

  it('reports every problem the messages have words for, each with its code and English message', () => {
    const problems = everyProblem();
    const codes = new Set(problems.map((p) => p.code));
    const sentences = Object.keys(problemMessages.en).filter(
      (key) => !/^(type|got|form)_/.test(key) && !['root', 'file', 'row', 'cell', 'rightForm', 'allowedKey', 'otherKind'].includes(key),
    );
    expect(sentences.filter((code) => !codes.has(code as never))).to.deep.equal([]);
    for (const p of problems) expect(p.message).to.equal(problemText(p, 'en'));
  });

  it('keeps the English the command line prints', () => {
    const lines = validate({ meetings: [{ id: 'a', start: 'x', title: 'A', location: { lat: 95 } }, { id: 'a', start: '2020', title: 'B' }] }).problems.map(
      (p) => `${p.path}: ${p.message}`,
    );
    expect(lines).to.deep.equal([
      'meetings[0].start: "x" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)',
      'meetings[0].location.lat: must be at most 90 (a latitude in degrees, from -90 to 90), got 95',
    ]);
  });

  for (const lang of LANGS) {
    it(`renders every problem in ${lang}, with every placeholder filled and no English sentence`, () => {
      for (const p of everyProblem()) {
        const text = problemText(p, lang);
        expect(text, p.code).not.to.match(/\{\w+\}/);
        expect(text, p.code).not.to.equal(p.message);
        expect(problemPlace(p, lang), p.path).not.to.match(/^(row \d|\(root\)|\(file\))/);
      }
    });
  }

  it('has words for every form the schema describes by key, the English as the schema says it', () => {
    const descriptions = JSON.stringify(meetingSeriesSchema);
    for (const [description, key] of Object.entries(FORM_KEYS)) {
      expect(descriptions, key).to.contain(JSON.stringify(description).slice(1, -1));
      expect(problemMessages.en[`form_${key}`]).to.equal(description);
    }
  });

  it('puts Russian and Arabic counts in the right plural form', () => {
    const cells = (count: number, width: number) => ({ code: 'tooFewCells' as const, params: { cells: count, columns: width } });
    expect(problemText(cells(1, 2), 'ru')).to.match(/^1 ячейка, а в заголовке 2 столбца/);
    expect(problemText(cells(2, 5), 'ru')).to.match(/^2 ячейки, а в заголовке 5 столбцов/);
    expect(problemText(cells(1, 21), 'ru')).to.contain('21 столбец');
    expect(problemText(cells(2, 3), 'ar-u-nu-latn')).to.match(/^فيه خليتان لكن صف العناوين فيه 3 أعمدة/);
    expect(problemText(cells(1, 11), 'ar-u-nu-latn')).to.contain('خلية واحدة').and.contain('11 عمودًا');
    expect(problemText(cells(1, 2), 'en')).to.match(/^has 1 cell but the header has 2 columns/);
  });
});
