/**
 * Pure: the timeline's legend in a file — what the colours (host countries) and the shapes (in
 * person, by video, hybrid) of its marks mean, as on screen, wrapped to the file's width. Without
 * it an exported chart's colours could not be read once it leaves the page.
 */
import type { LegendModel } from '../meeting-timeline/encoding.js';
import { timelineMessages } from '../meeting-timeline/messages.js';
import { translate } from '../shared/lang.js';
import { CATEGORICAL_PALETTE } from '../shared/palette.js';
import { fitText } from '../sector-wheel/labels.js';
import type { ThemeColours } from './tokens.js';
import { attrs, escapeXml } from './xml.js';

/** One line of the legend, 16 px: a 12 px label beside a 10 px swatch. */
export const LEGEND_LINE = 16;
const SWATCH = 5;
/** From a swatch's centre to its label; after an item; after a group's title; between groups. */
const [TO_LABEL, AFTER_ITEM, AFTER_TITLE, AFTER_GROUP] = [9, 12, 6, 14];

export interface LegendEntry {
  kind: 'title' | 'host' | 'format';
  text: string;
  /** Where the entry starts (its swatch's left edge, or the title), and its line (0, 1, …). */
  x: number;
  line: number;
  slot?: number;
  format?: string;
}

/**
 * The legend's entries laid out from `left` to at most `right`, starting a new line when the next
 * item would not fit (a group's title stays with its first item; a name wider than a line is
 * shortened with "…"). Empty when the chart has nothing to explain.
 */
export function legendLayout(
  legend: LegendModel,
  lang: string,
  left: number,
  right: number,
  measure: (text: string) => number,
): LegendEntry[] {
  const entries: LegendEntry[] = [];
  let x = left;
  let line = 0;
  /** Starts a new line unless `width` more fits on this one (or the line is empty). */
  const room = (width: number) => {
    if (x > left && x + width > right) [x, line] = [left, line + 1];
  };
  const itemWidth = (text: string) => SWATCH + TO_LABEL + measure(text);
  const group = (title: string, items: Array<Omit<LegendEntry, 'x' | 'line'>>) => {
    if (!items.length) return;
    if (entries.length) x += AFTER_GROUP;
    const titleWidth = measure(title) + AFTER_TITLE;
    // A name longer than its line is shortened with "…" rather than run past the file's edge (the
    // first shares its line with the group's title).
    items.forEach((item, i) => {
      item.text = fitText(item.text, right - left - (i ? 0 : titleWidth) - itemWidth(''), measure);
    });
    room(titleWidth + itemWidth(items[0].text)); // a title stays with its first item
    entries.push({ kind: 'title', text: title, x, line });
    x += titleWidth;
    for (const item of items) {
      const width = itemWidth(item.text);
      room(width);
      entries.push({ ...item, x, line });
      x += width + AFTER_ITEM;
    }
  };
  const t = (key: 'legendHosts' | 'legendFormats') => translate(timelineMessages, lang, key);
  group(
    t('legendHosts'),
    legend.hosts.map((h) => ({ kind: 'host', text: h.label, slot: h.slot })),
  );
  group(
    t('legendFormats'),
    legend.formats.map((f) => ({ kind: 'format', text: f.label, format: f.format })),
  );
  return entries;
}

/** The legend's SVG markup, its first line's middle at `top + LEGEND_LINE / 2`. */
export function legendSvg(entries: readonly LegendEntry[], top: number, c: ThemeColours): string {
  const out: string[] = [];
  for (const e of entries) {
    const y = top + e.line * LEGEND_LINE + LEGEND_LINE / 2;
    const label = (x: number, extra: Record<string, string | number> = {}) =>
      `<text${attrs({ x, y, dy: '0.35em', 'font-size': 12, fill: c.fg, ...extra })}>${escapeXml(e.text)}</text>`;
    if (e.kind === 'title') {
      out.push(label(e.x, { fill: c.muted }));
      continue;
    }
    const cx = e.x + SWATCH;
    // The marks' encoding: the host's colour, filled; in person a filled dot, video a ring, hybrid a ring round a dot.
    const colour = e.kind === 'host' ? (c.hosts?.[e.slot!] ?? CATEGORICAL_PALETTE[e.slot!]) : c.fg;
    const hollow = e.format === 'video' || e.format === 'hybrid';
    out.push(
      `<circle${attrs({ cx, cy: y, r: SWATCH, fill: hollow ? c.bg : colour, stroke: hollow ? colour : c.bg, 'stroke-width': hollow ? 2 : 1 })}/>`,
    );
    if (e.format === 'hybrid') out.push(`<circle${attrs({ cx, cy: y, r: 2, fill: colour })}/>`);
    out.push(label(cx + TO_LABEL));
  }
  return out.length ? `<g class="legend">${out.join('')}</g>` : '';
}
