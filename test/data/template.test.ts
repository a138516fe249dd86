import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { writeTemplate } from '../../src/data/template.js';
import { readText } from '../../src/data/read.js';
import { validate } from '../../src/data/validate.js';
import type { Meeting, MeetingSeries, Text } from '../../src/data/schema.js';

// Text as desks write it: any characters (commas, quotes, new lines, `;`, CJK), not blank at either end.
const words = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', ';', '"', "'", '\n', '\t', '中', 'ж', '=', '+', '-', '@', '<', '1'), minLength: 1, maxLength: 12 })
  .map((s) => s.trim())
  .filter((s) => s.length > 0);
const text: fc.Arbitrary<Text> = fc.oneof(
  words,
  fc.dictionary(fc.constantFrom('en', 'zh', 'ru', 'fr'), words, { minKeys: 1, maxKeys: 3 }),
);
const id = fc.string({ unit: fc.constantFrom('a', 'b', '1', '-', '_', '.', 'é'), minLength: 1, maxLength: 6 });
const year = fc.integer({ min: -3000, max: 3000 }).map((y) => `${y < 0 ? '-' : ''}${String(Math.abs(y)).padStart(4, '0')}`);
const date = fc.oneof(year, fc.tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`));

const meeting: fc.Arbitrary<Meeting> = fc.record(
  {
    id,
    start: date,
    title: text,
    ordinal: fc.integer({ min: 1, max: 500 }),
    location: fc.record({ city: text, country: fc.constantFrom('CN', 'RU', 'BR', 'KZ', 'FR', 'AU'), venue: text, lat: fc.double({ min: -90, max: 90, noNaN: true }), lon: fc.double({ min: -180, max: 180, noNaN: true }) }, { requiredKeys: [] }),
    format: fc.constantFrom('in-person' as const, 'video' as const),
    sectors: fc.array(id, { minLength: 1, maxLength: 3 }),
    summary: text,
    notes: text,
    confidence: fc.constantFrom('high' as const, 'medium' as const, 'low' as const),
    sources: fc.array(fc.webUrl({ validSchemes: ['https', 'http'] }).filter((u) => !/\s/.test(u)).map((url) => ({ url })), { minLength: 1, maxLength: 3 }),
  },
  { requiredKeys: ['id', 'start', 'title'] },
).map((m) => (m.location && Object.keys(m.location).length === 0 ? { ...m, location: undefined } : m))
  .map((m) => JSON.parse(JSON.stringify(m)) as Meeting);

const series: fc.Arbitrary<MeetingSeries> = fc.uniqueArray(meeting, { selector: (m) => m.id, maxLength: 8 }).map((meetings) => ({ meetings }));

describe('the library CSV template', () => {
  it('gives back the same series when a series is written to CSV and read again', () => {
    fc.assert(
      fc.property(series, (input) => {
        const valid = validate(input);
        expect(valid.problems).to.deep.equal([]);
        const csv = writeTemplate(valid.series);
        const back = readText(csv, { csv: true });
        expect(back.problems).to.deep.equal([]);
        expect(back.series).to.deep.equal(valid.series);
      }),
      { numRuns: 200 },
    );
  });

  it('writes a cell a spreadsheet would run as a formula as text, and reads it back as it was', () => {
    const title = '=HYPERLINK("https://example.org/x","Click")';
    const csv = writeTemplate({ meetings: [{ id: 'm1', start: '-0044-03-15', title, location: { lat: -33.5, city: "'@home" } }] });
    expect(csv).to.equal(`id,start,title,city,lat\nm1,'-0044-03-15,"'=HYPERLINK(""https://example.org/x"",""Click"")",''@home,-33.5\n`);
    expect(readText(csv, { csv: true }).series.meetings[0]).to.deep.equal({ id: 'm1', start: '-0044-03-15', title, location: { lat: -33.5, city: "'@home" } });
  });

  it('writes the columns the data uses, a text column per language and the English in the plain one', () => {
    const csv = writeTemplate({ meetings: [{ id: 'm1', start: '1996-12-27', title: { en: 'First', zh: '第一' }, sectors: ['energy', 'trade'] }, { id: 'm2', start: '1997', title: 'Second' }] });
    expect(csv).to.equal('id,start,title,title_zh,sectors\nm1,1996-12-27,First,第一,energy;trade\nm2,1997,Second,,\n');
  });
});
