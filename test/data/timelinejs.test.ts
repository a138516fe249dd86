import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { isoDate, slug } from '../../src/data/timelinejs.js';
import { readValue } from '../../src/data/read.js';
import { isPartialDate, parsePeriod } from '../../src/data/dates.js';

const where = (part: string) => part;

describe('TimelineJS dates', () => {
  it('turns any real TimelineJS date, as strings or numbers, into the partial ISO date of the same day', () => {
    fc.assert(
      fc.property(fc.integer({ min: -9999, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.boolean(), (year, month, day, asText) => {
        const parts = asText ? { year: String(year), month: String(month), day: String(day) } : { year, month, day };
        const { date, problem } = isoDate(parts, where, 'start');
        expect(problem).to.equal(undefined);
        expect(isPartialDate(date!)).to.equal(true);
        const start = new Date(parsePeriod(date!)!.start);
        expect([start.getUTCFullYear(), start.getUTCMonth() + 1, start.getUTCDate()]).to.deep.equal([year, month, day]);
      }),
    );
  });

  it('names the part that is wrong', () => {
    expect(isoDate({ year: 2019, month: 2, day: 29 }, where, 'end').problem).to.deep.include({ path: 'end.day', code: 'notDay', message: '"29" is not a day of February 2019' });
    expect(isoDate({ year: 2020, month: 2, day: 29 }, where, 'end').date).to.equal('2020-02-29');
    expect(isoDate({ year: 'c. 1900' }, where, 'start').problem!.message).to.equal('"c. 1900" is not a year');
    expect(isoDate({ year: 1900, month: 13 }, where, 'start').problem!.message).to.equal('"13" is not a month (1 to 12)');
    expect(isoDate({ year: 1900, day: 3 }, where, 'start').problem!.message).to.equal('a day needs a month');
    expect(isoDate({ year: 1972, month: 2, day: 21, time: '12:30 am' }, where, 'start').date).to.equal('1972-02-21T00:30');
    expect(isoDate({ year: 1972, month: 2, day: 21, time: '25:00' }, where, 'start').problem!.path).to.equal('start.time');
  });

  it('never throws and keeps only valid meetings, whatever a file holds', () => {
    const anyDate = fc.record({ year: fc.oneof(fc.integer(), fc.string(), fc.constant(null)), month: fc.oneof(fc.integer({ min: -1, max: 14 }), fc.string()), day: fc.oneof(fc.integer({ min: 0, max: 32 }), fc.string()) }, { requiredKeys: [] });
    const anyEvent = fc.record({ start_date: fc.oneof(anyDate, fc.anything()), end_date: anyDate, text: fc.oneof(fc.record({ headline: fc.string(), text: fc.string() }), fc.anything()), group: fc.anything(), unique_id: fc.anything(), media: fc.anything() }, { requiredKeys: [] });
    fc.assert(
      fc.property(fc.array(fc.oneof(anyEvent, fc.anything()), { maxLength: 8 }), (events) => {
        const { series } = readValue({ events });
        for (const meeting of series.meetings) expect(isPartialDate(meeting.start), meeting.start).to.equal(true);
        expect(new Set(series.meetings.map((m) => m.id)).size).to.equal(series.meetings.length);
      }),
    );
  });

  it('makes ids from words in any script', () => {
    expect(slug('Встреча в Москве, 1996!')).to.equal('встреча-в-москве-1996');
    expect(slug('中俄总理 第一次')).to.equal('中俄总理-第一次');
  });
});
