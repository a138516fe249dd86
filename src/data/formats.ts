/**
 * Telling the formats apart, cheaply: what every element needs before it knows whether to load the
 * CSV and TimelineJS reader (data/read.ts, a chunk of its own in the CDN build).
 */

/** True when a URL or a media type says the data is CSV/TSV (a `.csv` path, a Google Sheets `output=csv` link, `text/csv`). */
export function csvHint(url?: string, contentType?: string | null): boolean {
  if (contentType && /^\s*text\/(csv|tab-separated-values)\b/i.test(contentType)) return true;
  if (!url) return false;
  const [path, query = ''] = url.split('#')[0].split('?');
  return /\.(csv|tsv)$/i.test(path) || /(^|&)(output|format)=(csv|tsv)(&|$)/i.test(query);
}

/** True for a TimelineJS JSON file: an object with an `events` list and no `meetings`. */
export function isTimelineJson(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Array.isArray((value as Record<string, unknown>).events) && !('meetings' in value);
}

/** True when text starts like JSON (an object or a list), after a BOM and white space. */
export function looksLikeJson(text: string): boolean {
  return /^\ufeff?\s*[[{]/.test(text);
}
