import { expect } from 'chai';
import { langChain, langDir, messageTools } from '../../src/shared/lang.js';

// What the shortcuts in lang.ts must agree with: the answers of Intl itself.
const RTL = new Set(['Arab', 'Hebr', 'Syrc', 'Thaa', 'Nkoo', 'Adlm', 'Rohg', 'Mand', 'Samr', 'Yezi']);
const intlDir = (tag: string) => (RTL.has(new Intl.Locale(tag).maximize().script ?? '') ? 'rtl' : 'ltr');

const TAGS = [
  ...['en', 'zh', 'ru', 'ar', 'fr', 'es', 'de', 'it', 'pt', 'ja', 'ko', 'nl', 'pl', 'uk', 'tr', 'he', 'fa'],
  ...['en-US', 'en-GB', 'zh-CN', 'zh-TW', 'zh-Hant', 'zh-Hant-TW', 'ru-RU', 'ar-EG', 'fr-CA', 'es-419'],
  ...['pa-PK', 'pa-Arab', 'az-IR', 'az-Arab', 'az', 'uz-AF', 'ku-Arab', 'ckb', 'ur', 'sd', 'ps', 'yi', 'dv'],
  ...['sr-Latn', 'AR', 'ZH-hant-tw', 'ar-u-nu-latn', 'en-UK', 'de-CH-1996'],
];

describe('language shortcuts (agree with Intl)', () => {
  for (const tag of TAGS)
    it(`${tag}: the direction Intl gives its likely script`, () => {
      expect(langDir(tag)).to.equal(intlDir(tag));
    });

  it('chains a bare built-in tag as Intl canonicalizes it', () => {
    for (const tag of ['en', 'zh', 'ru', 'ar', 'fr', 'es'])
      expect(langChain(tag)[0]).to.equal(new Intl.Locale(tag).baseName);
  });

  it('formats numbers in the language when first asked for one', () => {
    const tools = messageTools('ar-EG');
    expect(tools.number(1234)).to.equal(new Intl.NumberFormat('ar-EG').format(1234));
    expect(tools.number('12')).to.equal(new Intl.NumberFormat('ar-EG').format(12));
  });
});
