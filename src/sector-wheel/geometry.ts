/**
 * Pure: model + size + drill state → everything the wheel draws (wedges, labels, centre lines).
 * The element, the exporter and the command-line renderer all call this, so they draw the same wheel.
 */
import { translate } from '../shared/lang.js';
import { localizeWithLang } from '../data/text.js';
import { wheelMessages } from './messages.js';
import { allSectors, type WheelModel, type WheelSector } from './model.js';
import { layoutWheel, type WeightMode, type WheelLayout } from './layout.js';
import { centreLines, layoutLabels, outsideLabelRoom, type CentreLine, type LabelFont, type WheelLabel } from './labels.js';
import type { Measure } from '../shared/text-measure.js';
import { weightText } from './views.js';

export type { CentreLine };

/** Width from which sector labels sit beside the wheel with leader lines instead of inside their wedges. */
export const OUTSIDE_LABELS_FROM = 480;

export interface WheelGeometryInput {
  width: number;
  /** Defaults to `width` (the element is square). */
  height?: number;
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
}

/** Wedges and labels for a wheel of this size. */
export function wheelGeometry(model: WheelModel, o: WheelGeometryInput): WheelGeometry {
  const { width, measure, lineHeight, lang } = o;
  const height = o.height ?? width;
  const outside = width >= OUTSIDE_LABELS_FROM;
  const labelRoom = outside ? outsideLabelRoom(allSectors(model).map((s) => s.label), width, measure) : 0;
  const more = (count: number) => translate(wheelMessages, lang, 'more', { count });
  const minArc = o.focus && o.showAll ? 0.5 : 8;
  const layout = layoutWheel(model, { width, height, weight: o.weight, focus: o.focus, labelRoom, minArc, rtl: o.rtl }, more);
  const labels = layoutLabels(layout.arcs, layout.rings, { width, height, measure, lineHeight, mode: outside ? 'outside' : 'inside' });
  return { layout, labels };
}

/** The lines in the middle of the wheel: its title, then the selected sector and its figure when there is room. */
export function wheelCentre(model: WheelModel, radius: number, sector: WheelSector | undefined, lang: string, font: LabelFont): CentreLine[] {
  const title = localizeWithLang(model.title, lang);
  const titleText = { text: title.text || translate(wheelMessages, lang, 'wheel'), lang: title.lang };
  const selected = sector && { label: sector.label, labelLang: sector.labelLang, figure: weightText(model, sector.weight, lang) };
  return centreLines(radius, titleText, selected, font);
}
