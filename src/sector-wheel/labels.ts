/**
 * Pure: where the wheel's labels go. Widths come from a `measure(text) => px` function (the element
 * passes canvas `measureText` with its computed font), so a long Chinese or Russian label is
 * shortened or left out rather than overlapping a neighbour or leaving the element's box.
 */
import type { Measure } from '../shared/text-measure.js';
import { LEADER_ELBOW, polar, TAU, type Rings, type WheelArc } from './layout.js';

export interface WheelLabel {
  /** The key of the wedge it names. */
  id: string;
  ring: 'group' | 'sector';
  /** The text drawn, possibly shortened with "…". */
  text: string;
  /** The whole label, for the tooltip. */
  full: string;
  lang: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** Rotation in degrees about (x, y). */
  rotate: number;
  /** The label's box as four corners in the element's coordinates (for overlap checks). */
  box: [number, number][];
  /** For a label that follows an arc: the SVG path its text runs along. */
  path?: string;
  /** Leader line points from the wedge to an outside label. */
  leader?: [number, number][];
}

export interface LabelOptions {
  width: number;
  height: number;
  measure: Measure;
  /** Line height in px. */
  lineHeight: number;
  /** `outside` puts sector labels beside the wheel with leader lines, `inside` along each wedge's radius. */
  mode: 'outside' | 'inside';
}

const ELLIPSIS = '…';
const PAD = 3;

/** Splits text into units that may end a line: words, or single characters in CJK text. */
function breakUnits(text: string): string[] {
  return (
    text.match(/[\u3000-\u9fff\uf900-\ufaff\uff00-\uffef]|[^\s\u3000-\u9fff\uf900-\ufaff\uff00-\uffef]+\s*|\s+/g) ?? []
  );
}

/** `text`, shortened with "…" (by whole characters) until it is at most `maxWidth` wide; '' if not even one character and "…" fit. */
export function fitText(text: string, maxWidth: number, measure: Measure): string {
  if (measure(text) <= maxWidth) return text;
  const chars = [...text];
  for (let n = chars.length - 1; n >= 1; n--) {
    const candidate = chars.slice(0, n).join('').trimEnd() + ELLIPSIS;
    if (measure(candidate) <= maxWidth) return candidate;
  }
  return '';
}

/** Up to `maxLines` lines of at most `maxWidth`, breaking between words (or CJK characters); the last is shortened with "…" if needed. */
export function wrapText(text: string, maxWidth: number, maxLines: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  const units = breakUnits(text.trim());
  for (let i = 0; i < units.length; i++) {
    const next = line + units[i];
    if (!line || measure(next.trimEnd()) <= maxWidth) {
      line = next;
      continue;
    }
    if (lines.length === maxLines - 1) {
      line = units.slice(i).reduce((s, u) => s + u, line);
      break;
    }
    lines.push(line.trimEnd());
    line = units[i].trimStart();
  }
  if (line.trim()) lines.push(line.trim());
  const last = lines.length - 1;
  if (last >= 0) lines[last] = fitText(lines[last], maxWidth, measure);
  return lines.filter((l) => l);
}

function rect(cx: number, cy: number, w: number, h: number, rotateDeg = 0): [number, number][] {
  const t = (rotateDeg * Math.PI) / 180;
  const [c, s] = [Math.cos(t), Math.sin(t)];
  return (
    [
      [-w / 2, -h / 2],
      [w / 2, -h / 2],
      [w / 2, h / 2],
      [-w / 2, h / 2],
    ] as [number, number][]
  ).map(([x, y]) => [cx + x * c - y * s, cy + x * s + y * c]);
}

/**
 * A label that follows the group's arc along the middle of its ring, shortened to fit the wedge
 * (and half the circle); upright on both halves of the wheel.
 */
