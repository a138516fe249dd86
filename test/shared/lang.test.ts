import { expect } from '@open-wc/testing';
import {
  BUILT_IN_LANGS,
  langChain,
  langDir,
  loadLang,
  registerMessages,
  translate,
  uiLang,
  withNumbering,
  type LanguageMessages,
  type Message,
  type Messages,
} from '../../src/shared/lang.js';
import { sharedMessages } from '../../src/shared/messages.js';
import { timelineMessages } from '../../src/meeting-timeline/messages.js';
import { wheelMessages } from '../../src/sector-wheel/messages.js';
import { cardMessages } from '../../src/meeting-card/messages.js';
import { formatOrdinal } from '../../src/shared/ordinal.js';
import { localizeWithLang } from '../../src/data/text.js';
import { startIntl } from '../../src/shared/warm-up.js';
import zh from '../../src/i18n/zh.js';
import ru from '../../src/i18n/ru.js';
import ar from '../../src/i18n/ar.js';
import fr from '../../src/i18n/fr.js';
import es from '../../src/i18n/es.js';

/** The built-in languages but English are modules loaded on first use: load them all for these tests. */
before(() => Promise.all(BUILT_IN_LANGS.map(loadLang)));
const MODULES: Record<string, LanguageMessages> = { zh, ru, ar, fr, es };

const SETS = { shared: sharedMessages, timeline: timelineMessages, wheel: wheelMessages, card: cardMessages } as const;
/** Parameters every message may use, with figures that pick different plural forms. */
const PARAMS = {
  count: 3,
  total: 30,
  shown: 2,
  n: 30,
  range: 'R',
  url: 'U',
  status: 404,
  seconds: 15,
  detail: 'D',
  id: 'I',
  names: 'N',
  ordinal: 'O',
  noun: 'W',
  time: '10:00',
  since: '09:45',
  page: 7,
  party: 'P',
  date: '3 May',
};

describe('message sets', () => {
  for (const [namespace, set] of Object.entries(SETS) as [string, Messages<string>][]) {
    const english = Object.keys(set.en).sort();
    for (const lang of BUILT_IN_LANGS) {
      it(`${namespace}: ${lang} has every English key and no other`, () => {
        const block = lang === 'en' ? set.en : MODULES[lang][namespace as keyof LanguageMessages];
        expect(Object.keys(block).sort()).to.deep.equal(english);
      });
      it(`${namespace}: every ${lang} message reads as words, with no placeholder left and no "(s)"`, () => {
        for (const key of english) {
          for (const count of [0, 1, 2, 3, 5, 11, 21, 100, 101]) {
            const text = translate(set, lang, key, { ...PARAMS, count, total: count, n: count });
            expect(text.trim(), `${key}`).to.not.equal('');
            expect(text, `${key}`).to.not.match(/\{\w+\}|\(s\)|undefined|NaN/);
          }
        }
      });
      if (lang !== 'en') {
        it(`${namespace}: ${lang} is a translation (not English copied)`, () => {
          const same = english.filter((key) => translate(set, lang, key, PARAMS) === translate(set, 'en', key, PARAMS));
          // Words that are the same in both languages ("Documents", "Format", "Sources", "Notes", "Plans"…) are few.
          expect(same.length, same.join(', ')).to.be.below(Math.max(2, english.length * 0.25));
        });
      }
    }
  }
});

/** A number as `ar` writes it by the engine's locale data: Latin digits in current CLDR, Arabic-Indic in older (WebKitGTK's ICU). */
const arDigits = (n: number) => new Intl.NumberFormat('ar').format(n);

describe('plurals', () => {
  const problems = (lang: string, count: number) => translate(sharedMessages, lang, 'someInvalid', { count });
  it('English: one problem, two problems', () => {
    expect(problems('en', 1)).to.match(/^1 problem in/);
    expect(problems('en', 2)).to.match(/^2 problems in/);
  });
  it('Russian: 1 проблема, 3 проблемы, 5 проблем, 21 проблема', () => {
    expect(problems('ru', 1)).to.match(/^1 проблема /);
    expect(problems('ru', 3)).to.match(/^3 проблемы /);
    expect(problems('ru', 5)).to.match(/^5 проблем /);
    expect(problems('ru', 21)).to.match(/^21 проблема /);
  });
  it('Arabic: one, two (dual), few (3–10), many and other forms', () => {
    expect(problems('ar', 1)).to.contain('مشكلة واحدة');
    expect(problems('ar', 2)).to.contain('مشكلتان');
    expect(problems('ar', 3)).to.contain(`${arDigits(3)} مشكلات`);
    expect(problems('ar', 11)).to.contain(`${arDigits(11)} مشكلة`);
    expect(translate(wheelMessages, 'ar', 'groupSummary', { count: 11 })).to.equal(`${arDigits(11)} قطاعًا`);
    expect(translate(wheelMessages, 'ar', 'groupSummary', { count: 100 })).to.equal(`${arDigits(100)} قطاع`);
  });
  it('French: 0 and 1 take the singular, 2 the plural', () => {
    expect(translate(wheelMessages, 'fr', 'groupSummary', { count: 0 })).to.equal('0 secteur');
    expect(translate(wheelMessages, 'fr', 'groupSummary', { count: 1 })).to.equal('1 secteur');
    expect(translate(wheelMessages, 'fr', 'groupSummary', { count: 2 })).to.equal('2 secteurs');
  });
  it('Spanish and Russian wheel figures agree with their number', () => {
    expect(translate(wheelMessages, 'es', 'items', { count: 1 })).to.equal('1 documento o compromiso');
    expect(translate(wheelMessages, 'ru', 'items', { count: 2 })).to.equal('2 документа и обязательства');
    expect(translate(wheelMessages, 'ru', 'items', { count: 5 })).to.equal('5 документов и обязательств');
  });
  it('ordinals in six languages', () => {
    expect(['en', 'zh', 'ru', 'ar', 'fr', 'es'].map((lang) => formatOrdinal(1, lang))).to.deep.equal([
      '1st',
      '第1次',
      '1-я',
      `الـ${arDigits(1)}`,
      '1re',
      '1.ª',
    ]);
    expect(['en', 'fr'].map((lang) => formatOrdinal(22, lang))).to.deep.equal(['22nd', '22e']);
  });
});

