import { expect } from '@open-wc/testing';
import { validate } from '../../src/data/validate.js';
import { localize } from '../../src/data/text.js';
import { compareDates } from '../../src/data/dates.js';
import type { MeetingSeries } from '../../src/data/schema.js';

describe('the BRICS summits dataset', () => {
  let series: MeetingSeries;
  before(async () => {
    const { series: valid, problems } = validate(await (await fetch('/data/brics-summits.json')).json());
    expect(problems).to.deep.equal([]);
    series = valid;
  });

  it('holds the 17 summits, numbered 1 to 17 in date order, from Yekaterinburg to Rio de Janeiro', () => {
    expect(series.meetings.map((m) => m.ordinal)).to.deep.equal(Array.from({ length: 17 }, (_, i) => i + 1));
    for (let i = 1; i < 17; i++) expect(compareDates(series.meetings[i - 1].start, series.meetings[i].start)).to.be.below(0);
    expect(localize(series.meetings[0].location!.city, 'en')).to.equal('Yekaterinburg');
    expect(localize(series.meetings[16].location!.city, 'en')).to.equal('Rio de Janeiro');
  });

  it('has three summits by video link, the 12th to the 14th, with no city', () => {
    const video = series.meetings.filter((m) => m.format === 'video');
    expect(video.map((m) => m.ordinal)).to.deep.equal([12, 13, 14]);
    for (const m of video) expect(m.location!.city, m.id).to.equal(undefined);
  });

  it('flags at most one chair, from the host country, who hosts when in person', () => {
    for (const m of series.meetings) {
      const chairs = (m.participants ?? []).filter((p) => p.chair);
      expect(chairs.length, m.id).to.be.at.most(1);
      for (const chair of chairs) {
        expect(chair.country, m.id).to.equal(m.location!.country);
        expect(chair.host ?? false, m.id).to.equal(m.format === 'in-person');
      }
    }
  });

  it('names a declaration and gives http(s) sources for every summit', () => {
    for (const m of series.meetings) {
      expect(m.documents!.some((d) => d.kind === 'declaration'), m.id).to.equal(true);
      expect(m.sources, m.id).to.have.length.above(0);
      for (const s of m.sources!) expect(s.url, m.id).to.match(/^https?:\/\//);
    }
  });

  it('calls its meetings summits, masculine in Russian', () => {
    expect(series.series).to.deep.equal({ noun: { en: 'summit', zh: '领导人会晤', ru: 'саммит' }, gender: { ru: 'masculine' } });
  });
});
