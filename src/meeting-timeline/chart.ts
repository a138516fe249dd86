/** The SVG chart as a Lit template: eras, axis, marks and labels, from geometry computed in layout.ts. */
import { nothing, svg, type SVGTemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Mark, PlacedLabel, Tick, TimelineIndex } from './layout.js';
import type { ChartGeometry, EraBand } from './rows.js';
import { encodingClass, type MarkEncoding } from './encoding.js';

export interface ChartModel {
  width: number;
  /** Vertical geometry, from the chart's height. */
  geometry: ChartGeometry;
  index: TimelineIndex;
  marks: Mark[];
  /** Per mark: the accessible name. */
  names: string[];
  /** Per mark: the host's colour slot and the format (meeting marks; none for clusters). */
  encodings?: Array<MarkEncoding | undefined>;
  /** Labels for meeting marks: mark index, text, placement. */
  labels: Array<{ mark: number; text: string; place: PlacedLabel }>;
  ticks: Tick[];
  tickPlaces: PlacedLabel[];
  /** Eras without a track: bands across the chart's height. */
  eras: Array<{ band: EraBand; label: string; showLabel: boolean }>;
  /** One row per track, top to bottom: its label and its era bands (labels left edges from layout). */
  tracks: Array<{
    label: string;
    labelLeft: number;
    y: number;
    bands: Array<{ band: EraBand; label: string; labelLeft: number; showLabel: boolean }>;
  }>;
  /** The callouts that fit: text's left edge and the annotated span (a day when x0 ≈ x1). */
  annotations: Array<{ text: string; left: number; x0: number; x1: number }>;
  selected?: number;
  active?: number;
  keyboard: boolean;
  label: string;
  help: string;
  /** Laid out right to left: era labels sit at their band's right end. */
  rtl?: boolean;
  /** A cluster's count in the language's digits ("12", "1.2K"). */
  formatCount?: (count: number) => string;
}

/** The DOM id of a mark, for aria-activedescendant. */
export const markId = (mark: Mark): string => `mark-${mark.first}`;

function renderMark(model: ChartModel, mark: Mark, i: number): SVGTemplateResult {
  const y = model.geometry.mark;
  const selected = mark.kind === 'meeting' && model.selected === mark.first;
  const active = model.active !== undefined && mark.first <= model.active && model.active < mark.last;
  // A planned meeting has not happened: a hollow, dashed mark (and "planned" in its name).
  const planned = mark.kind === 'meeting' && model.index.meetings[mark.first]?.status === 'planned';
  // Host country as a colour class (h0…h7), format as a shape class (in-person filled, video hollow, hybrid ring + dot).
  const encoding = encodingClass(model.encodings?.[i]);
  const cls = `mark ${mark.kind}${encoding ? ` ${encoding}` : ''}${selected ? ' selected' : ''}${active ? ' active' : ''}${planned ? ' planned' : ''}`;
  const hybrid = model.encodings?.[i]?.format === 'hybrid';
  const common = (shape: SVGTemplateResult, ring: SVGTemplateResult, extra: unknown = nothing) => svg`<g
      id=${markId(mark)}
      class=${cls}
      part=${mark.kind === 'cluster' ? 'cluster' : `meeting${selected ? ' selected' : ''}${planned ? ' planned' : ''}`}
      role="option"
      aria-selected=${selected ? 'true' : 'false'}
      aria-label=${model.names[i]}
      data-mark=${i}
    >${ring}${shape}${extra}</g>`;
  if (mark.kind === 'cluster') {
    const count = mark.last - mark.first;
    const r = Math.min(13, 8 + Math.log10(count) * 2);
    return common(
      svg`<circle class="dot" cx=${mark.x} cy=${y} r=${r}></circle>`,
      svg`<circle class="ring" cx=${mark.x} cy=${y} r=${r + 4}></circle>`,
      svg`<text class="count" x=${mark.x} y=${y} dy="0.35em" text-anchor="middle">${model.formatCount ? model.formatCount(count) : count}</text>`,
    );
  }
  const width = mark.x1 - mark.x;
  if (width > 12) {
    return common(
      svg`<rect class="dot" x=${mark.x} y=${y - 6} width=${width} height="12" rx="6"></rect>`,
      svg`<rect class="ring" x=${mark.x - 4} y=${y - 10} width=${width + 8} height="20" rx="10"></rect>`,
      hybrid
        ? svg`<rect class="core" x=${mark.x + 3} y=${y - 3} width=${width - 6} height="6" rx="3"></rect>`
        : nothing,
    );
  }
  const r = selected ? 8 : 6;
  return common(
    svg`<circle class="dot" cx=${mark.x} cy=${y} r=${r}></circle>`,
    svg`<circle class="ring" cx=${mark.x} cy=${y} r="12"></circle>`,
    hybrid ? svg`<circle class="core" cx=${mark.x} cy=${y} r=${r - 3.5}></circle>` : nothing,
  );
}

