/** Localized text: a plain string, or a map from language code to string. */
import type { Text } from './schema.js';

/** The best text for `lang`: the exact language, then its base (`zh` for `zh-Hans`), then English, then any. */
export function localize(text: Text | undefined, lang: string): string {
  return localizeWithLang(text, lang).text;
}

/**
 * Like {@link localize}, and also says which language the chosen text is in, so a template can mark
 * it with `lang` and screen readers switch voice. `lang` is empty for plain strings (language unknown).
 */
export function localizeWithLang(text: Text | undefined, lang: string): { text: string; lang: string } {
  if (text === undefined) return { text: '', lang: '' };
  if (typeof text === 'string') return { text, lang: '' };
  const base = lang.split('-')[0].toLowerCase();
  for (const candidate of [lang, base, 'en']) {
    if (typeof text[candidate] === 'string') return { text: text[candidate], lang: candidate };
  }
  const first = Object.keys(text)[0];
  return first === undefined ? { text: '', lang: '' } : { text: text[first], lang: first };
}
