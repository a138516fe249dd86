import type { Messages } from '../shared/lang.js';

declare module '../shared/lang.js' {
  interface MessageNamespaces {
    exportMenu: MenuMessageKey;
    exportFile: FileMessageKey;
  }
}

export type MenuMessageKey = 'export' | 'png' | 'svg' | 'csv' | 'json' | 'failed';
export type FileMessageKey = 'source' | 'sources' | 'more' | 'asText';

/** The export menu's words (in the core bundle). */
export const menuMessages: Messages<MenuMessageKey> = {
  namespace: 'exportMenu',
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
  ar: {
    export: 'تصدير',
    png: 'تنزيل PNG',
    svg: 'تنزيل SVG',
    csv: 'تنزيل CSV',
    json: 'تنزيل JSON',
    failed: 'تعذّر التصدير: {detail}',
  },
  fr: {
    export: 'Exporter',
    png: 'Télécharger en PNG',
    svg: 'Télécharger en SVG',
    csv: 'Télécharger en CSV',
    json: 'Télécharger en JSON',
    failed: 'L’export a échoué : {detail}',
  },
  es: {
    export: 'Exportar',
    png: 'Descargar PNG',
    svg: 'Descargar SVG',
    csv: 'Descargar CSV',
    json: 'Descargar JSON',
    failed: 'La exportación falló: {detail}',
  },
};

/** The words drawn into files: the source line, the static text twin (in the exporter chunk and the CLI). */
export const fileMessages: Messages<FileMessageKey> = {
  namespace: 'exportFile',
  en: { source: 'Source: {text}', sources: '{title} ({sites})', more: 'and {count} more', asText: 'The data as text' },
  zh: { source: '来源：{text}', sources: '{title}（{sites}）', more: '等 {count} 个', asText: '文字版数据' },
  ru: { source: 'Источник: {text}', sources: '{title} ({sites})', more: 'и ещё {count}', asText: 'Данные в виде текста' },
  ar: { source: 'المصدر: {text}', sources: '{title} ({sites})', more: 'و{count} غيرها', asText: 'البيانات نصًّا' },
  fr: { source: 'Source : {text}', sources: '{title} ({sites})', more: 'et {count} autres', asText: 'Les données en texte' },
  es: { source: 'Fuente: {text}', sources: '{title} ({sites})', more: 'y {count} más', asText: 'Los datos como texto' },
};
