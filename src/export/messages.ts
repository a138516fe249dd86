import type { Messages } from '../shared/lang.js';

export type MenuMessageKey = 'export' | 'png' | 'svg' | 'csv' | 'json' | 'failed';
export type FileMessageKey = 'source' | 'sources' | 'more' | 'asText';

/** The export menu's words (in the core bundle). */
export const menuMessages: Messages<MenuMessageKey> = {
  en: {
    export: 'Export',
    png: 'Download PNG',
    svg: 'Download SVG',
    csv: 'Download CSV',
    json: 'Download JSON',
    failed: 'The export failed: {detail}',
  },
  zh: {
    export: '导出',
    png: '下载 PNG',
    svg: '下载 SVG',
    csv: '下载 CSV',
    json: '下载 JSON',
    failed: '导出失败：{detail}',
  },
  ru: {
    export: 'Экспорт',
    png: 'Скачать PNG',
    svg: 'Скачать SVG',
    csv: 'Скачать CSV',
    json: 'Скачать JSON',
    failed: 'Экспорт не удался: {detail}',
  },
};

/** The words drawn into files: the source line, the static text twin (in the exporter chunk and the CLI). */
export const fileMessages: Messages<FileMessageKey> = {
  en: { source: 'Source: {text}', sources: '{title} ({sites})', more: 'and {count} more', asText: 'The data as text' },
  zh: { source: '来源：{text}', sources: '{title}（{sites}）', more: '等 {count} 个', asText: '文字版数据' },
  ru: { source: 'Источник: {text}', sources: '{title} ({sites})', more: 'и ещё {count}', asText: 'Данные в виде текста' },
};
