import { expect } from '@open-wc/testing';
import { mapStyles } from '../../src/meeting-map/styles.js';
import { themeStyles } from '../../src/shared/theme.js';
import { messages } from '../../src/meeting-map/messages.js';
import zh from '../../src/i18n/zh.js';
import ru from '../../src/i18n/ru.js';
import ar from '../../src/i18n/ar.js';
import fr from '../../src/i18n/fr.js';
import es from '../../src/i18n/es.js';

const defined = (css: string) => new Set([...css.matchAll(/(--_[\w-]+)\s*:/g)].map((m) => m[1]));
const used = (css: string) => new Set([...css.matchAll(/var\(\s*(--_[\w-]+)/g)].map((m) => m[1]));

describe('the map’s tokens and words', () => {
  it('defines every private token it uses, and uses every public --mv-map-* token it maps', () => {
    const all = new Set([...defined(themeStyles.cssText), ...defined(mapStyles.cssText)]);
    for (const token of used(mapStyles.cssText)) expect(all.has(token), token).to.equal(true);
    const mapped = [...defined(mapStyles.cssText)];
    for (const token of mapped)
      expect(used(mapStyles.cssText).has(token) || used(themeStyles.cssText).has(token), `${token} is used`).to.equal(
        true,
      );
    for (const name of ['land', 'graticule', 'route', 'label-size'])
      expect(mapStyles.cssText).to.contain(`--mv-map-${name}`);
  });

  it('has every message in all six languages, with the same placeholders', () => {
    for (const key of Object.keys(messages.en) as Array<keyof typeof messages.en>) {
      const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      for (const [lang, words] of Object.entries({ zh, ru, ar, fr, es })) {
        expect(words.map[key], `${lang}.${key}`).to.be.a('string').and.not.equal('');
        expect(placeholders(String(words.map[key])), `${lang}.${key}`).to.deep.equal(
          placeholders(String(messages.en[key])),
        );
      }
    }
  });
});
