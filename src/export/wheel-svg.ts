/**
 * The wheel as SVG markup with presentation attributes, from the same geometry the element draws
 * (`sector-wheel/geometry.ts`): the exporter and the command-line renderer write this.
 */
import { arcPath, type WheelArc } from '../sector-wheel/layout.js';
import type { WheelLabel } from '../sector-wheel/labels.js';
import { centreLineY, isSelectedWedge, type WheelDrawing } from '../sector-wheel/geometry.js';
import type { ThemeColours } from './tokens.js';
import { attrs, escapeXml, num } from './xml.js';

/** The wheel's drawing (the same geometry the element draws) and the font size of its labels. */
export interface WheelFileDrawing extends WheelDrawing {
  labelSize: number;
}

function wedge(a: WheelArc, selectedId: string | undefined, c: ThemeColours): string {
  const selected = isSelectedWedge(a, selectedId);
  const paint = a.empty
    ? { fill: c.bg, stroke: a.colour, 'stroke-width': 1.5 }
    : a.kind === 'more'
      ? { fill: a.colour, 'fill-opacity': 0.55, stroke: a.colour, 'stroke-dasharray': '3 2', 'stroke-width': 1 }
      : { fill: a.colour, stroke: c.bg, 'stroke-width': 1 };
  const ring = selected ? { stroke: c.fg, 'stroke-width': 3 } : {};
  return `<path${attrs({ class: `wedge ${a.kind}`, 'data-key': a.key, d: arcPath(a), ...paint, ...ring })}/>`;
}

function label(l: WheelLabel, id: string, c: ThemeColours, lineHeight: number): string {
  const halo =
    l.ring === 'group' || !l.leader
      ? { stroke: c.bg, 'stroke-width': 3, 'stroke-linejoin': 'round', 'paint-order': 'stroke' }
      : {};
  const common = { fill: c.fg, lang: l.lang || undefined, 'dominant-baseline': 'central', ...halo };
  if (l.path) {
    return `<path${attrs({ id, d: l.path, fill: 'none' })}/><text${attrs({ class: 'label group', ...common })}><textPath${attrs({ href: `#${id}`, startOffset: '50%', 'text-anchor': 'middle' })}>${escapeXml(l.text)}</textPath></text>`;
  }
  const leader = l.leader
    ? `<polyline${attrs({ points: l.leader.map((p) => p.map(num).join(',')).join(' '), fill: 'none', stroke: c.line })}/>`
    : '';
  const transform = l.rotate ? `rotate(${num(l.rotate)} ${num(l.x)} ${num(l.y)})` : undefined;
  const text =
    l.lines.length < 2
      ? escapeXml(l.text)
      : l.lines
          .map(
            (line, i) =>
              `<tspan${attrs({ x: l.x, y: l.y + (i - (l.lines.length - 1) / 2) * lineHeight })}>${escapeXml(line)}</tspan>`,
          )
          .join('');
  return `${leader}<text${attrs({ class: `label ${l.ring}`, x: l.x, y: l.y, 'text-anchor': l.anchor, transform, ...common })}>${text}</text>`;
}

/** Wedges, labels and the centre, `width` × `height`, origin top left. */
export function wheelSvg(d: WheelFileDrawing, c: ThemeColours, idPrefix = 'mv'): string {
  const { rings } = d;
  const centre = d.centre
    .map(
      (line, i) =>
        `<text${attrs({ y: centreLineY(d, i), 'text-anchor': 'middle', 'dominant-baseline': 'central', 'font-weight': line.strong ? 700 : undefined, fill: c.fg, lang: line.lang || undefined })}>${escapeXml(line.text)}</text>`,
    )
    .join('');
  return (
    `<g font-size="${num(d.labelSize)}"><g transform="translate(${num(rings.cx)} ${num(rings.cy)})">${d.arcs.map((a) => wedge(a, d.selectedId, c)).join('')}</g>` +
    `<g class="labels">${d.labels.map((l, i) => label(l, `${idPrefix}-label-${i}`, c, d.lineHeight)).join('')}</g>` +
    `<g class="centre" transform="translate(${num(rings.cx)} ${num(rings.cy)})">${centre}</g></g>`
  );
}
