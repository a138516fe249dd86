/**
 * Pure: the in-between wedges of a zoom. A group present in both layouts anchors a piecewise-linear
 * map of angles, so wedges that leave fold away to the edges (drilling in) and wedges that arrive
 * unfold from them (drilling out); wedges in both move from their old to their new angles.
 */
import { interpolateNumber } from 'd3-interpolate';
import { TAU, type WheelArc } from './layout.js';

/** Maps angles of one layout to the other by an anchor wedge's angles in both. */
function anchorMap(from: [number, number], to: [number, number]): (angle: number) => number {
  return (angle) => {
    if (angle <= from[0]) return from[0] <= 0 ? to[0] : to[0] * (angle / from[0]);
    if (angle >= from[1]) return from[1] >= TAU ? to[1] : to[1] + (TAU - to[1]) * ((angle - from[1]) / (TAU - from[1]));
    return to[0] + (to[1] - to[0]) * ((angle - from[0]) / (from[1] - from[0]));
  };
}

function findAnchor(from: WheelArc[], to: WheelArc[]): { forward: (a: number) => number; back: (a: number) => number } {
  const after = new Map(to.filter((a) => a.kind === 'group').map((a) => [a.key, a]));
  const groups = from.filter((a) => a.kind === 'group' && after.has(a.key));
  // With one group in common (a drill), it anchors; otherwise angles stay where they are.
  if (groups.length === 1) {
    const a = groups[0];
    const b = after.get(a.key)!;
    return { forward: anchorMap([a.a0, a.a1], [b.a0, b.a1]), back: anchorMap([b.a0, b.a1], [a.a0, a.a1]) };
  }
  return { forward: (x) => x, back: (x) => x };
}

/** The wedges at time `t` (0 = `from`, 1 = `to`) as a function; wedges leaving are kept until the end. */
export function tweenArcs(from: WheelArc[], to: WheelArc[]): (t: number) => WheelArc[] {
  const { forward, back } = findAnchor(from, to);
  const before = new Map(from.map((a) => [a.key, a]));
  const after = new Map(to.map((a) => [a.key, a]));
  const pairs: [WheelArc, WheelArc][] = [];
  for (const b of to) {
    const a = before.get(b.key) ?? { ...b, a0: back(b.a0), a1: back(b.a1) };
    pairs.push([a, b]);
  }
  for (const a of from) {
    if (!after.has(a.key)) pairs.push([a, { ...a, a0: forward(a.a0), a1: forward(a.a1) }]);
  }
  const interpolators = pairs.map(([a, b]) => ({
    a0: interpolateNumber(a.a0, b.a0),
    a1: interpolateNumber(a.a1, b.a1),
    r0: interpolateNumber(a.r0, b.r0),
    r1: interpolateNumber(a.r1, b.r1),
  }));
  return (t) =>
    pairs.map(([, b], i) => ({
      ...b,
      a0: interpolators[i].a0(t),
      a1: interpolators[i].a1(t),
      r0: interpolators[i].r0(t),
      r1: interpolators[i].r1(t),
    }));
}
