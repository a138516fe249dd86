import { expect } from 'chai';
import fc from 'fast-check';
import { DATE_PATTERN, isPartialDate, parsePeriod, endsBefore, formatDate, formatDateRange, spanOf } from '../../src/data/dates.js';
import { localize, localizeWithLang } from '../../src/data/text.js';

/** The words without the kind of space (ICU versions differ: thin or plain spaces around a dash). */
const words = (text: string) => text.replace(/\s/gu, ' ');

describe('partial dates', () => {
  it('reads a year, a month and a day as periods', () => {
    expect(parsePeriod('1996')).to.deep.equal({ start: Date.UTC(1996, 0, 1), end: Date.UTC(1997, 0, 1), precision: 'year' });
    expect(parsePeriod('1996-12')!.end).to.equal(Date.UTC(1997, 0, 1));
    expect(parsePeriod('1996-12-27')!.precision).to.equal('day');
    expect(parsePeriod('27/12/1996')).to.equal(undefined);
  });

  it('reads YYYY-MM-DD (read without the pattern) as the pattern and the calendar say', () => {
    expect(isPartialDate('2024-02-29')).to.equal(true);
    expect(isPartialDate('2025-02-29')).to.equal(false);
    expect(isPartialDate('2025-02-30')).to.equal(false);
    expect(isPartialDate('2025-13-01')).to.equal(false);
    expect(isPartialDate('2025-00-10')).to.equal(false);
    expect(isPartialDate('2025-11-00')).to.equal(false);
    expect(isPartialDate('2025/11/03')).to.equal(false);
    expect(isPartialDate('2025-1a-03')).to.equal(false);
    expect(parsePeriod('0044-03-15')).to.deep.equal({ start: new Date('0044-03-15T00:00Z').getTime(), end: new Date('0044-03-16T00:00Z').getTime(), precision: 'day' });
    // Any ten characters shaped like a day: the same verdict and period as the pattern and Date give.
    const digit = fc.constantFrom(...'0123456789x-');
    const tenChars = fc.tuple(fc.array(digit, { minLength: 4, maxLength: 4 }), fc.constantFrom('-', '/'), fc.array(digit, { minLength: 2, maxLength: 2 }), fc.constant('-'), fc.array(digit, { minLength: 2, maxLength: 2 }));
    fc.assert(
      fc.property(tenChars, ([y, a, m, b, d]) => {
        const value = `${y.join('')}${a}${m.join('')}${b}${d.join('')}`;
        const shaped = DATE_PATTERN.test(value);
        const date = new Date(`${value}T00:00Z`);
        const real = shaped && !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
        expect(isPartialDate(value), value).to.equal(real);
        if (shaped) {
          // Midnight UTC of that year, month and day, counted as Date counts (a month 13 runs on into the next year).
          const at = (day: number) => new Date(0).setUTCFullYear(+value.slice(0, 4), +value.slice(5, 7) - 1, day);
          expect(parsePeriod(value), value).to.deep.equal({ start: at(+value.slice(8)), end: at(+value.slice(8) + 1), precision: 'day' });
        }
        else expect(parsePeriod(value), value).to.equal(undefined);
      }),
      { numRuns: 2000 },
    );
  });

  it('knows a coarser period is not before a day inside it', () => {
    expect(endsBefore('2025-11', '2025-11-03')).to.equal(false);
    expect(endsBefore('2025-11-02', '2025-11-03')).to.equal(true);
  });

  it('spans a meeting from its first to its last day', () => {
    expect(spanOf({ start: '1996-12-26', end: '1996-12-28' })).to.deep.equal({ start: Date.UTC(1996, 11, 26), end: Date.UTC(1996, 11, 29) });
  });

  it('formats dates in English, Chinese and Russian at their own precision', () => {
    expect(formatDate('2025-11-03', 'en')).to.equal('November 3, 2025');
    expect(formatDate('2025-11-03', 'zh')).to.equal('2025年11月3日');
    expect(formatDate('2025-11-03', 'ru')).to.match(/^3 ноября 2025/);
    expect(formatDate('1999-02', 'en')).to.equal('February 1999');
    expect(formatDate('1996', 'ru')).to.match(/^1996/);
  });

  it('falls back to English for a language tag Intl rejects, instead of throwing', () => {
    expect(formatDate('2025-11-03', 'en_US')).to.equal('November 3, 2025');
    expect(words(formatDateRange('1996-12-26', '1996-12-28', '!!'))).to.equal('December 26 – 28, 1996');
  });

  it('shortens a range within one month', () => {
    expect(words(formatDateRange('1996-12-26', '1996-12-28', 'en'))).to.equal('December 26 – 28, 1996');
    expect(formatDateRange('2025-11-03', undefined, 'en')).to.equal('November 3, 2025');
  });
});

describe('localized text', () => {
  it('picks the language, then its base, then English, then any', () => {
    const text = { en: 'Moscow', zh: '莫斯科', ru: 'Москва' };
    expect(localize(text, 'ru')).to.equal('Москва');
    expect(localize(text, 'zh-Hans-CN')).to.equal('莫斯科');
    expect(localize(text, 'fr')).to.equal('Moscow');
    expect(localize({ zh: '杭州' }, 'en')).to.equal('杭州');
    expect(localizeWithLang({ zh: '杭州' }, 'en')).to.deep.equal({ text: '杭州', lang: 'zh' });
    expect(localize('plain', 'zh')).to.equal('plain');
    expect(localize(undefined, 'en')).to.equal('');
  });
});

describe('years before 1000 and before year 1', () => {
  it('reads four-digit years below 1000 as themselves, not as 19xx', () => {
    expect(parsePeriod('0044')!.start).to.equal(new Date('0044-01-01T00:00:00Z').getTime());
    expect(parsePeriod('0800-06')!.end).to.equal(new Date('0800-07-01T00:00:00Z').getTime());
  });

  it('reads negative (BC) years in ISO 8601 expanded form and orders them before AD', () => {
    const ides = parsePeriod('-0044-03-15')!;
    expect(ides.start).to.equal(new Date('-000044-03-15T00:00:00Z').getTime());
    expect(ides.precision).to.equal('day');
    expect(endsBefore('-0044', '0001')).to.equal(true);
    expect(parsePeriod('44')).to.equal(undefined);
  });

  it('names the era for dates before year 1 and not after', () => {
    expect(formatDate('-0044-03-15', 'en')).to.equal('March 15, 45 BC');
    expect(formatDate('-0044', 'zh')).to.equal('公元前45年');
    expect(formatDate('0800', 'en')).to.equal('800');
    expect(formatDateRange('-0100', '0500', 'en')).to.match(/101 BC/);
  });
});
