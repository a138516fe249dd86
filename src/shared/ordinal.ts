import { translate } from './lang.js';
import { sharedMessages } from './messages.js';

/** A series noun's grammatical gender, for languages whose ordinals agree with it (Russian). */
export type Gender = 'masculine' | 'feminine' | 'neuter';

/**
 * "30th", "第30次", "30-я", "الـ30", "30e", "30.ª": the shared `ordinal` message. In Russian the ending
 * agrees with the series noun's gender (feminine, as «встреча», when not given: «17-й саммит», «5-е совещание»).
 */
export function formatOrdinal(n: number, lang: string, gender?: Gender): string {
  return translate(sharedMessages, lang, 'ordinal', gender ? { n, gender } : { n });
}
