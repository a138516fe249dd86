import { expect } from 'chai';
import type { Meeting, MeetingSeries } from '../../src/data/schema.js';
import { timelineSummary } from '../../src/meeting-timeline/summary.js';
import { realSeries } from '../fixtures/real-series.js';
import { loadLang } from '../../src/shared/lang.js';

/** The figures the summary must give, counted here from the data on their own. */
function figures(series: MeetingSeries) {
  const held = series.meetings.filter((m) => (m.status ?? 'held') === 'held');
  const byStart = [...held].sort((a, b) => (a.start < b.start ? -1 : 1));
  const hosts: Record<string, number> = {};
  for (const m of held)
    if (m.format !== 'video' && m.location?.country) hosts[m.location.country] = (hosts[m.location.country] ?? 0) + 1;
  const video = held.filter((m) => m.format === 'video');
  return { held, first: byStart[0], last: byStart[byStart.length - 1], hosts, video };
}

const city = (m: Meeting, lang: string) => (m.location?.city as Record<string, string>)[lang];

describe('timeline summary', () => {
  before(() => Promise.all(['zh', 'ru'].map(loadLang)));
  const series = realSeries();
  const f = figures(series);

  it('counts the meetings, each host and the video meetings of the real series, in English', () => {
    const text = timelineSummary(series, series.meetings, 'en');
    expect(text).to.include(`${f.held.length} meetings`);
    expect(text).to.include(`${f.hosts.RU} in Russia`);
    expect(text).to.include(`${f.hosts.CN} in China`);
    expect(text).to.include(`${f.video.length} by video link (${f.video[0].start.slice(0, 4)}`);
    expect(text).to.include(`from December 1996 in ${city(f.first, 'en')}`);
    expect(text).to.include(`to November 2025 in ${city(f.last, 'en')}`);
    expect(text.startsWith((series.title as Record<string, string>).en)).to.equal(true);
  });

  it('says the same in Chinese and Russian, with the cities and countries in the language', () => {
    const zh = timelineSummary(series, series.meetings, 'zh');
    expect(zh).to.include(`共${f.held.length}次会晤`);
    expect(zh).to.include(`在俄罗斯举行${f.hosts.RU}次`);
    expect(zh).to.include(city(f.first, 'zh'));
    expect(zh).to.include(city(f.last, 'zh'));
    const ru = timelineSummary(series, series.meetings, 'ru');
    expect(ru).to.include(`${f.held.length} встреч`);
    expect(ru).to.include(`Россия — ${f.hosts.RU}`);
    expect(ru).to.include(`Китай — ${f.hosts.CN}`);
    expect(ru).to.include(`по видеосвязи — ${f.video.length}`);
    expect(ru).to.include(city(f.last, 'ru'));
  });

  it('counts only the meetings the timeline shows (a filter)', () => {
    const shown = series.meetings.filter((m) => m.location?.country === 'CN');
    const text = timelineSummary({ ...series, title: undefined }, shown, 'en');
    expect(text).to.include(`${shown.length} meetings`);
    expect(text).not.to.include('Russia');
    expect(text).not.to.include('video');
  });

  it('names one meeting without a span, a planned one apart, and no title when the data has none', () => {
    const series: MeetingSeries = {
      meetings: [
        { id: 'a', start: '2024-05-02', title: 'A', location: { city: 'Astana', country: 'KZ' } },
        { id: 'b', start: '2026', title: 'B', status: 'planned' },
      ],
    };
    expect(timelineSummary(series, series.meetings, 'en')).to.equal(
      '1 meeting, May 2024 in Astana; held 1 in Kazakhstan; 1 planned.',
    );
  });
});
