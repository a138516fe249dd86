/** Localized text: a plain string, or a map from language code to string. */
import type { Text } from './schema.js';
import { langChain } from '../shared/lang.js';

/**
 * The best text for `lang` among any BCP 47 tags: the exact language, then each shorter tag of its
 * chain (`zh-Hant-TW`, `zh-Hant`, `zh`), then a text in a regional variant of the same language
 * (`pt-BR` for `pt`), then English, then any. Tags match whatever their case.
 */
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
  const keys = Object.keys(text).filter((key) => typeof text[key] === 'string');
  const byLower = new Map(keys.map((key) => [key.toLowerCase(), key]));
  const chain = langChain(lang);
  const base = chain[0].split('-')[0].toLowerCase();
  const key =
    chain.slice(0, -1).map((tag) => byLower.get(tag.toLowerCase())).find((k) => k !== undefined) ??
    keys.find((k) => k.toLowerCase().split('-')[0] === base) ??
    byLower.get('en') ??
    keys.find((k) => k.toLowerCase().startsWith('en-')) ??
    keys[0];
  return key === undefined ? { text: '', lang: '' } : { text: text[key], lang: key };
}
