/**
 * Pure: a chart snapshot as one standalone SVG document — the title drawn above, the chart, a
 * "Source: …" line below — with `lang`, `<title>` and `<desc>` so it stays accessible as a file.
 * A timeline's file also says what its colours and shapes mean (its legend, under the chart).
 * The page's exporter and the command-line renderer both call this.
 */
import { localize } from '../data/text.js';
import { translate } from '../shared/lang.js';
import { wrapText } from '../sector-wheel/labels.js';
import { timelineSummary } from '../meeting-timeline/summary.js';
import { wheelSummary } from '../sector-wheel/summary.js';
import { untouchedText, weightText } from '../sector-wheel/views.js';
import { fileMessages } from './messages.js';
import type { ChartSnapshot, SvgOptions } from './snapshot.js';
import { timelineSvg } from './timeline-svg.js';
import { LEGEND_LINE, legendLayout, legendSvg, type LegendEntry } from './legend-svg.js';
import { hostSlots, legendModel } from '../meeting-timeline/encoding.js';
import { wheelSvg } from './wheel-svg.js';
import { attrs, escapeXml, num } from './xml.js';

const PAD = 16;
const TITLE_SIZE = 18;
const TITLE_LINE = 24;
const SOURCE_SIZE = 12;
const SOURCE_LINE = 16;

/** The heading drawn into the file: the data's title, and the wheel's meeting when it shows one. */
export function chartTitle(s: ChartSnapshot): string {
  const series = localize(s.series.title, s.lang);
  if (s.chart.kind === 'wheel' && s.chart.model.meeting)
    return [localize(s.chart.model.meeting.title, s.lang), series].filter(Boolean).join(' — ');
  return series;
}

/** "Source: <title> (government.ru, kremlin.ru and 12 more)": the data's title and its sources' sites. */
export function sourceLine(s: ChartSnapshot): string {
  const urls = (
    s.series.sources?.length ? s.series.sources : s.series.meetings.flatMap((m) => m.sources ?? [])
  ).flatMap((x) => (x.url ? [x.url] : []));
  const sites = [
    ...new Set(
      urls
        .map((url) => {
          try {
            return new URL(url).hostname.replace(/^www\./, '');
          } catch {
            return '';
          }
        })
        .filter(Boolean),
    ),
  ];
  const t = (key: 'source' | 'sources' | 'more', params: Record<string, string | number>) =>
    translate(fileMessages, s.lang, key, params);
  const shown = sites.slice(0, 3).join(', ') + (sites.length > 3 ? ` ${t('more', { count: sites.length - 3 })}` : '');
  const title = localize(s.series.title, s.lang) || s.fileBase;
  return t('source', { text: shown ? t('sources', { title, sites: shown }) : title });
}

/**
 * What the chart shows, in words, for `<desc>`: the chart's summary (as the element's accessible
 * description), then each mark's accessible name, or each wedge and its figure.
 */
export function chartSummary(s: ChartSnapshot): string {
  if (s.chart.kind === 'timeline')
    return `${timelineSummary(s.series, s.chart.model.index.meetings, s.lang)} ${s.chart.model.names.join('; ')}`;
  const { model, drawing } = s.chart;
  const wedges = drawing.arcs
    .filter((a) => a.kind !== 'group')
    .map((a) => `${a.label}: ${weightText(model, a.weight, s.lang)}`)
    .join('; ');
  return `${wheelSummary(model, s.series, s.lang)} ${wedges}`;
}

/** The chart's own size. */
export function chartSize(s: ChartSnapshot): { width: number; height: number } {
  return s.chart.kind === 'timeline'
    ? { width: s.chart.model.width, height: s.chart.model.geometry.height }
    : { width: s.chart.drawing.width, height: s.chart.drawing.height };
}

