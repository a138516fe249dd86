import { expect } from 'chai';
import { buildMapModel } from '../../src/meeting-map/model.js';

describe('map place ids', () => {
  const at = (city: unknown, lon: number) => ({ city, lat: 10, lon }) as { city: string; lat: number; lon: number };
  const ids = (cities: unknown[]) =>
    buildMapModel(
      { meetings: cities.map((city, i) => ({ id: `m${i}`, start: '2001', title: 't', location: at(city, i) })) },
      'zh',
    ).places.map((p) => p.id);

  it('are the English city name in lower case, accents off, words joined by -', () => {
    expect(ids(['Saint Petersburg', 'São Paulo', { zh: '苏黎世', en: 'Zürich' }, '  New  Delhi! '])).to.deep.equal([
      'saint-petersburg',
      'sao-paulo',
      'zurich',
      'new-delhi',
    ]);
  });
});
