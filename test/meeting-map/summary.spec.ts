import { expect } from 'chai';
import { buildMapModel } from '../../src/meeting-map/model.js';
import { mapSummary } from '../../src/meeting-map/summary.js';
import { realSeries } from '../fixtures/real-series.js';
import { loadLang } from '../../src/shared/lang.js';

describe('map summary', () => {
  before(() => Promise.all(['zh', 'ru'].map(loadLang)));
  const series = realSeries();
  const inPerson = series.meetings.filter((m) => m.format !== 'video');
  const video = series.meetings.length - inPerson.length;
  // Places counted here by their coordinates, and meetings per city, independently of the model.
  const places = new Set(inPerson.map((m) => `${m.location!.lat},${m.location!.lon}`));
  const perCity = (lang: string) => {
    const counts = new Map<string, number>();
    for (const m of inPerson) {
      const name = (m.location!.city as Record<string, string>)[lang];
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    return [...counts].sort((a, b) => b[1] - a[1]);
  };

  for (const lang of ['en', 'zh', 'ru']) {
    it(`counts places, the busiest ones and the video meetings from the data (${lang})`, () => {
      const text = mapSummary(buildMapModel(series, lang), lang);
      const [[busiest, most], [second, next]] = perCity(lang);
      expect(text).to.include(String(places.size));
      expect(text).to.include(`${busiest} (${most}`.replace(' (', lang === 'zh' ? '（' : ' ('));
      expect(text).to.include(second);
      expect(text).to.include(String(next));
      expect(text).to.include(String(video));
    });
  }

  it('reads as a sentence in English', () => {
    const text = mapSummary(buildMapModel(series, 'en'), 'en');
    const [[busiest, most]] = perCity('en');
    expect(text).to.match(
      new RegExp(
        `^Meetings in ${places.size} places; most in ${busiest} \\(${most}\\), .+; ${video} by video link\\.$`,
      ),
    );
  });

  it('names places with as many meetings in the order of their first meeting', () => {
    // West to east is Lima, Oslo, Rome, Kyoto; in time order Rome, Kyoto, Oslo, Lima.
    const at = (city: string, lon: number) => ({ city, lat: 10, lon });
    const text = mapSummary(
      buildMapModel(
        {
          meetings: [
            { id: 'r', start: '2001', title: 'r', location: at('Rome', 12) },
            { id: 'k', start: '2002', title: 'k', location: at('Kyoto', 135) },
            { id: 'o', start: '2003', title: 'o', location: at('Oslo', 10) },
            { id: 'l', start: '2004', title: 'l', location: at('Lima', -77) },
          ],
        },
        'en',
      ),
      'en',
    );
    expect(text).to.match(/^Meetings in 4 places; most in Rome \(1\), Kyoto \(1\),? and Oslo \(1\)/);
  });
});
