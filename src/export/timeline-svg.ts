/**
 * The timeline's chart as SVG markup with presentation attributes (no stylesheet), from the same
 * chart model the element draws: the exporter and the command-line renderer write this.
 */
import type { ChartModel } from '../meeting-timeline/chart.js';
import type { Mark } from '../meeting-timeline/layout.js';
import type { ThemeColours } from './tokens.js';
import { attrs, escapeXml, num } from './xml.js';
import { CATEGORICAL_PALETTE } from '../shared/palette.js';
import { encodingClass } from '../meeting-timeline/encoding.js';

function mark(model: ChartModel, m: Mark, i: number, c: ThemeColours): string {
  const y = model.geometry.mark;
  const selected = m.kind === 'meeting' && model.selected === m.first;
  const id = model.index.meetings[m.first].id;
  const encoding = model.encodings?.[i];
  const classes = [m.kind, encodingClass(encoding), selected ? 'selected' : ''].filter(Boolean).join(' ');
  const head = `<g${attrs({ class: `mark ${classes}`, 'data-id': m.kind === 'meeting' ? id : undefined })}>`;
  if (m.kind === 'cluster') {
    const count = m.last - m.first;
    const r = Math.min(13, 8 + Math.log10(count) * 2);
    const label = count > 999 ? `${Math.round(count / 1000)}k` : String(count);
    return `${head}<circle${attrs({ cx: m.x, cy: y, r, fill: c.surface, stroke: c.fg, 'stroke-width': 1.5 })}/><text${attrs({ x: m.x, y, dy: '0.35em', 'text-anchor': 'middle', 'font-size': 11, 'font-weight': 600, fill: c.fg })}>${label}</text></g>`;
  }
  // The same encoding as on screen: the host's colour, in person filled, video a hollow ring, hybrid a ring round a dot.
  const colour = encoding?.slot === undefined ? c.fg : (c.hosts?.[encoding.slot] ?? CATEGORICAL_PALETTE[encoding.slot]);
  const hollow = encoding?.format === 'video' || encoding?.format === 'hybrid';
  const fill = hollow ? c.bg : selected ? c.accent : colour;
  const stroke = hollow ? (selected ? c.accent : colour) : selected ? c.fg : c.bg;
  const strokeWidth = hollow ? (selected ? 3 : 2.5) : selected ? 2 : 1.5;
  const core = encoding?.format === 'hybrid' ? (selected ? c.accent : colour) : undefined;
  const width = m.x1 - m.x;
  if (width > 12)
    return `${head}<rect${attrs({ x: m.x, y: y - 6, width, height: 12, rx: 6, fill, stroke, 'stroke-width': strokeWidth })}/>${
      core ? `<rect${attrs({ x: m.x + 3, y: y - 3, width: width - 6, height: 6, rx: 3, fill: core })}/>` : ''
    }</g>`;
  const r = selected ? 8 : 6;
  return `${head}<circle${attrs({ cx: m.x, cy: y, r, fill, stroke, 'stroke-width': strokeWidth })}/>${
    core ? `<circle${attrs({ cx: m.x, cy: y, r: r - 3.5, fill: core })}/>` : ''
  }</g>`;
}

/** The chart's marks, labels, eras (across the chart and in track rows), callouts and axis, `model.width` × `model.geometry.height`, origin top left. */
export function timelineSvg(model: ChartModel, c: ThemeColours): string {
  const g = model.geometry;
  const out: string[] = [];
  for (const { band, label, showLabel } of model.eras) {
    out.push(
      `<g class="era"><rect${attrs({ x: band.x0, y: 0, width: band.x1 - band.x0, height: g.axis, fill: c.surface })}/>`,
    );
    if (showLabel)
      out.push(
        `<text${attrs({ x: band.x0 + 4, y: g.eraLabel, 'font-size': 12, fill: c.muted })}>${escapeXml(label)}</text>`,
      );
    out.push('</g>');
  }
  for (const track of model.tracks) {
    out.push('<g class="era-track">');
    for (const { band, label, labelLeft, showLabel } of track.bands) {
      out.push(
        `<g class="era"><rect${attrs({ x: band.x0, y: track.y, width: band.x1 - band.x0, height: g.trackRow - 2, fill: c.surface, stroke: c.line, 'stroke-width': 0.5 })}/>`,
      );
      if (showLabel)
        out.push(
          `<text${attrs({ x: labelLeft, y: track.y + 12, 'font-size': 12, fill: c.muted })}>${escapeXml(label)}</text>`,
        );
      out.push('</g>');
    }
    out.push(
      `<text${attrs({ class: 'track-label', x: track.labelLeft, y: track.y + 12, 'font-size': 12, 'font-weight': 600, fill: c.fg, stroke: c.bg, 'stroke-width': 3, 'stroke-linejoin': 'round', 'paint-order': 'stroke' })}>${escapeXml(track.label)}</text></g>`,
    );
  }
  for (const a of model.annotations) {
    const y = g.annotationLeader;
    const mid = (a.x0 + a.x1) / 2;
    const leader =
      a.x1 - a.x0 < 6
        ? `<line${attrs({ x1: mid, x2: mid, y1: y - 4, y2: y + 3, stroke: c.fg })}/>`
        : `<path${attrs({ d: `M${num(a.x0)},${y + 3}V${y}H${num(a.x1)}V${y + 3}`, fill: 'none', stroke: c.fg })}/>`;
    out.push(
      `<g class="annotation"><text${attrs({ x: a.left, y: g.annotationText, 'font-size': 12, 'font-style': 'italic', fill: c.fg })}>${escapeXml(a.text)}</text>${leader}</g>`,
    );
  }
  out.push(`<g class="axis"><line${attrs({ x1: 0, x2: model.width, y1: g.axis, y2: g.axis, stroke: c.line })}/>`);
  for (const t of model.ticks)
    out.push(`<line${attrs({ x1: t.x, x2: t.x, y1: g.axis, y2: g.axis + 5, stroke: c.line })}/>`);
  for (const p of model.tickPlaces)
    out.push(
      `<text${attrs({ x: p.left, y: g.tickLabel, 'font-size': 12, fill: c.muted })}>${escapeXml(model.ticks[p.index].label)}</text>`,
    );
  out.push('</g>');
  for (const { mark: i, text, place } of model.labels) {
    const bold = model.selected === model.marks[i].first;
    out.push(
      `<text${attrs({ class: 'label', x: place.left, y: g.labelRow0 + place.row * g.labelRow, 'font-size': 12, 'font-weight': bold ? 700 : undefined, fill: c.fg })}>${escapeXml(text)}</text>`,
    );
  }
  model.marks.forEach((m, i) => out.push(mark(model, m, i, c)));
  return out.join('');
}
