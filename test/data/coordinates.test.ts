import { expect } from '@open-wc/testing';
import { validate } from '../../src/data/validate.js';
import type { MeetingSeries } from '../../src/data/schema.js';

const at = (location: unknown) => validate({ meetings: [{ id: 'a', start: '2020', title: 'A', location }] });
const inWords = (problems: Array<{ path: string; message: string }>) => problems.map(({ path, message }) => ({ path, message }));

describe('location.lat / location.lon', () => {
  it('accepts coordinates in range, the ends included', () => {
    for (const location of [{ lat: 55.75, lon: 37.62 }, { lat: -90, lon: -180 }, { lat: 90, lon: 180 }, { lat: 0, lon: 0 }]) {
      const { series, problems } = at(location);
      expect(problems, JSON.stringify(location)).to.deep.equal([]);
      expect(series.meetings[0].location).to.deep.equal(location);
    }
  });

  it('names a latitude or longitude out of range, with its path, the range and the value', () => {
    expect(inWords(at({ city: 'X', lat: 95, lon: 10 }).problems)).to.deep.equal([
      { path: 'meetings[0].location.lat', message: 'must be at most 90 (a latitude in degrees, from -90 to 90), got 95' },
    ]);
    expect(inWords(at({ lat: 10, lon: -200 }).problems)).to.deep.equal([
      { path: 'meetings[0].location.lon', message: 'must be at least -180 (a longitude in degrees, from -180 to 180), got -200' },
    ]);
  });

  it('rejects coordinates that are not numbers', () => {
    const { problems } = at({ lat: '55.75', lon: 37.62 });
    expect(problems).to.have.length(1);
    expect(problems[0].path).to.equal('meetings[0].location.lat');
    expect(problems[0].message).to.contain('latitude');
  });
});

describe('the dataset’s coordinates', () => {
  let series: MeetingSeries;
  before(async () => {
    series = validate(await (await fetch('/data/china-russia-regular-meetings.json')).json()).series;
  });

  it('places every in-person meeting, to two decimals, and no video meeting', () => {
    for (const m of series.meetings) {
      const { lat, lon } = m.location ?? {};
      if (m.format === 'video') {
        expect([lat, lon], m.id).to.deep.equal([undefined, undefined]);
        continue;
      }
      expect(lat, m.id).to.be.a('number');
      expect(lon, m.id).to.be.a('number');
      expect(Math.round(lat! * 100) / 100, m.id).to.equal(lat);
      expect(Math.round(lon! * 100) / 100, m.id).to.equal(lon);
    }
  });

  it('gives one city one pair of coordinates, and cites the gazetteer for each', () => {
    const byCity = new Map<string, string>();
    for (const m of series.meetings) {
      const city = (m.location?.city as { en?: string } | undefined)?.en;
      if (!city || m.format === 'video') continue;
      const coordinates = `${m.location!.lat},${m.location!.lon}`;
      expect(byCity.get(city) ?? coordinates, city).to.equal(coordinates);
      byCity.set(city, coordinates);
      expect(series.sources!.some((s) => s.url?.startsWith('https://www.geonames.org/') && JSON.stringify(s.title).includes(city)), city).to.equal(true);
    }
    expect(byCity.size).to.equal(5);
  });
});