function groupLabel(a: WheelArc, rings: Rings, o: LabelOptions): WheelLabel | undefined {
  const r = (a.r0 + a.r1) / 2;
  if (a.r1 - a.r0 < o.lineHeight) return undefined;
  const room = Math.min((a.a1 - a.a0) * r - 4 * PAD, r * Math.PI * 0.9);
  const text = room > 0 ? fitText(a.label, room, o.measure) : '';
  if (!text) return undefined;
  const full360 = a.a1 - a.a0 >= TAU - 1e-9;
  const mid = full360 ? 0 : (a.a0 + a.a1) / 2;
  const half = o.measure(text) / r / 2 + PAD / r;
  const [from, to] = [mid - half, mid + half];
  // Text runs clockwise on the top half and counter-clockwise on the bottom half, so it is never upside down.
  const upright = Math.cos(mid) >= 0;
  const at = (angle: number, radius = r): [number, number] => {
    const [x, y] = polar(angle, radius);
    return [rings.cx + x, rings.cy + y];
  };
  const [sx, sy] = at(upright ? from : to);
  const [ex, ey] = at(upright ? to : from);
  const path = `M${sx.toFixed(2)},${sy.toFixed(2)}A${r.toFixed(2)},${r.toFixed(2)} 0 0 ${upright ? 1 : 0} ${ex.toFixed(2)},${ey.toFixed(2)}`;
  const [x, y] = at(mid);
  const inner = r - o.lineHeight / 2;
  const outer = r + o.lineHeight / 2;
  return {
    id: a.key,
    ring: 'group',
    text,
    full: a.label,
    lang: a.labelLang,
    x,
    y,
    anchor: 'middle',
    rotate: 0,
    path,
    box: [at(from, inner), at(to, inner), at(to, outer), at(from, outer)],
  };
}

/** A label along the wedge's radius, turned so it reads left to right on both halves. */
function insideLabel(a: WheelArc, rings: Rings, o: LabelOptions): WheelLabel | undefined {
  const mid = (a.a0 + a.a1) / 2;
  const inner = a.r0 + PAD;
  // The wedge must be wide enough at its inner end for one line.
  if ((a.a1 - a.a0) * inner < o.lineHeight) return undefined;
  const text = fitText(a.label, a.r1 - a.r0 - 2 * PAD, o.measure);
  if (!text) return undefined;
  const r = (a.r0 + a.r1) / 2;
  const [x, y] = polar(mid, r);
  const deg = (mid * 180) / Math.PI;
  const rotate = mid < Math.PI ? deg - 90 : deg - 270;
  const cx = rings.cx + x;
  const cy = rings.cy + y;
  return {
    id: a.key,
    ring: 'sector',
    text,
    full: a.label,
    lang: a.labelLang,
    x: cx,
    y: cy,
    anchor: 'middle',
    rotate,
    box: rect(cx, cy, o.measure(text), o.lineHeight, rotate),
  };
}

/**
 * Labels beside the wheel, one column per side, joined to their wedges by leader lines. Labels
 * are pushed apart so none overlap; when a side has more labels than lines, the lightest wedges
 * go without (their names stay in the tooltip, the accessible name and the table).
 */
