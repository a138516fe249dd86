import { translate, uiLang } from './lang.js';
import type { SeriesInfo } from '../data/schema.js';
import { sharedMessages } from './messages.js';

/** A series noun's grammatical gender, for languages whose ordinals agree with it (Russian). */
export type Gender = 'masculine' | 'feminine' | 'neuter';

/** The series noun's gender in the language of `lang`, from `series.gender`. */
export function nounGender(series: SeriesInfo | undefined, lang: string): Gender | undefined {
  return series?.gender?.[uiLang(lang)];
}

/**
 * "30th", "第30次", "30-я", "الـ30", "30e", "30.ª": the shared `ordinal` message. In Russian the ending
 * agrees with the series noun's gender (feminine, as «встреча», when not given: «17-й саммит», «5-е совещание»).
 */
export function formatOrdinal(n: number, lang: string, gender?: Gender): string {
  return translate(sharedMessages, lang, 'ordinal', gender ? { n, gender } : { n });
}
