/**
 * The map's SVG: outline, graticule and land (decoration, hidden from assistive technology), the route,
 * one mark per place as an option of a listbox with one tab stop, and the labels. Geometry comes from
 * the pure layouts; the element supplies names and callbacks.
 */
import { nothing, svg, type SVGTemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { MapPlace } from './model.js';
import type { PlacedLabel } from './labels.js';

export interface ChartMark {
  id: string;
  x: number;
  y: number;
  r: number;
  place: MapPlace;
  /** The accessible name: place, country, meetings. */
  name: string;
}

export interface ChartView {
  width: number;
  height: number;
  world: boolean;
  outline: string;
  graticule: string;
  land: string;
  route: string;
  marks: ChartMark[];
  labels: PlacedLabel[];
  activeId?: string;
  selectedId?: string;
  highlightId?: string;
  /** Invisible rings around small marks, for fingers (left out on crowded maps). */
  hitTargets: boolean;
  label: string;
  routeLabel: string;
  onClick: (event: MouseEvent) => void;
  onKeydown: (event: KeyboardEvent) => void;
  onFocus: () => void;
}

/** The DOM id of a place's mark, for aria-activedescendant. */
export const markId = (placeId: string): string => `place-${placeId}`;

function mark(m: ChartMark, v: ChartView): SVGTemplateResult {
  const { id } = m.place;
  const selected = id === v.selectedId;
  const highlighted = id === v.highlightId;
  const cls = `place c${m.place.country?.index ?? 'x'}${selected ? ' selected' : ''}${highlighted ? ' highlighted' : ''}${id === v.activeId ? ' active' : ''}`;
  const part = `place${selected ? ' selected' : ''}${highlighted ? ' highlighted' : ''}`;
  return svg`<g id=${markId(id)} class=${cls} part=${part} role="option" aria-selected=${selected ? 'true' : 'false'} aria-label=${m.name} data-id=${id}>${
    v.hitTargets && m.r < 12 ? svg`<circle class="hit" cx=${m.x} cy=${m.y} r="12"></circle>` : nothing
  }<circle class="dot" cx=${m.x} cy=${m.y} r=${m.r}></circle>${
    highlighted || selected ? svg`<circle class="ring" cx=${m.x} cy=${m.y} r=${m.r + 4}></circle>` : nothing
  }</g>`;
}

export function renderChart(v: ChartView): SVGTemplateResult {
  const active = v.activeId && v.marks.some((m) => m.place.id === v.activeId) ? markId(v.activeId) : undefined;
  return svg`<svg
    part="map"
    class="map"
    width=${v.width}
    height=${v.height}
    viewBox="0 0 ${v.width} ${v.height}"
    role="listbox"
    tabindex="0"
    aria-label=${v.label}
    aria-describedby="help"
    aria-activedescendant=${ifDefined(active)}
    @click=${v.onClick}
    @keydown=${v.onKeydown}
    @focus=${v.onFocus}
  >
    <g aria-hidden="true">
      ${v.world ? svg`<path class="outline" part="outline" d=${v.outline}></path>` : nothing}
      <path class="graticule" part="graticule" d=${v.graticule}></path>
      ${v.land ? svg`<path class="land" part="land" d=${v.land}></path>` : nothing}
      ${v.route ? svg`<path class="route" part="route" d=${v.route}><title>${v.routeLabel}</title></path>` : nothing}
    </g>
    <g class="places">${v.marks.map((m) => mark(m, v))}</g>
    <g aria-hidden="true" class="labels">
      ${v.labels.map(
        (l) => svg`<text part="label" class=${`label${l.id === v.selectedId || l.id === v.highlightId ? ' strong' : ''}`} x=${l.x} y=${l.y} text-anchor=${l.anchor} dominant-baseline="central">${l.text}</text>`,
      )}
    </g>
  </svg>`;
}
