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
  | 'ordinal';

declare module './lang.js' {
  interface MessageNamespaces {
    shared: SharedKey;
  }
}

type Count = { count: number };
/** `gender`: the series noun's, for languages whose ordinals agree with it (Russian). */
type Ordinal = { n: number; gender?: 'masculine' | 'feminine' | 'neuter' };

const RU_ORDINAL_ENDING = { masculine: 'й', feminine: 'я', neuter: 'е' } as const;

const EN_ORDINAL_SUFFIX: Partial<Record<Intl.LDMLPluralRule, string>> = { one: 'st', two: 'nd', few: 'rd' };

/** The words every element shares. */
export const sharedMessages: Messages<SharedKey> = {
  namespace: 'shared',
  en: {
    loading: 'Loading meetings…',
    failed: 'The data could not be shown.',
    someInvalid: ({ count }: Count, f: MessageTools) =>
      f.plural(count, { one: '# problem in the data; the valid records are shown.', other: '# problems in the data; the valid records are shown.' }),
    moreProblems: '… and {count} more.',
    empty: 'There are no meetings to show.',
    httpError: 'Loading {url} failed: HTTP {status}.',
    badJson: '{url} is not valid JSON: {detail}',
    timeout: 'Loading {url} took longer than {seconds} s and was stopped.',
    network: 'Loading {url} failed: {detail}',
    updated: 'Updated {time}',
    refreshFailed: 'Could not update at {time}; showing the data from {since}.',
    ordinal: ({ n }: Ordinal, f: MessageTools) => `${f.number(n)}${EN_ORDINAL_SUFFIX[f.category(n, 'ordinal')] ?? 'th'}`,
  },
  zh: {
    loading: '正在加载会晤数据…',
    failed: '无法显示这些数据。',
    someInvalid: '数据中有 {count} 个问题；仅显示有效记录。',
    moreProblems: '…… 另有 {count} 个。',
    empty: '没有可显示的会晤。',
    httpError: '加载 {url} 失败：HTTP {status}。',
    badJson: '{url} 不是有效的 JSON：{detail}',
    timeout: '加载 {url} 超过 {seconds} 秒，已停止。',
    network: '加载 {url} 失败：{detail}',
    updated: '已于 {time} 更新',
    refreshFailed: '{time} 更新失败；仍显示 {since} 的数据。',
    ordinal: '第{n}次',
  },
  ru: {
    loading: 'Загрузка встреч…',
    failed: 'Не удалось показать данные.',
    someInvalid: ({ count }: Count, f: MessageTools) =>
      f.plural(count, {
        one: '# проблема в данных; показаны только корректные записи.',
        few: '# проблемы в данных; показаны только корректные записи.',
        many: '# проблем в данных; показаны только корректные записи.',
        other: '# проблемы в данных; показаны только корректные записи.',
      }),
    moreProblems: '… и ещё {count}.',
    empty: 'Нет встреч для показа.',
    httpError: 'Не удалось загрузить {url}: HTTP {status}.',
    badJson: '{url} — некорректный JSON: {detail}',
    timeout: 'Загрузка {url} заняла больше {seconds} с и была остановлена.',
    network: 'Не удалось загрузить {url}: {detail}',
    updated: 'Обновлено в {time}',
    refreshFailed: 'Не удалось обновить в {time}; показаны данные на {since}.',
    ordinal: ({ n, gender }: Ordinal, f: MessageTools) => `${f.number(n)}-${RU_ORDINAL_ENDING[gender ?? 'feminine'] ?? 'я'}`,
  },
  ar: {
    loading: 'جارٍ تحميل الاجتماعات…',
    failed: 'تعذّر عرض البيانات.',
    someInvalid: ({ count }: Count, f: MessageTools) =>
      f.plural(count, {
        one: 'في البيانات مشكلة واحدة؛ تُعرض السجلات الصالحة فقط.',
        two: 'في البيانات مشكلتان؛ تُعرض السجلات الصالحة فقط.',
        few: 'في البيانات # مشكلات؛ تُعرض السجلات الصالحة فقط.',
        other: 'في البيانات # مشكلة؛ تُعرض السجلات الصالحة فقط.',
      }),
    moreProblems: ({ count }: Count, f: MessageTools) =>
      f.plural(count, { one: '… ومشكلة أخرى.', two: '… ومشكلتان أخريان.', few: '… و# مشكلات أخرى.', other: '… و# مشكلة أخرى.' }),
    empty: 'لا توجد اجتماعات لعرضها.',
    httpError: 'تعذّر تحميل {url}: HTTP {status}.',
    badJson: 'الملف {url} ليس JSON صالحًا: {detail}',
    timeout: ({ url, seconds }: { url: string; seconds: number }, f: MessageTools) =>
      f.plural(seconds, {
        one: `استغرق تحميل ${url} أكثر من ثانية واحدة فأُوقف.`,
        two: `استغرق تحميل ${url} أكثر من ثانيتين فأُوقف.`,
        few: `استغرق تحميل ${url} أكثر من # ثوانٍ فأُوقف.`,
        other: `استغرق تحميل ${url} أكثر من # ثانية فأُوقف.`,
      }),
    network: 'تعذّر تحميل {url}: {detail}',
    updated: 'حُدِّثت في {time}',
    refreshFailed: 'تعذّر التحديث في {time}؛ تُعرض بيانات {since}.',
    ordinal: 'الـ{n}',
  },
  fr: {
    loading: 'Chargement des réunions…',
    failed: 'Les données n’ont pas pu être affichées.',
    someInvalid: ({ count }: Count, f: MessageTools) =>
      f.plural(count, {
        one: '# problème dans les données ; seuls les enregistrements valides sont affichés.',
        other: '# problèmes dans les données ; seuls les enregistrements valides sont affichés.',
      }),
    moreProblems: ({ count }: Count, f: MessageTools) => f.plural(count, { one: '… et # autre.', other: '… et # autres.' }),
    empty: 'Aucune réunion à afficher.',
    httpError: 'Échec du chargement de {url} : HTTP {status}.',
    badJson: '{url} n’est pas un JSON valide : {detail}',
    timeout: 'Le chargement de {url} a dépassé {seconds} s et a été interrompu.',
    network: 'Échec du chargement de {url} : {detail}',
    // Feminine, agreeing with « réunion »: 1re, 2e, 30e.
    updated: 'Mis à jour à {time}',
    refreshFailed: 'Mise à jour impossible à {time} ; données de {since} affichées.',
    ordinal: ({ n }: Ordinal, f: MessageTools) => `${f.number(n)}${Number(n) === 1 ? 're' : 'e'}`,
  },
  es: {
    loading: 'Cargando reuniones…',
    failed: 'No se pudieron mostrar los datos.',
    someInvalid: ({ count }: Count, f: MessageTools) =>
      f.plural(count, {
        one: '# problema en los datos; se muestran solo los registros válidos.',
        other: '# problemas en los datos; se muestran solo los registros válidos.',
      }),
    moreProblems: '… y {count} más.',
    empty: 'No hay reuniones que mostrar.',
    httpError: 'Error al cargar {url}: HTTP {status}.',
    badJson: '{url} no es un JSON válido: {detail}',
    timeout: 'La carga de {url} tardó más de {seconds} s y se detuvo.',
    network: 'Error al cargar {url}: {detail}',
    // Feminine, agreeing with «reunión»: 30.ª.
    updated: 'Actualizado a las {time}',
    refreshFailed: 'No se pudo actualizar a las {time}; se muestran los datos de las {since}.',
    ordinal: '{n}.ª',
  },
};
