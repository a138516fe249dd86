/**
 * Pure: model + size + drill state → everything the wheel draws (wedges, labels, centre lines).
 * The element, the exporter and the command-line renderer all call this, so they draw the same wheel.
 */
import { translate } from '../shared/lang.js';
import { localizeWithLang } from '../data/text.js';
import { messages } from './messages.js';
import { allSectors, type WheelModel, type WheelSector } from './model.js';
import { layoutWheel, type WeightMode, type WheelLayout } from './layout.js';
import { fitText, layoutLabels, outsideLabelRoom, wrapText, type Measure, type WheelLabel } from './labels.js';
import { weightText } from './views.js';

/** Width from which sector labels sit beside the wheel with leader lines instead of inside their wedges. */
export const OUTSIDE_LABELS_FROM = 480;

export interface CentreLine {
  text: string;
  strong?: boolean;
  lang?: string;
}

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
  const more = (count: number) => translate(messages, lang, 'more', { count });
  const layout = layoutWheel(model, { width, height, weight: o.weight, focus: o.focus, labelRoom, minArc: o.focus && o.showAll ? 0.5 : 8 }, more);
  const labels = layoutLabels(layout.arcs, layout.rings, { width, height, measure, lineHeight, mode: outside ? 'outside' : 'inside' });
  return { layout, labels };
}

/** The lines in the middle of the wheel: its title, then the selected sector and its figure when there is room. */
export function centreLines(model: WheelModel, radius: number, sector: WheelSector | undefined, lang: string, lineHeight: number, measure: Measure): CentreLine[] {
  const total = Math.max(1, Math.floor((1.5 * radius) / lineHeight));
  const used = Math.min(total, sector ? 4 : 3);
  const width = 2 * Math.sqrt(Math.max(0, radius * radius - ((used * lineHeight) / 2) ** 2)) || radius;
  const title = localizeWithLang(model.title, lang);
  const titleText = title.text || translate(messages, lang, 'wheel');
  const titleLines = wrapText(titleText, width, Math.max(1, used - (sector ? 2 : 0)), measure).map((text) => ({ text, lang: title.lang }));
  if (!sector || used < 3) return titleLines;
  return [
    ...titleLines,
    // Bold is wider than the measured regular weight: leave it room.
    { text: fitText(sector.label, width * 0.88, measure), strong: true, lang: sector.labelLang },
    { text: fitText(weightText(model, sector.weight, lang), width, measure) },
  ];
}