/** A callout: its text above the marks, and a tick (a day) or a bracket (a period) pointing down at what it is about. */
function renderAnnotation(a: ChartModel['annotations'][number], g: ChartGeometry): SVGTemplateResult {
  const y = g.annotationLeader;
  const leader =
    a.x1 - a.x0 < 6
      ? svg`<line x1=${(a.x0 + a.x1) / 2} x2=${(a.x0 + a.x1) / 2} y1=${y - 4} y2=${y + 3}></line>`
      : svg`<path d="M${a.x0},${y + 3}V${y}H${a.x1}V${y + 3}"></path>`;
  return svg`<g class="annotation" part="annotation"><text x=${a.left} y=${g.annotationText}>${a.text}</text>${leader}</g>`;
}

export function renderChart(
  model: ChartModel,
  onClick: (event: MouseEvent) => void,
  onKey: (event: KeyboardEvent) => void,
): SVGTemplateResult {
  const { width, marks } = model;
  const activeMark =
    model.active === undefined ? undefined : marks.find((m) => m.first <= model.active! && model.active! < m.last);
  const g = model.geometry;
  return svg`<svg
    class="chart${model.keyboard ? ' kbd' : ''}"
    part="chart"
    width=${width}
    height=${g.height}
    viewBox="0 0 ${width} ${g.height}"
    role="listbox"
    tabindex="0"
    aria-label=${model.label}
    aria-describedby="help summary"
    aria-activedescendant=${ifDefined(activeMark ? markId(activeMark) : undefined)}
    @click=${onClick}
    @keydown=${onKey}
  >
    <g aria-hidden="true">
      ${model.eras.map(
        ({ band, label, showLabel }) => svg`<g class="era" part="era">
          <rect x=${band.x0} y="0" width=${band.x1 - band.x0} height=${g.axis}></rect>
          ${showLabel ? svg`<text x=${model.rtl ? band.x1 - 4 : band.x0 + 4} y=${g.eraLabel} text-anchor=${model.rtl ? 'end' : 'start'}>${label}</text>` : nothing}
        </g>`,
      )}
      ${model.tracks.map(
        (track) => svg`<g class="era-track" part="era-track">
          ${track.bands.map(
            ({ band, label, labelLeft, showLabel }) => svg`<g class="era" part="era">
              <rect x=${band.x0} y=${track.y} width=${band.x1 - band.x0} height=${g.trackRow - 2}></rect>
              ${showLabel ? svg`<text x=${labelLeft} y=${track.y + 12}>${label}</text>` : nothing}
            </g>`,
          )}
          <text class="track-label" x=${track.labelLeft} y=${track.y + 12}>${track.label}</text>
        </g>`,
      )}
      ${model.annotations.map((a) => renderAnnotation(a, g))}
      <g class="axis" part="axis">
        <line class="axis-line" x1="0" x2=${width} y1=${g.axis} y2=${g.axis}></line>
        ${model.ticks.map((t) => svg`<g class="tick"><line x1=${t.x} x2=${t.x} y1=${g.axis} y2=${g.axis + 5}></line></g>`)}
        ${model.tickPlaces.map(
          (p) => svg`<g class="tick"><text x=${p.left} y=${g.tickLabel}>${model.ticks[p.index].label}</text></g>`,
        )}
      </g>
      ${model.labels.map(
        ({ mark, text, place }) =>
          svg`<text class="label${model.selected === marks[mark].first ? ' selected' : ''}" part="label" x=${place.left} y=${g.labelRow0 + place.row * g.labelRow}>${text}</text>`,
      )}
    </g>
    ${marks.map((mark, i) => renderMark(model, mark, i))}
  </svg>`;
}
