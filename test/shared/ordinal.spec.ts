import { expect } from 'chai';
import { formatOrdinal } from '../../src/shared/ordinal.js';
import { BUILT_IN_LANGS, loadLang } from '../../src/shared/lang.js';

describe('formatOrdinal', () => {
  // The languages but English are modules loaded on first use.
  before(() => Promise.all(BUILT_IN_LANGS.map(loadLang)));
  it('words ordinals in English, Chinese and Russian', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 30].map((n) => formatOrdinal(n, 'en'))).to.deep.equal([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '30th',
    ]);
    expect(formatOrdinal(30, 'zh-CN')).to.equal('第30次');
    expect(formatOrdinal(30, 'ru')).to.equal('30-я');
  });

  it('makes a Russian ordinal agree with the series noun', () => {
    expect(formatOrdinal(17, 'ru', 'masculine')).to.equal('17-й');
    expect(formatOrdinal(5, 'ru', 'neuter')).to.equal('5-е');
    expect(formatOrdinal(17, 'en', 'masculine')).to.equal('17th');
  });
});
