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
};

/** The words drawn into files: the source line, the static text twin (in the exporter chunk and the CLI). */
export const fileMessages: Messages<FileMessageKey> = {
  namespace: 'exportFile',
  en: { source: 'Source: {text}', sources: '{title} ({sites})', more: 'and {count} more', asText: 'The data as text' },
};
