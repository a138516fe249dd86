import { uiLang } from './lang.js';

let ordinalRules: Intl.PluralRules | undefined;

/** "30th" in English, "第30次" in Chinese, "30-я" in Russian (feminine, agreeing with «встреча»). */
export function formatOrdinal(n: number, lang: string): string {
  const ui = uiLang(lang);
  if (ui === 'zh') return `第${n}次`;
  if (ui === 'ru') return `${n}-я`;
  const suffixes: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
  ordinalRules ??= new Intl.PluralRules('en', { type: 'ordinal' });
  return `${n}${suffixes[ordinalRules.select(n)] ?? 'th'}`;
}