/** The timeline's legend for the meetings it shows (host colours from the whole series, as on screen), laid out to `width`. */
function fileLegend(s: ChartSnapshot, width: number): LegendEntry[] {
  if (s.chart.kind !== 'timeline') return [];
  const legend = legendModel(s.chart.model.index.meetings, hostSlots(s.series.meetings), s.lang);
  return legendLayout(legend, s.lang, PAD, width - PAD, s.measure);
}

/** The standalone SVG file. */
export function snapshotToSvg(s: ChartSnapshot, options: SvgOptions = {}): string {
  const { colours: c, lang } = s;
  const { width, height } = chartSize(s);
  const title = chartTitle(s);
  const scaled =
    (size: number, bold = false) =>
    (text: string) =>
      (s.measure(text) * size * (bold ? 1.1 : 1)) / 12;
  const titleLines =
    options.title === false || !title ? [] : wrapText(title, width - 2 * PAD, 2, scaled(TITLE_SIZE, true));
  const sourceLines = options.source === false ? [] : wrapText(sourceLine(s), width - 2 * PAD, 2, scaled(SOURCE_SIZE));
  // A meeting's wheel leaves out the sectors it did not touch: the line saying so goes above the source.
  const note = s.chart.kind === 'wheel' ? untouchedText(s.chart.model, lang) : '';
  const noteLines = note ? wrapText(note, width - 2 * PAD, 2, scaled(SOURCE_SIZE)) : [];
  const head = titleLines.length ? PAD + titleLines.length * TITLE_LINE : PAD / 2;
  const legend = fileLegend(s, width);
  const legendHeight = legend.length ? (legend[legend.length - 1].line + 1) * LEGEND_LINE + 4 : 0;
  const foot =
    legendHeight +
    (noteLines.length + sourceLines.length) * SOURCE_LINE +
    (noteLines.length || sourceLines.length ? PAD : PAD / 2);
  const total = Math.max(options.minHeight ?? 0, Math.ceil(head + height + 8 + foot));
  const chartY = head + Math.max(0, (total - head - foot - 8 - height) / 2);
  const notesTop = total - foot + legendHeight;
  const id = options.idPrefix ?? 'mv';
  const body = s.chart.kind === 'timeline' ? timelineSvg(s.chart.model, c) : wheelSvg(s.chart.drawing, c, id);
  const text = (lines: string[], y0: number, lineHeight: number, extra: Record<string, string | number>) =>
    lines
      .map((line, i) => `<text${attrs({ x: PAD, y: y0 + i * lineHeight, ...extra })}>${escapeXml(line)}</text>`)
      .join('');
  return [
    `<svg${attrs({ xmlns: 'http://www.w3.org/2000/svg', width, height: total, viewBox: `0 0 ${num(width)} ${total}`, lang, 'xml:lang': lang, role: 'img', 'aria-labelledby': `${id}-title ${id}-desc`, 'font-family': s.font, 'font-size': 12 })}>`,
    `<title id="${escapeXml(id)}-title">${escapeXml(title || s.fileBase)}</title>`,
    `<desc id="${escapeXml(id)}-desc">${escapeXml(chartSummary(s))}</desc>`,
    `<rect${attrs({ width, height: total, fill: c.bg })}/>`,
    text(titleLines, PAD + TITLE_SIZE, TITLE_LINE, {
      'font-size': TITLE_SIZE,
      'font-weight': 700,
      fill: c.fg,
      class: 'title',
    }),
    `<g class="chart" transform="translate(0 ${num(chartY)})">${body}</g>`,
    legendSvg(legend, total - foot, c),
    text(noteLines, notesTop + SOURCE_SIZE, SOURCE_LINE, { 'font-size': SOURCE_SIZE, fill: c.fg, class: 'note' }),
    text(sourceLines, notesTop + SOURCE_SIZE + noteLines.length * SOURCE_LINE, SOURCE_LINE, {
      'font-size': SOURCE_SIZE,
      fill: c.muted,
      class: 'source',
    }),
    '</svg>',
  ].join('');
}
