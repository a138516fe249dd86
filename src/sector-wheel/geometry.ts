/**
 * Pure: model + size + drill state → everything the wheel draws (wedges, labels, centre lines).
 * The element, the exporter and the command-line renderer all call this, so they draw the same wheel.
 */
import { translate } from '../shared/lang.js';
import { localizeWithLang } from '../data/text.js';
import { wheelMessages } from './messages.js';
import { allSectors, type WheelModel, type WheelSector } from './model.js';
import { layoutWheel, wheelHeight, type Rings, type WeightMode, type WheelArc, type WheelLayout } from './layout.js';
import {
  centreLines,
  layoutLabels,
  outsideColumnHeight,
  outsideLabelRoom,
  type CentreLine,
  type LabelFont,
  type WheelLabel,
} from './labels.js';
import type { Measure } from '../shared/text-measure.js';
import { weightText } from './views.js';

export type { CentreLine };

/** Width from which sector labels sit beside the wheel with leader lines instead of inside their wedges. */
export const OUTSIDE_LABELS_FROM = 480;

export interface WheelGeometryInput {
  width: number;
  /** A fixed height; by default the drawing is as tall as the ring plus its labels need, up to `maxHeight`. */
  height?: number;
  /** The tallest the drawing may be when it is sized to its content (`--mv-wheel-max-height`). */
  maxHeight?: number;
  lang: string;
  weight: WeightMode;
  /** The group drilled into. */
  focus?: string;
  /** Thin sectors of the focused group shown one by one. */
  showAll?: boolean;
  measure: Measure;
  lineHeight: number;
  /** Right to left: the wheel turns counter-clockwise. */
  rtl?: boolean;
}

export interface WheelGeometry {
  layout: WheelLayout;
  labels: WheelLabel[];
  /** The drawing's height in px. */
  height: number;
}

/**
 * Wedges and labels for a wheel of this width. Unless given a height, the drawing is the ring plus its
 * labels: as tall as the ring, or as the column of outside labels needs (the ring stays the same), so
 * no blank band lies above or below it.
 */
export function wheelGeometry(model: WheelModel, o: WheelGeometryInput): WheelGeometry {
  const { width, measure, lineHeight, lang } = o;
  const outside = width >= OUTSIDE_LABELS_FROM;
  const labelRoom = outside
    ? outsideLabelRoom(
        allSectors(model).map((s) => s.label),
        width,
        measure,
      )
    : 0;
  const more = (count: number) => translate(wheelMessages, lang, 'more', { count });
  const options = {
    width,
    weight: o.weight,
    focus: o.focus,
    labelRoom,
    minArc: o.focus && o.showAll ? 0.5 : 8,
    rtl: o.rtl,
  };
  const maxHeight = o.maxHeight ?? Infinity;
  let height = o.height ?? wheelHeight(width, { labelRoom, maxHeight });
  let layout = layoutWheel(model, { ...options, height }, more);
  if (outside && o.height === undefined) {
    const fitted = wheelHeight(width, {
      labelRoom,
      maxHeight,
      labelColumn: outsideColumnHeight(layout.arcs, lineHeight, { rings: layout.rings, width, measure }),
    });
    if (fitted !== height) layout = layoutWheel(model, { ...options, height: (height = fitted) }, more);
  }
  const labels = layoutLabels(layout.arcs, layout.rings, {
    width,
    height,
    measure,
    lineHeight,
    mode: outside ? 'outside' : 'inside',
  });
  return { layout, labels, height };
}

/** The lines in the middle of the wheel: its title, then the selected sector and its figure when there is room. */
export function wheelCentre(
  model: WheelModel,
  radius: number,
  sector: WheelSector | undefined,
  lang: string,
  font: LabelFont,
): CentreLine[] {
  const title = localizeWithLang(model.title, lang);
  const titleText = { text: title.text || translate(wheelMessages, lang, 'wheel'), lang: title.lang };
  const selected = sector && {
    label: sector.label,
    labelLang: sector.labelLang,
    figure: weightText(model, sector.weight, lang),
  };
  return centreLines(radius, titleText, selected, font);
}

/**
 * What the wheel draws, the same on screen (chart.ts, with its interaction on top) and in a file
 * (export/wheel-svg.ts): the size, the rings, the wedges, the labels and the centre.
 */
export interface WheelDrawing {
  width: number;
  height: number;
  rings: Rings;
  arcs: WheelArc[];
  labels: WheelLabel[];
  /** Lines of the centre, the first ones being the title. */
  centre: CentreLine[];
  lineHeight: number;
  selectedId?: string;
}

/** Whether a wedge is the selected sector's. */
export const isSelectedWedge = (arc: WheelArc, selectedId: string | undefined): boolean =>
  arc.kind === 'sector' && arc.id === selectedId;

/** The y of the centre's line `i` (from the wheel's centre): the lines stand as a block centred on it. */
export function centreLineY(d: Pick<WheelDrawing, 'centre' | 'lineHeight'>, i: number): number {
  return -((d.centre.length - 1) * d.lineHeight) / 2 + i * d.lineHeight;
}
