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
  /** The text drawn, possibly shortened with "…" (its lines joined by a space). */
  text: string;
  /** The lines drawn: one, or two for a long name that wraps. */
  lines: string[];
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

/** A CJK character: a line may break before or after it without a hyphen. */
const CJK = /[\u3000-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** `word` cut so its head and a hyphen fit in `maxWidth`: [head + "-", tail], each at least three letters, or undefined. */
function hyphenate(word: string, maxWidth: number, measure: Measure): [string, string] | undefined {
  const chars = [...word];
  for (let n = chars.length - 3; n >= 3; n--) {
    const head = chars.slice(0, n).join('');
    if (measure(`${head}-`) <= maxWidth) return [`${head}-`, chars.slice(n).join('')];
  }
  return undefined;
}

/**
 * A sector's name on one line, else on two lines of at most `maxWidth` broken at the most even place
 * between words (or CJK characters); a word too long for a line is hyphenated. Only when two lines
 * cannot hold the name is the second shortened with "…". [] when not even "…" fits.
 */
export function wrapLabel(text: string, maxWidth: number, measure: Measure): string[] {
  const whole = text.trim();
  if (measure(whole) <= maxWidth) return [whole];
  // A line may also end after a hyphen the name already has ("People-" / "to-people").
  const units = breakUnits(whole).flatMap((u) => u.split(/(?<=[^\s-]-)(?=[^\s-])/));
  // Every break between units, the most even pair of lines that both fit.
  let best: [string, string] | undefined;
  let widest = Infinity;
  for (let i = 1; i < units.length; i++) {
    const first = units.slice(0, i).join('').trim();
    const second = units.slice(i).join('').trim();
    if (!first || !second) continue;
    const w = Math.max(measure(first), measure(second));
    if (w <= maxWidth && w < widest) [best, widest] = [[first, second], w];
  }
  if (best) return best;
  // No break fits both lines: fill the first line (hyphenating a long word), shorten the second.
  let first = '';
  let i = 0;
  while (i < units.length && measure((first + units[i]).trimEnd()) <= maxWidth) first += units[i++];
  let rest = units.slice(i).join('');
  if (!first.trim() && i < units.length && !CJK.test(units[i])) {
    const cut = hyphenate(units[i].trimEnd(), maxWidth, measure);
    if (cut) [first, rest] = [cut[0], cut[1] + units[i].slice(units[i].trimEnd().length) + units.slice(i + 1).join('')];
  }
  if (!first.trim()) {
    const one = fitText(whole, maxWidth, measure);
    return one ? [one] : [];
  }
  const second = fitText(rest.trim(), maxWidth, measure);
  return second ? [first.trim(), second] : [fitText(whole, maxWidth, measure)].filter(Boolean);
}

/** The widest of `lines`. */
function widthOf(lines: string[], measure: Measure): number {
  return Math.max(0, ...lines.map(measure));
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
    lines: [text],
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

/**
 * A label along the wedge's radius, turned so it reads left to right on both halves; on two lines
 * when the name is too long for one and the wedge is wide enough where the text begins.
 */
function insideLabel(a: WheelArc, rings: Rings, o: LabelOptions): WheelLabel | undefined {
  const mid = (a.a0 + a.a1) / 2;
  const inner = a.r0 + PAD;
  const angle = a.a1 - a.a0;
  // The wedge must be wide enough at its inner end for one line.
  if (angle * inner < o.lineHeight) return undefined;
  const r = (a.r0 + a.r1) / 2;
  const room = a.r1 - a.r0 - 2 * PAD;
  let lines = wrapLabel(a.label, room, o.measure);
  // Two lines need twice the width where the text starts, nearest the centre.
  if (lines.length === 2 && angle * (r - widthOf(lines, o.measure) / 2) < 2 * o.lineHeight + PAD)
    lines = [fitText(a.label, room, o.measure)].filter(Boolean);
  if (!lines.length) return undefined;
  const [x, y] = polar(mid, r);
  const deg = (mid * 180) / Math.PI;
  const rotate = mid < Math.PI ? deg - 90 : deg - 270;
  const cx = rings.cx + x;
  const cy = rings.cy + y;
  return {
    id: a.key,
    ring: 'sector',
    text: lines.join(' '),
    lines,
    full: a.label,
    lang: a.labelLang,
    x: cx,
    y: cy,
    anchor: 'middle',
    rotate,
    box: rect(cx, cy, widthOf(lines, o.measure), lines.length * o.lineHeight, rotate),
  };
}

/** Where outside labels' text starts on each side, and how wide it may be. */
function outsideColumns(rings: Rings, width: number) {
  return (['right', 'left'] as const).map((side) => {
    const dir = side === 'right' ? 1 : -1;
    const textX = rings.cx + dir * (rings.sectorOuter + 16);
    return { side, dir, textX, room: side === 'right' ? width - textX - 2 : textX - 2 };
  });
}

/**
 * Labels beside the wheel, one column per side, joined to their wedges by leader lines. A long name
 * takes two lines. Labels are pushed apart so none overlap; when a side has more lines of labels than
 * fit, the lightest wedges' labels go back to one shortened line, then go without (their names stay
 * in the tooltip, the accessible name and the table).
 */
function outsideLabels(arcs: WheelArc[], rings: Rings, o: LabelOptions): WheelLabel[] {
  const out: WheelLabel[] = [];
  const lh = o.lineHeight;
  const top = lh / 2 + 1;
  const bottom = o.height - lh / 2 - 1;
  const capacity = Math.max(0, Math.floor((bottom - top) / lh) + 1);
  for (const { side, dir, textX, room } of outsideColumns(rings, o.width)) {
    const all = arcs
      .filter((a) => (a.a0 + a.a1) / 2 < Math.PI === (side === 'right'))
      .map((a) => {
        const mid = (a.a0 + a.a1) / 2;
        const elbow = polar(mid, rings.sectorOuter + LEADER_ELBOW);
        return { a, mid, target: rings.cy + elbow[1], lines: wrapLabel(a.label, room, o.measure) };
      })
      .filter((i) => i.lines.length > 0);
    // The widest wedges first get the lines they need, then one line, while lines are left.
    let left = capacity;
    const items: typeof all = [];
    for (const item of [...all].sort((p, q) => q.a.a1 - q.a.a0 - (p.a.a1 - p.a.a0))) {
      if (left <= 0) break;
      if (item.lines.length > left) item.lines = [fitText(item.a.label, room, o.measure)].filter(Boolean);
      if (!item.lines.length) continue;
      left -= item.lines.length;
      items.push(item);
    }
    items.sort((p, q) => p.target - q.target);
    // Each label's middle, between the first and last line's middles allowed, pushed apart by half their heights.
    const half = (i: number) => ((items[i].lines.length - 1) * lh) / 2;
    const ys = items.map((item, i) => Math.min(Math.max(item.target, top + half(i)), bottom - half(i)));
    for (let i = 1; i < ys.length; i++) ys[i] = Math.max(ys[i], ys[i - 1] + half(i - 1) + half(i) + lh);
    for (let i = ys.length - 1; i >= 0; i--)
      ys[i] = Math.min(ys[i], i === ys.length - 1 ? bottom - half(i) : ys[i + 1] - half(i + 1) - half(i) - lh);
    items.forEach((item, i) => {
      const { lines } = item;
      const w = widthOf(lines, o.measure);
      const start = polar(item.mid, rings.sectorOuter);
      const elbow = polar(item.mid, rings.sectorOuter + LEADER_ELBOW);
      const y = ys[i];
      out.push({
        id: item.a.key,
        ring: 'sector',
        text: lines.join(' '),
        lines,
        full: item.a.label,
        lang: item.a.labelLang,
        x: textX,
        y,
        anchor: side === 'right' ? 'start' : 'end',
        rotate: 0,
        box: rect(textX + (dir * w) / 2, y, w, lines.length * lh),
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

/**
 * The height (px) outside labels need beside the wheel, on its busier side: a line each, or as many
 * lines as each name wraps onto when given the wheel's `rings`, `width` and `measure`.
 */
export function outsideColumnHeight(
  arcs: readonly WheelArc[],
  lineHeight: number,
  wrap?: { rings: Rings; width: number; measure: Measure },
): number {
  const outer = arcs.filter((a) => a.kind !== 'group');
  const [right, left] = wrap ? outsideColumns(wrap.rings, wrap.width).map((c) => c.room) : [0, 0];
  const lines = (a: WheelArc, room: number) => (wrap ? Math.max(1, wrapLabel(a.label, room, wrap.measure).length) : 1);
  let [r, l] = [0, 0];
  for (const a of outer) {
    if ((a.a0 + a.a1) / 2 < Math.PI) r += lines(a, right);
    else l += lines(a, left);
  }
  return Math.max(r, l) * lineHeight + 2;
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
