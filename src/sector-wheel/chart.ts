/**
 * The wheel's SVG: wedges as a keyboard-navigable tree, labels with leader lines, and the centre.
 * The element supplies geometry (from the pure layouts) and callbacks.
 */
import { html, svg, nothing, type TemplateResult } from 'lit';
import { cssVars } from '../shared/css-vars.js';
import { arcPath, type WheelArc } from './layout.js';
import type { WheelLabel } from './labels.js';
import { centreLineY, isSelectedWedge, type WheelDrawing } from './geometry.js';

export interface TreeItemInfo {
  name: string;
  level: number;
  setsize: number;
  posinset: number;
  expanded?: boolean;
}

/** The drawing (shared with the export) and what makes it interactive. */
export interface ChartView extends WheelDrawing {
  treeLabel: string;
  /** Key of the wedge with the tab stop. */
  activeId?: string;
  info: (arc: WheelArc) => TreeItemInfo;
  onActivate: (arc: WheelArc) => void;
  onKeydown: (event: KeyboardEvent, arc: WheelArc) => void;
  onFocus: (arc: WheelArc) => void;
}

function wedge(a: WheelArc, v: ChartView): TemplateResult {
  const i = v.info(a);
  const selected = isSelectedWedge(a, v.selectedId);
  const parts = [
    a.kind === 'group' ? 'group' : 'sector',
    a.kind === 'more' ? 'more' : '',
    a.empty ? 'empty' : '',
    selected ? 'selected' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return svg`<path
    id=${`w-${a.key}`}
    class=${`wedge ${a.kind}${a.empty ? ' empty' : ''}${selected ? ' selected' : ''}`}
    part=${parts}
    d=${arcPath(a)}
    ${cssVars({ '--wedge': a.colour })}
    role="treeitem"
    tabindex=${a.key === v.activeId ? 0 : -1}
    aria-label=${i.name}
    aria-level=${i.level}
    aria-setsize=${i.setsize}
    aria-posinset=${i.posinset}
    aria-expanded=${i.expanded === undefined ? nothing : String(i.expanded)}
    aria-selected=${a.kind === 'sector' ? String(selected) : nothing}
    data-id=${a.id}
    data-key=${a.key}
    @click=${() => v.onActivate(a)}
    @keydown=${(e: KeyboardEvent) => v.onKeydown(e, a)}
    @focus=${() => v.onFocus(a)}
  ><title>${i.name}</title></path>`;
}

function label(l: WheelLabel, lineHeight: number): TemplateResult {
  if (l.path) {
    const id = `lp-${l.id.replace(/[^\w-]/g, '-')}`;
    return svg`<path id=${id} d=${l.path} fill="none"></path>
      <text part="label" class="label group" dominant-baseline="central" lang=${l.lang || nothing}>
        <textPath href=${`#${id}`} startOffset="50%" text-anchor="middle">${l.text}</textPath>
      </text>`;
  }
  return svg`${l.leader ? svg`<polyline class="leader" points=${l.leader.map((p) => p.join(',')).join(' ')}></polyline>` : nothing}
    <text part="label" class=${`label ${l.ring}${l.leader ? '' : ' inside'}`} data-for=${l.id} x=${l.x} y=${l.y} text-anchor=${l.anchor} dominant-baseline="central"
      lang=${l.lang || nothing}
      transform=${l.rotate ? `rotate(${l.rotate.toFixed(2)} ${l.x.toFixed(2)} ${l.y.toFixed(2)})` : nothing}
    >${lines(l, lineHeight)}</text>`;
}

/** A label's text: itself, or one `<tspan>` a line, `lineHeight` apart and centred on the label's middle (each tspan says `central` itself: WebKit does not carry it down to a tspan placed on its own). */
function lines(l: WheelLabel, lineHeight: number) {
  if (l.lines.length < 2) return l.text;
  return l.lines.map(
    (line, i) =>
      svg`<tspan dominant-baseline="central" x=${l.x} y=${l.y + (i - (l.lines.length - 1) / 2) * lineHeight}>${line}</tspan>`,
  );
}

/** The chart: an `<svg>` whose wedges form a `role="tree"`; labels and the centre are hidden from assistive technology (the wedges and the table carry the same text). */
export function renderChart(v: ChartView): TemplateResult {
  const { rings } = v;
  return html`<svg part="wheel" class="wheel" width=${v.width} height=${v.height} viewBox="0 0 ${v.width} ${v.height}">
    <g transform="translate(${rings.cx} ${rings.cy})" role="tree" aria-label=${v.treeLabel} aria-describedby="summary">
      ${v.arcs.map((a) => wedge(a, v))}
    </g>
    <g aria-hidden="true" class="labels">${v.labels.map((l) => label(l, v.lineHeight))}</g>
    <g aria-hidden="true" part="centre" class="centre" transform="translate(${rings.cx} ${rings.cy})">
      ${v.centre.map(
        (line, i) =>
          svg`<text y=${centreLineY(v, i)} text-anchor="middle" dominant-baseline="central" class=${line.strong ? 'strong' : ''} lang=${line.lang || nothing}>${line.text}</text>`,
      )}
    </g>
  </svg>`;
}
