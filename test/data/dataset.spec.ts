import { expect } from 'chai';
import { validate } from '../../src/data/validate.js';
import { localize } from '../../src/data/text.js';
import { compareDates } from '../../src/data/dates.js';
import type { MeetingSeries } from '../../src/data/schema.js';
import { realSeries } from '../fixtures/real-series.js';

describe('the China–Russia regular meetings dataset', () => {
  let series: MeetingSeries;
  before(async () => {
    const { series: valid, problems } = validate(realSeries());
    expect(problems).to.deep.equal([]);
    series = valid;
  });

  it('holds the 30 meetings, numbered 1 to 30 in date order', () => {
    expect(series.meetings.map((m) => m.ordinal)).to.deep.equal(Array.from({ length: 30 }, (_, i) => i + 1));
    for (let i = 1; i < 30; i++) expect(compareDates(series.meetings[i - 1].start, series.meetings[i].start)).to.be.below(0);
    expect(series.meetings[0].start).to.equal('1996-12-27');
  });

  it('gives every meeting its sources, as http(s) links', () => {
    for (const m of series.meetings) {
      expect(m.sources, m.id).to.have.length.above(0);
      for (const s of m.sources!) expect(s.url === undefined || /^https?:\/\//.test(s.url), m.id).to.equal(true);
    }
  });

  it('leaves out the city of the video meetings, which no source gives', () => {
    for (const id of ['m25', 'm26', 'm27']) {
      const m = series.meetings.find((x) => x.id === id)!;
      expect(m.format).to.equal('video');
      expect(m.location?.city).to.equal(undefined);
    }
  });

  it('has labels in English, Chinese and Russian', () => {
    for (const m of series.meetings) expect(Object.keys(m.title as object)).to.include.members(['en', 'zh', 'ru']);
    for (const s of series.sectors!) expect(Object.keys(s.label as object)).to.include.members(['en', 'zh', 'ru']);
  });

  it('tells the 30th meeting in depth', () => {
    const m30 = series.meetings.find((m) => m.id === 'm30')!;
    expect(m30.start).to.equal('2025-11-03');
    expect(localize(m30.location!.city, 'en')).to.equal('Hangzhou');
    const names = m30.participants!.map((p) => localize(p.name, 'en'));
    expect(names).to.include.members(['Li Qiang', 'Mikhail Mishustin', 'He Lifeng', 'Wu Zhenglong', 'Chen Yiqin']);
    expect(m30.documents!.map((d) => d.kind)).to.include('communique');
    const documentSectors = m30.documents!.flatMap((d) => d.sectors ?? []);
    expect(documentSectors).to.include.members(['customs', 'satellite-navigation']);
    expect(m30.sectors).to.include.members(['trade', 'investment', 'transport', 'energy', 'agriculture', 'digital-economy', 'humanities', 'sco', 'brics', 'un']);
    expect(m30.agenda!.length).to.be.at.least(2);
  });

  it('groups every sector in a known group', () => {
    const groups = new Set(series.sectorGroups!.map((g) => g.id));
    expect([...groups]).to.have.members(['economy', 'energy', 'technology', 'people', 'governance']);
    for (const s of series.sectors!) expect(groups.has(s.group!), s.id).to.equal(true);
  });
});
