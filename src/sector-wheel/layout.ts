/**
 * Pure: (model, size, drill state) → the wheel's rings and wedges. d3-hierarchy's partition places
 * the wedges, d3-shape draws them; no DOM. Labels are placed in `labels.ts`.
 */
import { hierarchy, partition } from 'd3-hierarchy';
import { arc } from 'd3-shape';
import type { WheelModel, WheelSector } from './model.js';

export type WeightMode = 'count' | 'equal';

/** One wedge. Angles in radians, clockwise from 12 o'clock (d3-shape's convention). */
export interface WheelArc {
  /** The group's or sector's id; `more:<group>` for thin sectors gathered together. */
  id: string;
  /** Unique among the wedges (a group and a sector may share an id): `group:<id>`, `sector:<id>` or `more:<group>`. */
  key: string;
  kind: 'group' | 'sector' | 'more';
  groupId: string;
  a0: number;
  a1: number;
  r0: number;
  r1: number;
  /** No meeting or document in scope touches it: drawn outlined. */
  empty: boolean;
  /** The figure the wedge stands for (not its drawn size). */
  weight: number;
  colour: string;
  label: string;
  labelLang: string;
  /** For `more` wedges: the sectors gathered in it. */
  members?: string[];
}

export interface Rings {
  cx: number;
  cy: number;
  /** The wheel's outer radius. */
  radius: number;
  centre: number;
  groupInner: number;
  groupOuter: number;
  sectorInner: number;
  sectorOuter: number;
}

export interface WheelLayoutOptions {
  width: number;
  height: number;
  weight?: WeightMode;
  /** The group drilled into, or undefined for the whole wheel. */
  focus?: string;
  /** Free room around the wheel for outside labels, on each side (px). */
  labelRoom?: number;
  /** Narrowest wedge, as an arc length at the outer radius (px; default 8). */
  minArc?: number;
  /** Right to left: wedges run counter-clockwise from 12 o'clock, the mirror image of the left-to-right wheel. */
  rtl?: boolean;
}

export interface WheelLayout {
  rings: Rings;
  arcs: WheelArc[];
}

/** A full turn in radians. */
export const TAU = Math.PI * 2;
/** Thin wedges may take at most this share of the circle before the thinnest are gathered. */
const MAX_THIN_SHARE = 0.25;

/** Where the rings go for a wheel of this size. */
export function ringsFor(width: number, height: number, labelRoom = 0): Rings {
  // Outside labels' leader lines leave the ring upwards and downwards too: room for them above and below.
  const radius = Math.max(20, Math.min(width / 2 - labelRoom, height / 2 - (labelRoom > 0 ? LEADER_ELBOW : 0)) - EDGE);
  return {
    cx: width / 2,
    cy: height / 2,
    radius,
    centre: radius * 0.36,
    groupInner: radius * 0.37,
    groupOuter: radius * 0.56,
    sectorInner: radius * 0.58,
    sectorOuter: radius,
  };
}

/** Space kept between the ring and the drawing's edge (px), for the focus and selection outlines. */
const EDGE = 4;
/** How far outside labels' leader lines run straight out of the ring before turning (px). */
export const LEADER_ELBOW = 8;

/**
 * The height of the drawing for a wheel `width` wide: the ring as wide as the width allows (less
 * `labelRoom` on each side for outside labels), no taller than `maxHeight`, and tall enough for
 * `labelColumn` px of outside labels on its busier side — so no blank band above or below.
 */
export function wheelHeight(
  width: number,
  {
    labelRoom = 0,
    maxHeight = Infinity,
    labelColumn = 0,
  }: { labelRoom?: number; maxHeight?: number; labelColumn?: number } = {},
): number {
  const margin = EDGE + (labelRoom > 0 ? LEADER_ELBOW : 0);
  const ring = 2 * (Math.max(20, width / 2 - labelRoom - EDGE) + margin);
  return Math.round(Math.max(2 * (20 + margin), Math.min(maxHeight, Math.max(ring, labelColumn))));
}

/**
 * Angles for values that must each get at least `minAngle`: the small ones are raised to it and
 * the rest share what is left in proportion. Zeros get `minAngle` too.
 */
export function anglesWithMinimum(values: readonly number[], total: number, minAngle: number): number[] {
  const n = values.length;
  if (n === 0) return [];
  if (n * minAngle >= total) return values.map(() => total / n);
  const fixed = new Set<number>();
  for (;;) {
    const rest = values.reduce((sum, v, i) => (fixed.has(i) ? sum : sum + v), 0);
    const room = total - fixed.size * minAngle;
    let changed = false;
    for (let i = 0; i < n; i++) {
      if (!fixed.has(i) && (rest <= 0 || (values[i] / rest) * room < minAngle)) {
        fixed.add(i);
        changed = true;
      }
    }
    if (!changed) return values.map((v, i) => (fixed.has(i) ? minAngle : (v / rest) * room));
  }
}

interface Leaf {
  id: string;
  kind: 'sector' | 'more';
  groupId: string;
  value: number;
  weight: number;
  empty: boolean;
  colour: string;
  label: string;
  labelLang: string;
  members?: string[];
}

