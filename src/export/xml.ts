/** Text and attribute values for hand-written XML (SVG) and HTML: every markup character escaped. */
export function escapeXml(value: string | number): string {
  return String(value).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

/** A coordinate with at most two decimals ("12.5", not "12.500000001"), so files are small and stable. */
export function num(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** `name="value"` pairs, skipping undefined values. */
export function attrs(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => ` ${k}="${escapeXml(typeof v === 'number' ? num(v) : v!)}"`)
    .join('');
}
