/** Text from the data, marked with the language it is in, so screen readers switch voice. */
import { html, type TemplateResult } from 'lit';
import type { Text } from '../data/schema.js';
import { localizeWithLang } from '../data/text.js';

/** True when two language tags share their base language (`zh-Hans` and `zh`). */
export function sameLang(a: string, b: string): boolean {
  return a.split('-')[0].toLowerCase() === b.split('-')[0].toLowerCase();
}

/** `words` in language `wordsLang` ('' when unknown), in a `<span lang>` when that differs from the element's `lang`. */
export function marked(words: string, wordsLang: string, lang: string): string | TemplateResult {
  if (!wordsLang || sameLang(wordsLang, lang)) return words;
  // dir="auto": a Latin or Chinese run inside Arabic (or the reverse) keeps its own direction.
  return html`<span lang=${wordsLang} dir="auto">${words}</span>`;
}

/** Localized data text in the element's language `lang`, marked with its own language when that differs. */
export function langText(value: Text | undefined, lang: string): string | TemplateResult {
  const chosen = localizeWithLang(value, lang);
  return marked(chosen.text, chosen.lang, lang);
}
