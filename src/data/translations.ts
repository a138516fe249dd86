/**
 * How much of a series' text a reader can see in each language: every text field the schema
 * defines (`$defs.Text`), except those marked `x-untranslatable` (a work's own title, an editor's
 * remark), must have a form in each language. Pure: `scripts/check-translations.mjs` prints it.
 */
import { UNTRANSLATABLE, type JsonSchema } from './check.js';
import { formatPath } from './validate.js';

export interface TranslationReport {
  /** How many texts a page shows. */
  total: number;
  /** For each language, the paths of the texts without a form in it (`meetings[3].notes`). */
  missing: Record<string, string[]>;
}

/** Walks `value` with `schema` and lists, per language in `langs`, each shown text that lacks that language. */
export function translationReport(value: unknown, schema: JsonSchema, langs: readonly string[] = ['zh', 'ru']): TranslationReport {
  const report: TranslationReport = { total: 0, missing: Object.fromEntries(langs.map((lang) => [lang, []])) };
  const textDef = schema.$defs?.Text;
  const resolve = (s: JsonSchema): JsonSchema => (s.$ref ? (schema.$defs?.[s.$ref.slice(8)] ?? {}) : s);

  const walk = (node: JsonSchema, data: unknown, path: Array<string | number>): void => {
    if ((node as Record<string, unknown>)[UNTRANSLATABLE]) return;
    const resolved = resolve(node);
    if (resolved === textDef) {
      if (typeof data !== 'string' && (typeof data !== 'object' || data === null)) return;
      report.total++;
      for (const lang of langs) {
        const has = typeof data === 'object' && typeof (data as Record<string, unknown>)[lang] === 'string' && (data as Record<string, string>)[lang].trim() !== '';
        if (!has) report.missing[lang].push(formatPath(path));
      }
      return;
    }
    if (Array.isArray(data)) {
      if (resolved.items) data.forEach((item, i) => walk(resolved.items!, item, [...path, i]));
      return;
    }
    if (typeof data === 'object' && data !== null) {
      for (const [key, child] of Object.entries(resolved.properties ?? {})) {
        const item = (data as Record<string, unknown>)[key];
        if (item !== undefined) walk(child, item, [...path, key]);
      }
    }
  };
  walk(schema, value, []);
  return report;
}

/** "zh 100%, ru 97%": the share of shown texts with a form in each language, rounded down (100% only when complete). */
export function coverageLine(report: TranslationReport): string {
  return Object.entries(report.missing)
    .map(([lang, paths]) => `${lang} ${report.total ? Math.floor(((report.total - paths.length) / report.total) * 100) : 100}%`)
    .join(', ');
}
