import { uiLang } from './lang.js';

/** A series noun's grammatical gender, for languages whose ordinals agree with it (Russian). */
export type Gender = 'masculine' | 'feminine' | 'neuter';

const RU_ENDINGS: Record<Gender, string> = { masculine: 'й', feminine: 'я', neuter: 'е' };

let ordinalRules: Intl.PluralRules | undefined;

/**
 * "30th" in English, "第30次" in Chinese, "30-я" in Russian, where the ending agrees with the
 * series noun's gender (feminine, as «встреча», when not given: «17-й саммит», «5-е совещание»).
 */
export function formatOrdinal(n: number, lang: string, gender: Gender = 'feminine'): string {
  const ui = uiLang(lang);
  if (ui === 'zh') return `第${n}次`;
  if (ui === 'ru') return `${n}-${RU_ENDINGS[gender] ?? 'я'}`;
  const suffixes: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
  ordinalRules ??= new Intl.PluralRules('en', { type: 'ordinal' });
  return `${n}${suffixes[ordinalRules.select(n)] ?? 'th'}`;
}
