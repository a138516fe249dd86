import { expect } from 'chai';
import type { MeetingSeries } from '../../src/data/schema.js';
import { buildWheelModel } from '../../src/sector-wheel/model.js';
import { wheelSummary } from '../../src/sector-wheel/summary.js';
import { realSeries } from '../fixtures/real-series.js';
import { loadLang } from '../../src/shared/lang.js';

const modelOf = (series: MeetingSeries, lang: string, meetingId?: string) => {
  const result = buildWheelModel(series, { lang, meetingId, otherLabel: 'Other' });
  if ('error' in result) throw new Error(result.error);
  return result.model;
};

/** The sector ids a meeting touches: listed, or named by one of its documents. */
const touchedBy = (m: MeetingSeries['meetings'][number]) =>
  new Set([...(m.sectors ?? []), ...(m.documents ?? []).flatMap((d) => d.sectors ?? [])]);

describe('wheel summary', () => {
  before(() => Promise.all(['zh', 'ru'].map(loadLang)));
  const series = realSeries();
  const label = (id: string, lang: string) =>
    (series.sectors!.find((s) => s.id === id)!.label as Record<string, string>)[lang];

  it('counts the sectors the series touched and names the one touched most, from the data', () => {
    const meetingsOf = new Map<string, number>();
    for (const m of series.meetings) for (const id of touchedBy(m)) meetingsOf.set(id, (meetingsOf.get(id) ?? 0) + 1);
    const [topId, topCount] = [...meetingsOf].sort((a, b) => b[1] - a[1])[0];
    const text = wheelSummary(modelOf(series, 'en'), series, 'en');
    expect(text).to.include(`${meetingsOf.size} sectors`);
    expect(text).to.include(`across ${series.meetings.length} meetings`);
    expect(text).to.include(`most often ${label(topId, 'en')} (${topCount} meetings)`);
    const ru = wheelSummary(modelOf(series, 'ru'), series, 'ru');
    expect(ru).to.include(`«${label(topId, 'ru')}»`);
    expect(ru).to.include(`за ${series.meetings.length} встреч`);
  });

  it('says how many of the series’ sectors one meeting touched', () => {
    const m30 = series.meetings.find((m) => m.id === 'm30')!;
    const touched = touchedBy(m30).size;
    const total = series.sectors!.length;
    expect(wheelSummary(modelOf(series, 'en', 'm30'), series, 'en')).to.match(
      new RegExp(`^The 30th meeting touched ${touched} of ${total} sectors, most in .+ \\(\\d+\\)\\.$`),
    );
    expect(wheelSummary(modelOf(series, 'zh', 'm30'), series, 'zh')).to.include(`涉及${total}个领域中的${touched}个`);
    expect(wheelSummary(modelOf(series, 'ru', 'm30'), series, 'ru')).to.include(
      `30-я встреча затронула ${touched} из ${total}`,
    );
  });
});
