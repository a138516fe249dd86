import type { MeetingSeries } from '../../src/data/schema.js';

/** A small series: two groups, four sectors (one without a group), three meetings. */
export function smallSeries(): MeetingSeries {
  return {
    title: { en: 'Regular meetings', zh: '定期会晤', ru: 'Регулярные встречи' },
    sectorGroups: [
      { id: 'economy', label: { en: 'Economy', zh: '经济', ru: 'Экономика' } },
      { id: 'energy', label: { en: 'Energy and resources', zh: '能源', ru: 'Энергетика' } },
    ],
    sectors: [
      { id: 'trade', label: { en: 'Trade', zh: '贸易', ru: 'Торговля' }, group: 'economy' },
      { id: 'investment', label: { en: 'Investment', zh: '投资', ru: 'Инвестиции' }, group: 'economy' },
      { id: 'energy', label: { en: 'Energy', zh: '能源', ru: 'Энергетика' }, group: 'energy' },
      { id: 'space', label: { en: 'Space', zh: '航天', ru: 'Космос' } },
    ],
    meetings: [
      { id: 'm1', start: '2023-12-19', title: 'Meeting 28', sectors: ['trade', 'energy'] },
      {
        id: 'm2',
        start: '2024-08-21',
        title: 'Meeting 29',
        sectors: ['trade'],
        documents: [{ title: 'Communiqué', sectors: ['trade', 'investment'] }],
      },
      {
        id: 'm3',
        start: '2025-11-03',
        title: { en: 'Meeting 30', zh: '第三十次定期会晤', ru: '30-я встреча' },
        sectors: ['energy'],
        documents: [
          { title: 'Energy memorandum', sectors: ['energy'] },
          { title: 'Trade protocol', sectors: ['trade', 'energy'] },
        ],
      },
    ],
  };
}

/** A series with `n` sectors in `groups` groups; sector i is touched by i % 7 meetings (so some are empty). */
export function syntheticSeries(n: number, groups = 5): MeetingSeries {
  const meetings = Array.from({ length: 7 }, (_, m) => ({
    id: `m${m + 1}`,
    start: `${2000 + m}`,
    title: `Meeting ${m + 1}`,
    sectors: Array.from({ length: n }, (_, i) => i)
      .filter((i) => i % 7 > m)
      .map((i) => `s${i}`),
  }));
  return {
    title: 'Synthetic',
    sectorGroups: Array.from({ length: groups }, (_, g) => ({ id: `g${g}`, label: `Group ${g}` })),
    sectors: Array.from({ length: n }, (_, i) => ({
      id: `s${i}`,
      label: `Sector number ${i}`,
      group: `g${i % groups}`,
    })),
    meetings,
  };
}
