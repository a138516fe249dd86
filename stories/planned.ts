import type { Meeting } from '../src/data/schema.js';

/**
 * The 31st regular meeting, set for 2026 by the communiqué of the 30th (TASS, 4 November 2025):
 * a planned meeting, for the stories. Not in the bundled dataset, which holds the meetings held.
 */
export const PLANNED_31ST: Meeting = {
  id: 'm31',
  ordinal: 31,
  start: '2026',
  status: 'planned',
  title: {
    en: '31st regular meeting of the Chinese and Russian heads of government',
    zh: '中俄总理第三十一次定期会晤',
    ru: '31-я регулярная встреча глав правительств России и Китая',
  },
  summary: {
    en: 'The communiqué of the 30th meeting sets the 31st for 2026; its dates, place and format are to be agreed through diplomatic channels.',
    zh: '第三十次定期会晤联合公报商定第三十一次定期会晤于2026年举行，具体时间、地点和形式将通过外交渠道另行商定。',
    ru: 'Коммюнике 30-й встречи назначает 31-ю на 2026 год; конкретные сроки, место и формат будут согласованы дополнительно по дипломатическим каналам.',
  },
  sources: [
    {
      url: 'https://tass.ru/politika/25530187',
    },
    {
      url: 'https://news.rambler.ru/world/55563313-si-tszinpin-zayavil-ob-ustoychivom-razvitii-otnosheniy-kitaya-i-rossii/',
    },
  ],
  confidence: 'high',
};