/** The outer ring's wedges, gathering the thinnest sectors of each group into one `more` wedge when too many would be thin. */
function leavesOf(
  sectors: WheelSector[],
  mode: WeightMode,
  minAngle: number,
  moreLabel: (n: number) => string,
  scope: WheelModel['scope'],
): Leaf[] {
  const value = (s: WheelSector) => (mode === 'equal' ? 1 : s.weight);
  const total = sectors.reduce((sum, s) => sum + value(s), 0) || 1;
  const isThin = (s: WheelSector) => (value(s) / total) * TAU < minAngle;
  const gathered = new Set<string>();
  const thin = sectors.filter(isThin).sort((a, b) => value(a) - value(b));
  const budget = Math.floor((TAU * MAX_THIN_SHARE) / minAngle);
  // Gather the thinnest until the thin wedges left (plus one `more` per group) fit in the budget.
  const moreGroups = new Set<string>();
  let thinLeft = thin.length;
  for (const s of thin) {
    if (thinLeft + moreGroups.size <= budget) break;
    gathered.add(s.id);
    moreGroups.add(s.groupId);
    thinLeft--;
  }
  const leaves: Leaf[] = [];
  const more = new Map<string, Leaf>();
  for (const s of sectors) {
    if (!gathered.has(s.id)) {
      leaves.push({
        id: s.id,
        kind: 'sector',
        groupId: s.groupId,
        value: value(s),
        weight: s.weight,
        empty: s.weight === 0,
        colour: s.colour,
        label: s.label,
        labelLang: s.labelLang,
      });
      continue;
    }
    let m = more.get(s.groupId);
    if (!m) {
      m = {
        id: `more:${s.groupId}`,
        kind: 'more',
        groupId: s.groupId,
        value: 0,
        weight: 0,
        empty: true,
        colour: s.colour,
        label: '',
        labelLang: '',
        members: [],
      };
      more.set(s.groupId, m);
      leaves.push(m);
    }
    m.members!.push(s.id);
    m.value += value(s);
    m.weight += s.weight;
    m.empty &&= s.weight === 0;
  }
  for (const m of more.values()) {
    m.label = moreLabel(m.members!.length);
    // In a series a meeting touching two gathered sectors counts once.
    if (scope === 'series')
      m.weight = new Set(sectors.filter((s) => m.members!.includes(s.id)).flatMap((s) => s.meetings)).size;
  }
  return leaves;
}

/**
 * The wheel's wedges: an inner ring of groups and an outer ring of sectors. Drilled into `focus`,
 * that group fills the inner ring and its sectors the outer one.
 */
export function layoutWheel(
  model: WheelModel,
  options: WheelLayoutOptions,
  moreLabel: (n: number) => string = (n) => `+${n}`,
): WheelLayout {
  const rings = ringsFor(options.width, options.height, options.labelRoom ?? 0);
  const mode = options.weight ?? 'count';
  const groups = options.focus ? model.groups.filter((g) => g.id === options.focus) : model.groups;
  if (groups.length === 0) return { rings, arcs: [] };
  const minAngle = Math.min((options.minArc ?? 8) / rings.sectorOuter, TAU / 8);

  const leaves = leavesOf(
    groups.flatMap((g) => g.sectors),
    mode,
    minAngle,
    moreLabel,
    model.scope,
  );
  const angles = anglesWithMinimum(
    leaves.map((l) => l.value),
    TAU,
    minAngle,
  );
  const angleOf = new Map(leaves.map((l, i) => [l, angles[i]]));

  type Node = { leaf?: Leaf; groupId?: string; children?: Node[] };
  const root: Node = {
    children: groups.map((g) => ({
      groupId: g.id,
      children: leaves.filter((l) => l.groupId === g.id).map((leaf) => ({ leaf })),
    })),
  };
  const tree = partition<Node>().size([TAU, 1])(hierarchy(root).sum((d) => (d.leaf ? angleOf.get(d.leaf)! : 0)));

  const arcs: WheelArc[] = [];
  for (const node of tree.descendants()) {
    if (node.depth === 1) {
      const g = groups.find((x) => x.id === node.data.groupId)!;
      arcs.push({
        id: g.id,
        key: `group:${g.id}`,
        kind: 'group',
        groupId: g.id,
        a0: node.x0,
        a1: node.x1,
        r0: rings.groupInner,
        r1: rings.groupOuter,
        empty: g.weight === 0,
        weight: g.weight,
        colour: g.colour,
        label: g.label,
        labelLang: g.labelLang,
      });
    } else if (node.depth === 2) {
      const { id, kind, groupId, weight, empty, colour, label, labelLang, members } = node.data.leaf!;
      arcs.push({
        id,
        key: kind === 'more' ? id : `sector:${id}`,
        kind,
        groupId,
        a0: node.x0,
        a1: node.x1,
        r0: rings.sectorInner,
        r1: rings.sectorOuter,
        empty,
        weight,
        colour,
        label,
        labelLang,
        ...(members ? { members } : {}),
      });
    }
  }
  return { rings, arcs: options.rtl ? arcs.map(mirrorArc) : arcs };
}

/** A wedge mirrored across the vertical axis: clockwise angles become counter-clockwise ones. */
export function mirrorArc(a: WheelArc): WheelArc {
  return { ...a, a0: TAU - a.a1, a1: TAU - a.a0 };
}

const arcPathGenerator = arc<{
  innerRadius: number;
  outerRadius: number;
  startAngle: number;
  endAngle: number;
}>().cornerRadius(1.5);

/** The SVG path of a wedge, centred on (0, 0). */
export function arcPath(a: Pick<WheelArc, 'a0' | 'a1' | 'r0' | 'r1'>): string {
  return arcPathGenerator({ innerRadius: a.r0, outerRadius: a.r1, startAngle: a.a0, endAngle: a.a1 }) ?? '';
}

/** A point at `angle` and `radius` from the centre (d3-shape's angle convention). */
export function polar(angle: number, radius: number): [number, number] {
  return [Math.sin(angle) * radius, -Math.cos(angle) * radius];
}
