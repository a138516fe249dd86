import { expect } from 'chai';
import { formatCompact, langChain, langDir, messageTools, plainDigits } from '../../src/shared/lang.js';

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

  it('writes small whole numbers without Intl only where Intl writes the same digits', () => {
    const numbers = [0, 1, 7, 12, 30, 99, 100, 512, 999];
    for (const tag of TAGS) {
      for (const n of numbers) {
        const plain = plainDigits(tag, n);
        if (plain !== undefined) expect(plain, `${tag} ${n}`).to.equal(new Intl.NumberFormat(tag).format(n));
        expect(messageTools(tag).number(n), `${tag} ${n}`).to.equal(
          new Intl.NumberFormat(messageTools(tag).lang).format(n),
        );
        expect(formatCompact(n, tag), `${tag} ${n} compact`).to.equal(
          new Intl.NumberFormat(messageTools(tag).lang, { notation: 'compact' }).format(n),
        );
      }
    }
    // The shortcut is taken for the five languages written in ASCII digits, not for Arabic or a chosen numbering system.
    expect(['en', 'zh', 'ru', 'fr', 'es', 'zh-Hant-TW', 'fr-CA'].map((tag) => plainDigits(tag, 30))).to.deep.equal(
      Array(7).fill('30'),
    );
    expect([
      plainDigits('ar', 30),
      plainDigits('ar-u-nu-latn', 30),
      plainDigits('en', 1000),
      plainDigits('en', 2.5),
      plainDigits('en', -3),
    ]).to.deep.equal([undefined, undefined, undefined, undefined, undefined]);
  });

  it('formats numbers in the language when first asked for one', () => {
    const tools = messageTools('ar-EG');
    expect(tools.number(1234)).to.equal(new Intl.NumberFormat('ar-EG').format(1234));
    expect(tools.number('12')).to.equal(new Intl.NumberFormat('ar-EG').format(12));
  });
});