describe('language chain, direction and numbering', () => {
  it('looks a tag up from the most specific to English', () => {
    expect(langChain('zh-Hant-TW')).to.deep.equal(['zh-Hant-TW', 'zh-Hant', 'zh', 'en']);
    expect(langChain('ar-EG-u-nu-latn')).to.deep.equal(['ar-EG', 'ar', 'en']);
    expect(langChain('en_US')).to.deep.equal(['en-US', 'en']);
    expect(uiLang('fr-CA')).to.equal('fr');
    expect(uiLang('es-419')).to.equal('es');
    expect(uiLang('tlh')).to.equal('en');
  });
  it('knows which languages are written right to left', () => {
    expect(['ar', 'ar-EG', 'he', 'fa', 'ur', 'en', 'zh', 'ru', 'fr', 'es', 'az-Arab', 'az'].map(langDir)).to.deep.equal(
      ['rtl', 'rtl', 'rtl', 'rtl', 'rtl', 'ltr', 'ltr', 'ltr', 'ltr', 'ltr', 'rtl', 'ltr'],
    );
  });
  it('formats figures in the numbering asked for', () => {
    expect(translate(sharedMessages, withNumbering('ar', 'arab'), 'someInvalid', { count: 12 })).to.contain('١٢ مشكلة');
    expect(translate(sharedMessages, withNumbering('ar-EG', 'latn'), 'someInvalid', { count: 12 })).to.contain(
      '12 مشكلة',
    );
    expect(withNumbering('ar', 'no such thing!')).to.equal('ar');
  });
  it('falls back to English for a language nobody added, formatting its figures in English', () => {
    expect(translate(sharedMessages, 'tlh', 'someInvalid', { count: 1234 })).to.equal(
      '1,234 problems in the data; the valid records are shown.',
    );
  });
});

describe('registerMessages', () => {
  /** German, made from the English set so that the test covers every key. */
  function german(): LanguageMessages {
    const de = {} as Record<string, Record<string, Message>>;
    for (const [namespace, set] of Object.entries(SETS)) de[namespace] = { ...(set as Messages<string>).en };
    de.shared.empty = 'Es gibt keine Sitzungen.';
    de.shared.someInvalid = ({ count }: { count: number }, f) =>
      f.plural(count, { one: '# Problem', other: '# Probleme' });
    de.timeline.zoomIn = 'Vergrößern';
    return de as LanguageMessages;
  }
  before(() => registerMessages('de', german()));

  it('adds a language that regional tags of it use too', () => {
    expect(translate(sharedMessages, 'de', 'empty')).to.equal('Es gibt keine Sitzungen.');
    expect(translate(timelineMessages, 'de-CH', 'zoomIn')).to.equal('Vergrößern');
  });
  it('gives function messages the added language’s plural rules and digits', () => {
    expect(translate(sharedMessages, 'de-DE', 'someInvalid', { count: 1 })).to.equal('1 Problem');
    expect(translate(sharedMessages, 'de-DE', 'someInvalid', { count: 1234 })).to.equal('1.234 Probleme');
  });
  it('is typed against the English set: a missing key does not compile', () => {
    const incomplete = german();
    // @ts-expect-error `empty` is required in `shared`.
    const shared: LanguageMessages['shared'] = { ...incomplete.shared, empty: undefined };
    expect(shared.empty).to.equal(undefined);
    // @ts-expect-error a namespace is required.
    const missingNamespace: LanguageMessages = {
      shared: incomplete.shared,
      timeline: incomplete.timeline,
      wheel: incomplete.wheel,
    };
    expect(missingNamespace).to.not.have.property('card');
  });
});

describe('localised data text', () => {
  const text = { en: 'Moscow', 'zh-Hans': '莫斯科', ru: 'Москва', 'sr-Latn': 'Moskva', 'pt-BR': 'Moscou' };
  it('takes any BCP 47 tag and the best one for the page', () => {
    expect(localizeWithLang(text, 'zh')).to.deep.equal({ text: '莫斯科', lang: 'zh-Hans' });
    expect(localizeWithLang(text, 'zh-Hans-CN')).to.deep.equal({ text: '莫斯科', lang: 'zh-Hans' });
    expect(localizeWithLang(text, 'sr-latn-RS')).to.deep.equal({ text: 'Moskva', lang: 'sr-Latn' });
    expect(localizeWithLang(text, 'pt')).to.deep.equal({ text: 'Moscou', lang: 'pt-BR' });
  });
  it('shows English, marked as English, where the page’s language is missing', () => {
    expect(localizeWithLang(text, 'ar')).to.deep.equal({ text: 'Moscow', lang: 'en' });
    expect(localizeWithLang({ fr: 'Pékin', es: 'Pekín' }, 'ar')).to.deep.equal({ text: 'Pékin', lang: 'fr' });
  });
});

describe('starting ICU before the first drawing', () => {
  it('starts a language ICU rejects without an error in the page', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => {
      errors.push(event.message);
      event.preventDefault();
    };
    window.addEventListener('error', onError);
    try {
      startIntl('not a language tag');
      for (let i = 0; i < 6; i++) await new Promise((resolve) => setTimeout(resolve));
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
  });
});