function outsideLabels(arcs: WheelArc[], rings: Rings, o: LabelOptions): WheelLabel[] {
  const out: WheelLabel[] = [];
  const top = o.lineHeight / 2 + 1;
  const bottom = o.height - o.lineHeight / 2 - 1;
  const lines = Math.max(0, Math.floor((bottom - top) / o.lineHeight) + 1);
  for (const side of ['right', 'left'] as const) {
    let items = arcs
      .filter((a) => (a.a0 + a.a1) / 2 < Math.PI === (side === 'right'))
      .map((a) => {
        const mid = (a.a0 + a.a1) / 2;
        const elbow = polar(mid, rings.sectorOuter + LEADER_ELBOW);
        return { a, mid, target: rings.cy + elbow[1] };
      });
    if (items.length > lines) {
      const keep = new Set(
        [...items]
          .sort((p, q) => q.a.a1 - q.a.a0 - (p.a.a1 - p.a.a0))
          .slice(0, lines)
          .map((i) => i.a.key),
      );
      items = items.filter((i) => keep.has(i.a.key));
    }
    items.sort((p, q) => p.target - q.target);
    const ys = items.map((i) => Math.min(Math.max(i.target, top), bottom));
    for (let i = 1; i < ys.length; i++) ys[i] = Math.max(ys[i], ys[i - 1] + o.lineHeight);
    for (let i = ys.length - 1; i >= 0; i--)
      ys[i] = Math.min(ys[i], i === ys.length - 1 ? bottom : ys[i + 1] - o.lineHeight);
    const dir = side === 'right' ? 1 : -1;
    const textX = rings.cx + dir * (rings.sectorOuter + 16);
    const room = side === 'right' ? o.width - textX - 2 : textX - 2;
    items.forEach((item, i) => {
      const text = fitText(item.a.label, room, o.measure);
      if (!text) return;
      const w = o.measure(text);
      const start = polar(item.mid, rings.sectorOuter);
      const elbow = polar(item.mid, rings.sectorOuter + LEADER_ELBOW);
      const y = ys[i];
      out.push({
        id: item.a.key,
        ring: 'sector',
        text,
        full: item.a.label,
        lang: item.a.labelLang,
        x: textX,
        y,
        anchor: side === 'right' ? 'start' : 'end',
        rotate: 0,
        box: rect(textX + (dir * w) / 2, y, w, o.lineHeight),
        leader: [
          [rings.cx + start[0], rings.cy + start[1]],
          [rings.cx + elbow[0], rings.cy + elbow[1]],
          [textX - dir * 3, y],
        ],
      });
    });
  }
  return out;
}

/** Every label of the wheel: groups inside their ring, sectors inside their wedges or outside with leader lines. */
export function layoutLabels(arcs: WheelArc[], rings: Rings, o: LabelOptions): WheelLabel[] {
  const groups = arcs.filter((a) => a.kind === 'group').map((a) => groupLabel(a, rings, o));
  const outer = arcs.filter((a) => a.kind !== 'group');
  const sectors = o.mode === 'outside' ? outsideLabels(outer, rings, o) : outer.map((a) => insideLabel(a, rings, o));
  return [...groups, ...sectors].filter((l): l is WheelLabel => l !== undefined);
}

/** The height (px) outside labels need to sit one a line beside the wheel, on its busier side. */
export function outsideColumnHeight(arcs: readonly WheelArc[], lineHeight: number): number {
  const outer = arcs.filter((a) => a.kind !== 'group');
  const right = outer.filter((a) => (a.a0 + a.a1) / 2 < Math.PI).length;
  return Math.max(right, outer.length - right) * lineHeight + 2;
}

/** How much room outside labels need on each side: the widest label, within a share of the width. */
export function outsideLabelRoom(labels: string[], width: number, measure: Measure): number {
  const widest = Math.max(0, ...labels.map(measure));
  return Math.min(widest + 20, width * 0.22);
}

/** The font labels are drawn in: its text widths and line height. */
export interface LabelFont {
  measure: Measure;
  /** Line height in px. */
  lineHeight: number;
}

/** One line of text in the middle of the wheel. */
export interface CentreLine {
  text: string;
  strong?: boolean;
  lang?: string;
}

/**
 * The lines in the wheel's centre (a circle of `radius`): the title, wrapped, and under it the
 * selected sector's label and figure when there is room for them.
 */
export function centreLines(
  radius: number,
  title: { text: string; lang: string },
  sector: { label: string; labelLang: string; figure: string } | undefined,
  font: LabelFont,
): CentreLine[] {
  const { measure, lineHeight } = font;
  const total = Math.max(1, Math.floor((1.5 * radius) / lineHeight));
  const used = Math.min(total, sector ? 4 : 3);
  const width = 2 * Math.sqrt(Math.max(0, radius * radius - ((used * lineHeight) / 2) ** 2)) || radius;
  const titleLines = wrapText(title.text, width, Math.max(1, used - (sector ? 2 : 0)), measure).map((text) => ({
    text,
    lang: title.lang,
  }));
  if (!sector || used < 3) return titleLines;
  return [
    ...titleLines,
    // Bold is wider than the measured regular weight: leave it room.
    { text: fitText(sector.label, width * 0.88, measure), strong: true, lang: sector.labelLang },
    { text: fitText(sector.figure, width, measure) },
  ];
}
