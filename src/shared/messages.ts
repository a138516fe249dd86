import type { Messages, MessageTools } from './lang.js';

type SharedKey =
  | 'loading'
  | 'failed'
  | 'someInvalid'
  | 'moreProblems'
  | 'empty'
  | 'httpError'
  | 'badJson'
  | 'timeout'
  | 'network'
  | 'updated'
  | 'refreshFailed'
  | 'chunkFailed'
  | 'retry'
  | 'ordinal';

declare module './lang.js' {
  interface MessageNamespaces {
    shared: SharedKey;
  }
}

export type Count = { count: number };
/** `gender`: the series noun's, for languages whose ordinals agree with it (Russian). */
export type Ordinal = { n: number; gender?: 'masculine' | 'feminine' | 'neuter' };

const EN_ORDINAL_SUFFIX: Partial<Record<Intl.LDMLPluralRule, string>> = { one: 'st', two: 'nd', few: 'rd' };

/** The words every element shares. */
export const sharedMessages: Messages<SharedKey> = {
  namespace: 'shared',
  en: {
    loading: 'Loading meetings…',
    failed: 'The data could not be shown.',
    someInvalid: ({ count }: Count, f: MessageTools) =>
      f.plural(count, {
        one: '# problem in the data; the valid records are shown.',
        other: '# problems in the data; the valid records are shown.',
      }),
    moreProblems: '… and {count} more.',
    empty: 'There are no meetings to show.',
    httpError: 'Loading {url} failed: HTTP {status}.',
    badJson: '{url} is not valid JSON: {detail}',
    timeout: 'Loading {url} took longer than {seconds} s and was stopped.',
    network: 'Loading {url} failed: {detail}',
    updated: 'Updated {time}',
    refreshFailed: 'Could not update at {time}; showing the data from {since}.',
    chunkFailed: 'This chart could not be loaded.',
    retry: 'Try again',
    ordinal: ({ n }: Ordinal, f: MessageTools) =>
      `${f.number(n)}${EN_ORDINAL_SUFFIX[f.category(n, 'ordinal')] ?? 'th'}`,
  },
};
