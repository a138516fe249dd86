import { expect } from 'chai';
import fc from 'fast-check';
import { validate, formatPath } from '../../src/data/validate.js';
import { MeetingSchema } from '../../src/data/schema.js';
import * as z from 'zod/mini';
import { check, INVALID, type Issue } from '../../src/data/check.js';
import { meetingSeriesSchema } from '../../src/data/schema.generated.js';

const meeting = (over: Record<string, unknown> = {}) => ({ id: 'm1', start: '2025-11-03', title: 'A meeting', ...over });
const messages = (input: unknown) => validate(input).problems.map((p) => `${p.path}: ${p.message}`);

describe('validate', () => {
  it('accepts a minimal series and keeps every meeting', () => {
    const { series, problems } = validate({ meetings: [meeting(), meeting({ id: 'm2', start: '1996' })] });
    expect(problems).to.deep.equal([]);
    expect(series.meetings.map((m) => m.id)).to.deep.equal(['m1', 'm2']);
  });

  it('accepts a bare list of meetings', () => {
    expect(validate([meeting()]).series.meetings).to.have.length(1);
  });

  it('names an impossible date with its path', () => {
    const problems = messages({ meetings: [meeting(), meeting(), meeting(), meeting({ id: 'm4', start: '2025-13-01' })].map((m, i) => ({ ...m, id: `m${i}` })) });
    expect(problems).to.deep.equal(['meetings[3].start: "2025-13-01" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)']);
  });

  it('rejects 30 February and a malformed date but keeps the valid records', () => {
    const { series, problems } = validate({ meetings: [meeting({ start: '2025-02-30' }), meeting({ id: 'm2', start: '3 Nov 2025' }), meeting({ id: 'ok' })] });
    expect(series.meetings.map((m) => m.id)).to.deep.equal(['ok']);
    expect(problems.map((p) => p.path)).to.deep.equal(['meetings[0].start', 'meetings[1].start']);
    expect(problems[1].message).to.contain('is not a date');
  });

  it('reports a duplicated id and keeps the first', () => {
    const { series, problems } = validate({ meetings: [meeting({ title: 'first' }), meeting({ title: 'second' })] });
    expect(series.meetings.map((m) => m.title)).to.deep.equal(['first']);
    expect(problems).to.deep.equal([
      { path: 'meetings[1].id', code: 'duplicateMeeting', params: { id: 'm1' }, message: 'duplicate id "m1" (an earlier meeting has it)' },
    ]);
  });

  it('reports an end before the start', () => {
    expect(messages([meeting({ end: '2025-11-02' })])).to.deep.equal(['meetings[0].end: "2025-11-02" is before the start "2025-11-03"']);
  });

  it('accepts an end that is a coarser period containing the start', () => {
    expect(messages([meeting({ end: '2025-11' })])).to.deep.equal([]);
  });

  it('removes unknown sector ids but keeps the meeting', () => {
    const { series, problems } = validate({
      sectors: [{ id: 'trade', label: 'Trade' }],
      meetings: [meeting({ sectors: ['trade', 'magic'], documents: [{ title: 'D', sectors: ['nope'] }] })],
    });
    expect(series.meetings[0].sectors).to.deep.equal(['trade']);
    expect(series.meetings[0].documents![0].sectors).to.deep.equal([]);
    expect(problems.map((p) => `${p.path}: ${p.message}`)).to.deep.equal([
      'meetings[0].sectors[1]: unknown sector "magic"',
      'meetings[0].documents[0].sectors[0]: unknown sector "nope"',
    ]);
  });

  it('rejects text that is neither a string nor a map of languages', () => {
    const problems = messages([meeting({ title: 42 }), meeting({ id: 'm2', summary: { en: ['x'] } })]);
    expect(problems[0]).to.match(/^meetings\[0\]\.title: expected text: a string, or a map of languages .* got number 42$/);
    expect(problems[1]).to.match(/^meetings\[1\]\.summary: expected text/);
  });

  it('names a missing required field', () => {
    expect(messages([{ id: 'm1', start: '2020' }])).to.deep.equal(['meetings[0].title: is required']);
  });

  it('explains a wrong top-level shape', () => {
    expect(messages(42)).to.deep.equal(['(root): expected an object with a "meetings" list, got number 42']);
    expect(messages('meetings')).to.have.length(1);
    expect(messages({ meeting: [] })).to.deep.equal([
      'meetings: is required (a list of meetings)',
      "meeting: unknown field 'meeting' (did you mean 'meetings'?)",
    ]);
    expect(messages({ meetings: {} })).to.deep.equal(['meetings: expected a list, got an object']);
  });

  it('explains empty input', () => {
    for (const input of [undefined, null, '']) expect(messages(input)).to.deep.equal(['(root): there is no data']);
    // An empty list is valid: a series may have no meetings yet (elements say so calmly).
    expect(validate({ meetings: [] })).to.deep.equal({ series: { meetings: [] }, problems: [] });
  });

  it('drops invalid eras and sectors, reporting them', () => {
    const { series, problems } = validate({
      eras: [{ id: 'a', start: '2000', end: '1999', label: 'backwards' }, { id: 'b', start: '2000', end: '2001', label: 'ok' }],
      sectors: [{ id: 'x' }, { id: 'y', label: 'Y' }],
      meetings: [meeting()],
    });
    expect(series.eras!.map((e) => e.id)).to.deep.equal(['b']);
    expect(series.sectors!.map((s) => s.id)).to.deep.equal(['y']);
    expect(problems.map((p) => p.path)).to.deep.equal(['sectors[0].label', 'eras[0].end']);
  });

  it('keeps an era with an unknown track, drawn across the chart, and reports the track', () => {
    const { series, problems } = validate({
      tracks: [{ id: 'cn', label: { en: 'Chinese premier', zh: '中国总理' } }],
      eras: [
        { id: 'a', start: '2000', end: '2001', label: 'A', track: 'cn' },
        { id: 'b', start: '2000', end: '2001', label: 'B', track: 'ru' },
      ],
      meetings: [meeting()],
    });
    expect(series.tracks!.map((t) => t.id)).to.deep.equal(['cn']);
    expect(series.eras!.map((e) => [e.id, e.track])).to.deep.equal([
      ['a', 'cn'],
      ['b', undefined],
    ]);
    expect(problems.map((p) => `${p.path}: ${p.message}`)).to.deep.equal(['eras[1].track: unknown track "ru"']);
  });

  it('reports each bad annotation and keeps the good ones', () => {
    const { series, problems } = validate({
      meetings: [meeting()],
      annotations: [
        { date: '2025-11-03', text: { en: 'A day' } },
        { start: '2020', end: '2022', text: 'A period' },
        { meeting: 'm1', text: 'About the meeting' },
        { text: 'When?' },
        { date: '2025-02-30', text: 'No such day' },
        { start: '2022', end: '2020', text: 'Backwards' },
        { date: '2025', start: '2025', text: 'Both' },
        { meeting: 'nope', text: 'Unknown meeting' },
        { date: '2025', text: '<b>fine</b>', colour: 'red' },
        'just a string',
      ],
    });
    expect(series.annotations!.map((a) => a.text)).to.deep.equal([{ en: 'A day' }, 'A period', 'About the meeting']);
    expect(problems.map((p) => p.path)).to.deep.equal([
      'annotations[4].date',
      'annotations[8].colour',
      'annotations[9]',
      'annotations[3]',
      'annotations[5].end',
      'annotations[6].date',
      'annotations[7].meeting',
      'annotations[7]',
    ]);
  });

  it('rejects a source URL that is not http(s), which would otherwise become a link', () => {
    expect(messages([meeting({ sources: [{ url: 'javascript:alert(1)' }] })])[0]).to.equal(
      'meetings[0].sources[0].url: "javascript:alert(1)" is not an http(s) URL',
    );
  });

  it('rejects an unknown field and names the field meant', () => {
    const { series, problems } = validate({ meetings: [meeting({ titel: 'Typo' }), meeting({ id: 'm2', location: { citty: 'Moscow' } })], serie: {} });
    expect(problems.map((p) => `${p.path}: ${p.message}`)).to.deep.equal([
      "serie: unknown field 'serie' (did you mean 'series'?)",
      "meetings[0].titel: unknown field 'titel' (did you mean 'title'?)",
      "meetings[1].location.citty: unknown field 'citty' (did you mean 'city'?)",
    ]);
    expect(series.meetings).to.deep.equal([]);
  });

  it('names an unknown field without a guess when nothing is close', () => {
    expect(messages([meeting({ colour: 'red' })])).to.deep.equal(["meetings[0].colour: unknown field 'colour'"]);
  });

  it('takes ISO country codes and the listed organisations, not names', () => {
    const ok = meeting({
      location: { city: 'Rio de Janeiro', country: 'BR' },
      participants: [{ name: 'Lula', country: 'BR', chair: true, host: true }, { name: 'AU chair', organisation: 'AU' }],
    });
    expect(messages([ok])).to.deep.equal([]);
    expect(messages([meeting({ location: { country: 'China' } })])[0]).to.equal(
      'meetings[0].location.country: "China" is not an ISO 3166-1 alpha-2 country code in capitals, such as CN, RU or BR',
    );
    expect(messages([meeting({ participants: [{ name: 'X', organisation: 'NATO' }] })])[0]).to.match(/^meetings\[0\]\.participants\[0\]\.organisation: expected one of "EU", "AU", "UN", "SCO", "BRICS", "ASEAN"/);
  });

  it('takes a status, a kind, a hybrid format and several places', () => {
    const planned = meeting({ status: 'planned', kind: 'extraordinary', format: 'hybrid', locations: [{ city: 'A', country: 'CN' }, { city: 'B', country: 'RU' }] });
    const { series, problems } = validate([planned]);
    expect(problems).to.deep.equal([]);
    expect(series.meetings[0]).to.deep.include({ status: 'planned', kind: 'extraordinary', format: 'hybrid' });
    expect(messages([meeting({ status: 'rumoured' })])[0]).to.match(/^meetings\[0\]\.status: expected one of "planned", "held", "postponed", "cancelled"/);
    expect(messages([meeting({ locations: [{ city: 'A' }] })])).to.deep.equal(['meetings[0].locations: must list at least 2']);
  });

  it('takes a series noun with a grammatical gender', () => {
    const { series, problems } = validate({ series: { noun: { en: 'summit', ru: 'саммит' }, gender: { ru: 'masculine' } }, meetings: [meeting()] });
    expect(problems).to.deep.equal([]);
    expect(series.series).to.deep.equal({ noun: { en: 'summit', ru: 'саммит' }, gender: { ru: 'masculine' } });
    expect(messages({ series: { noun: 'summit', gender: { ru: 'male' } }, meetings: [] })[0]).to.match(/^series\.gender\.ru: expected one of "masculine"/);
  });

  it('formats paths as JSON paths', () => {
    expect(formatPath(['meetings', 3, 'participants', 0, 'name'])).to.equal('meetings[3].participants[0].name');
    expect(formatPath([])).to.equal('(root)');
  });

  describe('on random input (property-based)', () => {
    const anything = fc.anything({ maxDepth: 4, withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true });
    const meetingLike = fc.record(
      {
        id: fc.oneof(fc.string(), fc.constantFrom('m1', 'm2', 'm3'), anything),
        start: fc.oneof(fc.constantFrom('2025', '2025-11', '2025-11-03', '2025-02-30', '1999-12-31'), fc.string(), anything),
        end: fc.oneof(fc.constantFrom('2025-11-04', '2024'), fc.string()),
        title: fc.oneof(fc.string(), fc.dictionary(fc.constantFrom('en', 'zh', 'ru', 'EN', ''), fc.oneof(fc.string(), anything))),
        sectors: fc.array(fc.constantFrom('trade', 'energy', 'nope')),
      },
      { requiredKeys: [] },
    );
    const seriesLike = fc.record(
      { meetings: fc.oneof(fc.array(meetingLike, { maxLength: 8 }), anything), sectors: fc.constant([{ id: 'trade', label: 'Trade' }, { id: 'energy', label: 'Energy' }]) },
      { requiredKeys: ['sectors'] },
    );

    it('agrees with the zod definition on every meeting: same verdict, same cleaned value', () => {
      fc.assert(
        fc.property(fc.oneof(meetingLike, anything), (input) => {
          const issues: Issue[] = [];
          const ours = check(meetingSeriesSchema.properties!.meetings.items!, input, [], issues, meetingSeriesSchema);
          const theirs = z.safeParse(MeetingSchema, input);
          expect(ours !== INVALID, JSON.stringify(issues)).to.equal(theirs.success);
          if (theirs.success) expect(ours).to.deep.equal(theirs.data);
        }),
        { numRuns: 1000 },
      );
    });

    it('never throws', () => {
      fc.assert(fc.property(fc.oneof(anything, seriesLike, fc.array(meetingLike)), (input) => void validate(input)), { numRuns: 500 });
    });

    it('never yields an invalid meeting, a duplicate id or an unknown sector', () => {
      fc.assert(
        fc.property(seriesLike, (input) => {
          const { series } = validate(input);
          const ids = series.meetings.map((m) => m.id);
          expect(new Set(ids).size).to.equal(ids.length);
          for (const m of series.meetings) {
            expect(z.safeParse(MeetingSchema, m).success).to.equal(true);
            for (const s of m.sectors ?? []) expect(['trade', 'energy']).to.include(s);
          }
        }),
        { numRuns: 500 },
      );
    });
  });
});
