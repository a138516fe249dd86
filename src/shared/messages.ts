import type { Messages } from './lang.js';

/** The words every element shares. */
export const sharedMessages: Messages<'loading' | 'failed' | 'someInvalid' | 'moreProblems' | 'empty' | 'httpError' | 'badJson' | 'timeout' | 'network' | 'updated' | 'refreshFailed'> = {
  en: {
    loading: 'Loading meetings…',
    failed: 'The data could not be shown.',
    someInvalid: '{count} problem(s) in the data; the valid records are shown.',
    moreProblems: '… and {count} more.',
    empty: 'There are no meetings to show.',
    httpError: 'Loading {url} failed: HTTP {status}.',
    badJson: '{url} is not valid JSON: {detail}',
    timeout: 'Loading {url} took longer than {seconds} s and was stopped.',
    network: 'Loading {url} failed: {detail}',
    updated: 'Updated {time}',
    refreshFailed: 'Could not update at {time}; showing the data from {since}.',
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
  },
  ru: {
    loading: 'Загрузка встреч…',
    failed: 'Не удалось показать данные.',
    someInvalid: 'Проблем в данных: {count}; показаны только корректные записи.',
    moreProblems: '… и ещё {count}.',
    empty: 'Нет встреч для показа.',
    httpError: 'Не удалось загрузить {url}: HTTP {status}.',
    badJson: '{url} — некорректный JSON: {detail}',
    timeout: 'Загрузка {url} заняла больше {seconds} с и была остановлена.',
    network: 'Не удалось загрузить {url}: {detail}',
    updated: 'Обновлено в {time}',
    refreshFailed: 'Не удалось обновить в {time}; показаны данные на {since}.',
  },
};
