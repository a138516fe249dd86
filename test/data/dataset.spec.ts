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

  it('dates every meeting by its own day, not the visit around it', () => {
    for (const m of series.meetings) {
      // Every meeting of this series lasted one day; a longer visit is in `visit`.
      expect(m.end, m.id).to.equal(undefined);
      if (m.visit?.start) expect(compareDates(m.visit.start, m.start), m.id).to.be.at.most(0);
      if (m.visit?.end) expect(compareDates(m.visit.end, m.start), m.id).to.be.at.least(0);
    }
    expect(series.meetings.find((m) => m.id === 'm01')!.visit).to.deep.equal({ start: '1996-12-26', end: '1996-12-28' });
  });

  it('names places by ISO code, and the two heads of government as chairs, the host country\'s as host', () => {
    for (const m of series.meetings.filter((x) => x.participants)) {
      if (m.location?.country) expect(m.location.country, m.id).to.match(/^(CN|RU)$/);
      const chairs = m.participants!.filter((p) => p.chair);
      expect(chairs.map((p) => p.country), m.id).to.deep.equal(['CN', 'RU']);
      const hosts = m.participants!.filter((p) => p.host).map((p) => p.country);
      expect(hosts, m.id).to.deep.equal(m.format === 'video' ? [] : [m.location!.country]);
    }
  });

  it('keeps compiler wording out of what a reader sees', () => {
    for (const m of series.meetings) {
      for (const text of [m.notes, m.summary].flatMap((t) => (t && typeof t === 'object' ? Object.values(t) : []))) {
        expect(text, m.id).to.not.match(/the reference|JSON|the record/i);
      }
    }
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
    expect(names).to.include.members(['Li Qiang', 'Mikhail Mishustin', 'He Lifeng', 'Wu Zhenglong', 'Shen Yiqin']);
    expect(m30.participants!.map((p) => localize(p.name, 'ru'))).to.include.members(['Хэ Лифэн', 'У Чжэнлун', 'Шэнь Ицинь']);
    expect(localize(m30.agenda!.at(-1)!.title, 'zh')).to.equal('国家主席习近平会见米舒斯京');
    expect(m30.documentsPartial).to.equal(true);
    const daily = m30.sources!.find((s) => localize(s.publisher, 'en') === "People's Daily")!;
    expect(daily).to.deep.include({ date: '2025-11-04', page: '1' });
    expect(localize(daily.title, 'zh')).to.equal('李强同俄罗斯总理米舒斯京共同主持中俄总理第三十次定期会晤');
    expect(localize(m30.summary, 'zh')).to.contain('“十五五”规划');
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
