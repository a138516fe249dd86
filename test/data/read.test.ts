import { expect } from '@open-wc/testing';
import { readText, readValue, csvHint } from '../../src/data/read.js';
import { localize } from '../../src/data/text.js';

const fixture = async (name: string) => (await fetch(`/test/fixtures/authoring/${name}`)).text();
const lines = (problems: Array<{ path: string; message: string }>) => problems.map((p) => `${p.path}: ${p.message}`);

describe('reading what desks have', () => {
  it('reads a TimelineJS JSON file: title, eras, groups as sectors, media and text links as sources', async () => {
    const result = readValue(JSON.parse(await fixture('timelinejs.json')));
    expect(result.layout).to.equal('timelinejs');
    const { series } = result;
    expect(series.title).to.equal('Envoys and summits');
    expect(series.description).to.equal('A made-up series for tests: meetings across two thousand years.');
    expect(series.eras!.map((e) => [e.label, e.start, e.end])).to.deep.equal([['Antiquity', '-0100', '0500'], ['The modern age', '1800', '2000']]);
    expect(series.sectors).to.deep.equal([{ id: 'councils', label: 'Councils' }, { id: 'embassies', label: 'Embassies' }]);
    expect(series.meetings.map((m) => [m.id, m.start, m.end, m.sectors])).to.deep.equal([
      ['forum', '-0044-03-15', undefined, ['councils']],
      ['0800-an-embassy-at-the-court', '0800', undefined, ['embassies']],
      ['1814-09-18-a-congress-of-ambassadors', '1814-09-18', '1815-06-09', ['councils']],
      ['1972-02-21T14:30-a-visit-that-changed-a-week', '1972-02-21T14:30', undefined, ['embassies']],
    ]);
    const [forum, embassy, congress] = series.meetings;
    expect(forum.summary).to.equal('Senators meet. Read more or this');
    expect(forum.sources).to.deep.equal([{ url: 'https://example.org/forum', title: 'Read more' }]);
    expect(embassy.summary).to.equal('Only a year is known.');
    expect(embassy.sources).to.deep.equal([{ url: 'https://example.org/embassy.png', title: 'An envoy', publisher: 'Example Library' }]);
    expect(congress.summary).to.equal('Borders & crowns — redrawn.');
    expect(lines(result.problems)).to.deep.equal([
      'events[4].start_date.day: "31" is not a day of February 2019',
      'events[2].end_date: "1815-06-09" is before the start "1815-09-18"',
    ]);
  });

  it('reads a TimelineJS sheet exported as CSV, naming the bad cell and keeping the good rows', async () => {
    const result = readText(await fixture('timelinejs-sheet.csv'), { csv: true });
    expect(result.layout).to.equal('timelinejs-csv');
    const { series } = result;
    expect(series.title).to.equal('Envoys and summits');
    expect(series.description).to.equal('A made-up sheet for tests, with "quotes", commas and two lines.');
    expect(series.eras!.map((e) => e.label)).to.deep.equal(['Antiquity', 'The modern age']);
    expect(series.meetings.map((m) => m.start)).to.deep.equal(['-0044-03-15', '0800', '1814-09-18', '1972-02-21T14:30']);
    expect(series.sectors!.map((s) => s.label)).to.deep.equal(['Councils', 'Embassies']);
    expect(lines(result.problems)).to.deep.equal(['row 8, column "End Day": "31" is not a day of February 2019']);
  });

  it('reads the library template with translations, ;-separated sectors and several sources', async () => {
    const result = readText(await fixture('template.csv'));
    expect(result.layout).to.equal('template-csv');
    const [a1, a2, a4] = result.series.meetings;
    expect(a1).to.deep.equal({
      id: 'a1', start: '2024-05-16', end: '2024-05-17', title: { en: 'State visit, Beijing', zh: '国事访问' },
      location: { city: 'Beijing', country: 'CN' }, format: 'in-person', sectors: ['energy', 'trade'],
      summary: 'Talks on energy;\nand trade.', sources: [{ url: 'https://example.org/a1' }],
    });
    expect(a2.sources).to.deep.equal([{ url: 'https://example.org/a2' }, { url: 'https://example.org/a2-more' }]);
    expect(a4.format).to.equal('video');
    expect(lines(result.problems)).to.deep.equal(['row 4, column "start": "2025-13-01" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)']);
  });

  it('reads semicolon- and tab-separated files and a BOM', () => {
    for (const separator of [';', '\t']) {
      const text = `\ufeff${['id', 'start', 'title'].join(separator)}\n${['x', '2020', 'A, b'].join(separator)}\n`;
      expect(readText(text).series.meetings).to.deep.equal([{ id: 'x', start: '2020', title: 'A, b' }]);
    }
  });

  it('reports ragged rows and unknown columns and still draws the rows', () => {
    const { series, problems } = readText('id,start,title,colour\nx,2020,Short\ny,2021,Long,red,extra\n', { csv: true });
    expect(series.meetings.map((m) => m.id)).to.deep.equal(['x', 'y']);
    expect(lines(problems)).to.deep.equal([
      'row 1, column "colour": is not a column of the template (id, ordinal, start, end, title, city, country, venue, lat, lon, format, sectors, summary, notes, confidence, source_url); it is ignored',
      'row 2: has 3 cells but the header has 4 columns; the missing cells are read as empty',
      'row 3: has 5 cells but the header has 4 columns; the cells after column 4 are ignored',
    ]);
  });

  it('refuses a binary file with one problem instead of garbage', () => {
    const bytes = new Uint8Array(2048).map((_, i) => (i * 7919) % 256);
    const { series, problems } = readText(new TextDecoder().decode(bytes), { csv: true });
    expect(series.meetings).to.deep.equal([]);
    expect(lines(problems)).to.deep.equal(['(file): this is not a text file (CSV is text, one row per line)']);
  });

  it('says which headers it knows when a CSV is neither template', () => {
    expect(lines(readText('a,b\n1,2', { csv: true }).problems)[0]).to.match(/^row 1: the header row has neither this library's columns \(id, ordinal, start/);
  });

  it('treats text that is neither JSON nor a known CSV as bad JSON, as before', () => {
    expect(readText('<html>Not found</html>').jsonError).to.be.a('string');
  });

  it('reads a 5 MB CSV in seconds, not minutes', () => {
    const row = (i: number) => `m${i},${2000 + (i % 25)}-0${1 + (i % 9)}-1${i % 9},"Meeting ${i}, with a comma",Moscow,RU,in-person,energy;trade,"A summary that is long enough to make the file big: ${'x'.repeat(80)}"`;
    const rows = ['id,start,title,city,country,format,sectors,summary'];
    for (let i = 0; rows.join('\n').length < 5_000_000 && i < 100_000; i += 1000) for (let j = i; j < i + 1000; j++) rows.push(row(j));
    const text = rows.join('\n');
    expect(text.length).to.be.greaterThan(5_000_000);
    const t0 = performance.now();
    const { series, problems } = readText(text);
    const ms = performance.now() - t0;
    console.log(`5 MB CSV (${series.meetings.length} rows) read and validated in ${ms.toFixed(0)} ms`);
    expect(problems).to.deep.equal([]);
    expect(series.meetings.length).to.equal(rows.length - 1);
    expect(ms).to.be.lessThan(15_000); // 0.5 s in Node on an idle machine (README); this bound catches a quadratic slip, not load
  });

  it('knows CSV by media type, by path and by a Google Sheets publish link', () => {
    expect(csvHint('https://example.org/x.json', 'text/csv; charset=utf-8')).to.equal(true);
    expect(csvHint('/data/sheet.CSV?v=2')).to.equal(true);
    expect(csvHint('https://docs.google.com/spreadsheets/d/e/2PACX-1vQ/pub?gid=0&single=true&output=csv')).to.equal(true);
    expect(csvHint('/data/meetings.json', 'application/json')).to.equal(false);
  });

  it('localizes nothing it should not: a TimelineJS title is plain text', async () => {
    const { series } = readValue(JSON.parse(await fixture('timelinejs.json')));
    expect(localize(series.title, 'en')).not.to.contain('<');
  });
});
