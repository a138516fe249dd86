import { expect } from '@open-wc/testing';
import { buildMapModel, countryName, meetingYears } from '../../src/meeting-map/model.js';
import type { Meeting } from '../../src/data/schema.js';

const moscow = { city: { en: 'Moscow', zh: '莫斯科', ru: 'Москва' }, country: 'RU', lat: 55.75, lon: 37.62 };
const beijing = { city: { en: 'Beijing', zh: '北京', ru: 'Пекин' }, country: 'CN', lat: 39.91, lon: 116.4 };
const meeting = (id: string, start: string, extra: Partial<Meeting> = {}): Meeting => ({
  id,
  start,
  title: id,
  ...extra,
});

describe('buildMapModel', () => {
  const series = {
    meetings: [
      meeting('b', '1997', { location: beijing }),
      meeting('a', '1996', { location: moscow }),
      meeting('v', '2020', {
        format: 'video',
        location: { venue: 'Great Hall of the People', lat: 39.9, lon: 116.39 },
      }),
      meeting('c', '1998', { location: moscow }),
      meeting('u', '1999', { location: { city: 'Somewhere' } }),
    ],
  };

  it('makes one place per pair of coordinates, west to east, its meetings in time order', () => {
    const model = buildMapModel(series, 'en');
    expect(model.places.map((p) => [p.id, p.name, p.meetings.map((m) => m.id)])).to.deep.equal([
      ['moscow', 'Moscow', ['a', 'c']],
      ['beijing', 'Beijing', ['b']],
    ]);
    expect(model.route.map((r) => r.placeId)).to.deep.equal(['moscow', 'beijing', 'moscow']);
  });

  it('keeps video meetings apart even when the data gives coordinates, and in-person ones without coordinates', () => {
    const model = buildMapModel(series, 'en');
    expect(model.video.map((m) => m.id)).to.deep.equal(['v']);
    expect(model.unplaced.map((m) => m.id)).to.deep.equal(['u']);
    expect(model.placeOf.has('v')).to.equal(false);
  });

  it('colours by country, in order of first appearance, and names places and countries in the language asked', () => {
    const model = buildMapModel(series, 'zh');
    expect(model.countries.map((c) => [c.label, c.index])).to.deep.equal([
      ['俄罗斯', 0],
      ['中国', 1],
    ]);
    expect(model.places.map((p) => `${p.name} ${p.nameLang}`)).to.deep.equal(['莫斯科 zh', '北京 zh']);
    expect(model.places[0].country).to.equal(model.countries[0]);
  });

  it('tells apart two places of one name, and names a place without a city by its coordinates', () => {
    const model = buildMapModel(
      {
        meetings: [
          meeting('a', '2000', { location: { city: 'Springfield', lat: 39.8, lon: -89.65 } }),
          meeting('b', '2001', { location: { city: 'Springfield', lat: 42.1, lon: -72.59 } }),
          meeting('c', '2002', { location: { lat: -33.87, lon: 151.21 } }),
        ],
      },
      'en',
    );
    const ids = model.places.map((p) => p.id);
    expect(new Set(ids).size).to.equal(3);
    expect(ids[0]).to.equal('springfield');
    expect(model.places[2].name).to.equal('33.87° S, 151.21° E');
  });

  it('names a country given as an ISO code in the reader’s language', () => {
    expect(countryName('CN', 'en').text).to.equal('China');
    expect(countryName('RU', 'ru').text).to.equal('Россия');
    expect(countryName({ en: 'Russia', zh: '俄罗斯' }, 'zh')).to.deep.equal({ text: '俄罗斯', lang: 'zh' });
  });

  it('lists years, or dates when two meetings share a year', () => {
    const format = (d: string) => `<${d}>`;
    expect(meetingYears([meeting('a', '2020-11-30'), meeting('b', '2021-11-30')], format)).to.equal('2020, 2021');
    expect(meetingYears([meeting('a', '2020-01-02'), meeting('b', '2020-11-30')], format)).to.equal(
      '<2020-01-02>, <2020-11-30>',
    );
  });
});
