import type { Messages } from '../shared/lang.js';

export type ExportMessageKey = 'export' | 'png' | 'svg' | 'csv' | 'json' | 'source' | 'sources' | 'more' | 'asText' | 'failed';

/** The exporter's words: the menu, the source line drawn into files, the static text twin. */
export const exportMessages: Messages<ExportMessageKey> = {
  en: {
    export: 'Export',
    png: 'Download PNG',
    svg: 'Download SVG',
    csv: 'Download CSV',
    json: 'Download JSON',
    source: 'Source: {text}',
    sources: '{title} ({sites})',
    more: 'and {count} more',
    asText: 'The data as text',
    failed: 'The export failed: {detail}',
  },
  zh: {
    export: '导出',
    png: '下载 PNG',
    svg: '下载 SVG',
    csv: '下载 CSV',
    json: '下载 JSON',
    source: '来源：{text}',
    sources: '{title}（{sites}）',
    more: '等 {count} 个',
    asText: '文字版数据',
    failed: '导出失败：{detail}',
  },
  ru: {
    export: 'Экспорт',
    png: 'Скачать PNG',
    svg: 'Скачать SVG',
    csv: 'Скачать CSV',
    json: 'Скачать JSON',
    source: 'Источник: {text}',
    sources: '{title} ({sites})',
    more: 'и ещё {count}',
    asText: 'Данные в виде текста',
    failed: 'Экспорт не удался: {detail}',
  },
};
