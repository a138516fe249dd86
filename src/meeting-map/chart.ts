/**
 * The map's SVG: outline, graticule and land (decoration), the route, one mark per place, the
 * labels, and the listbox's one option. Geometry comes from the pure layouts; the element supplies
 * names and callbacks.
 *
 * Accessibility with thousands of places: the marks themselves are plain drawing (hidden from
 * assistive technology, cheap to draw); the listbox holds one option, the place with the keyboard's
 * virtual focus, which says where it is in the set (`aria-posinset` of `aria-setsize`). The table
 * twin lists every place. Past {@link DENSE_FROM} places, each country's marks are one path.
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { MapPlace } from './model.js';
import type { PlacedLabel } from './labels.js';

export interface ChartMark {
  id: string;
  x: number;
  y: number;
  r: number;
  place: MapPlace;
}

export interface ChartView {
  width: number;
  height: number;
  world: boolean;
  outline: string;
  graticule: string;
  land: string;
  route: string;
  /** West to east. */
  marks: ChartMark[];
  /** On a dense map, each country's marks as one path (see {@link densePaths}). */
  dense?: Array<[string, string]>;
  labels: PlacedLabel[];
  /** Index (in `marks`) of the place with the keyboard's virtual focus: the listbox's one option. */
  active: number;
  /** That place's accessible name: place, country, meetings. */
  activeName: string;
  selectedId?: string;
  highlightId?: string;
  label: string;
  routeLabel: string;
  onClick: (event: MouseEvent) => void;
  onKeydown: (event: KeyboardEvent) => void;
  onFocus: () => void;
}

/** The DOM id of the listbox's option, for aria-activedescendant. */
export const OPTION_ID = 'place-option';

/** From this many places, the marks of each country are drawn as one path: ten thousand places draw in one frame. */
export const DENSE_FROM = 1000;

/** Circles as SVG path data (two arcs each), to a tenth of a pixel: `x - r` is not written as 142.39999999999998. */
export function circlesPath(marks: readonly { x: number; y: number; r: number }[]): string {
  // A map has a few radii and thousands of marks: each radius's two arcs are written once.
  const arcs = new Map<number, string>();
  let d = '';
  for (const { x, y, r } of marks) {
    let arc = arcs.get(r);
    if (arc === undefined) {
      const across = tenth(2 * r);
      arcs.set(r, (arc = `a${r},${r} 0 1,0 ${across},0a${r},${r} 0 1,0 ${-across},0`));
    }
    d += `M${tenth(x - r)},${y}${arc}`;
  }
  return d;
}

const tenth = (value: number) => Math.round(value * 10) / 10;

/** Each country's marks as one path, for a dense map: `[colour class, path data]`; computed once per layout. */
export function densePaths(marks: readonly ChartMark[]): Array<[string, string]> {
  const byCountry = new Map<string, ChartMark[]>();
  for (const m of marks) {
    const key = `c${m.place.country?.index ?? 'x'}`;
    let list = byCountry.get(key);
    if (!list) byCountry.set(key, (list = []));
    list.push(m);
  }
  return [...byCountry].map(([cls, list]) => [cls, circlesPath(list)]);
}

function mark(m: ChartMark, v: ChartView): SVGTemplateResult {
  const { id } = m.place;
  const selected = id === v.selectedId;
  const highlighted = id === v.highlightId;
  const state = `${selected ? ' selected' : ''}${highlighted ? ' highlighted' : ''}`;
  return svg`<circle class=${`place c${m.place.country?.index ?? 'x'}${state}`} part=${`place${state}`} cx=${m.x} cy=${m.y} r=${m.r} data-id=${id}></circle>`;
}

/** A ring around a mark: the selection, the highlighted meeting's place. */
function ring(m: ChartMark | undefined, cls: string): SVGTemplateResult | typeof nothing {
  return m
    ? svg`<circle class=${`ring ${cls}`} cx=${m.x} cy=${m.y} r=${m.r + 4} data-ring=${m.place.id}></circle>`
    : nothing;
}

/** What stays still while the reader moves through the places: outline, graticule, land, route and marks. */
function backdrop(v: ChartView): SVGTemplateResult {
  return svg`${v.world ? svg`<path class="outline" part="outline" d=${v.outline}></path>` : nothing}
      <path class="graticule" part="graticule" d=${v.graticule}></path>
      ${v.land ? svg`<path class="land" part="land" d=${v.land}></path>` : nothing}
      ${v.route ? svg`<path class="route" part="route" d=${v.route}><title>${v.routeLabel}</title></path>` : nothing}
      <g class="places">${
        v.dense
          ? v.dense.map(([cls, d]) => svg`<path class=${`place ${cls}`} part="places" d=${d}></path>`)
          : v.marks.map((m) => mark(m, v))
      }</g>`;
}

/**
 * The map. On a dense map the backdrop is a second `<svg>` under the listbox, a layer of its own
 * (`will-change`): a highlight then repaints the rings and labels, not ten thousand marks.
 */
export function renderChart(v: ChartView): TemplateResult {
  if (!v.dense) return listbox(v, backdrop(v), v.onClick);
  return html`<div class="stack" @click=${v.onClick}>
    <svg class="base" aria-hidden="true" width=${v.width} height=${v.height} viewBox="0 0 ${v.width} ${v.height}">
      ${backdrop(v)}
    </svg>
    ${listbox(v, nothing, undefined)}
  </div>`;
}

function listbox(
  v: ChartView,
  below: SVGTemplateResult | typeof nothing,
  onClick: ((event: MouseEvent) => void) | undefined,
): SVGTemplateResult {
  const active = v.marks[v.active];
  const find = (id: string | undefined) => (id ? v.marks.find((m) => m.place.id === id) : undefined);
  return svg`<svg
    part="map"
    class="map"
    width=${v.width}
    height=${v.height}
    viewBox="0 0 ${v.width} ${v.height}"
    role="listbox"
    tabindex="0"
    aria-label=${v.label}
    aria-describedby="help summary"
    aria-activedescendant=${OPTION_ID}
    @click=${onClick}
    @keydown=${v.onKeydown}
    @focus=${v.onFocus}
  >
    <g aria-hidden="true">
      ${below}
      ${ring(find(v.highlightId), 'highlighted')} ${ring(find(v.selectedId), 'selected')}
      ${v.labels.map(
        (l) =>
          svg`<text part="label" class=${`label${l.id === v.selectedId || l.id === v.highlightId ? ' strong' : ''}`} x=${l.x} y=${l.y} text-anchor=${l.anchor} dominant-baseline="central">${l.text}</text>`,
      )}
    </g>
    <circle
      id=${OPTION_ID}
      class="cursor"
      role="option"
      cx=${active.x}
      cy=${active.y}
      r=${active.r + 3}
      aria-label=${v.activeName}
      aria-selected=${active.place.id === v.selectedId ? 'true' : 'false'}
      aria-posinset=${v.active + 1}
      aria-setsize=${v.marks.length}
      data-id=${active.place.id}
    ></circle>
  </svg>`;
}
