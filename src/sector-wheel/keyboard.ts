/**
 * Pure: what a key does in the wheel's tree. Left/Right move around a ring, Down goes to a group's
 * first sector, Up to a sector's group, Enter/Space activate, Escape/Home zoom out.
 */
import type { WheelArc } from './layout.js';
import { rovingIndex } from '../shared/roving-focus.js';

export type KeyAction = { move: WheelArc } | { activate: WheelArc } | { zoomOut: true } | { none: true };

/**
 * The action for `key` pressed on `current`, among the wedges `arcs`; undefined when the key is not
 * the wheel's. Left/Right follow the reading direction: right to left (`rtl`, a mirrored wheel),
 * ArrowLeft goes to the next wedge.
 */
export function keyAction(
  arcs: readonly WheelArc[],
  current: WheelArc,
  key: string,
  rtl = false,
): KeyAction | undefined {
  const ring = arcs.filter((a) => (a.kind === 'group') === (current.kind === 'group'));
  const at = ring.findIndex((a) => a.key === current.key);
  const moveTo = (next: WheelArc | undefined): KeyAction => (next ? { move: next } : { none: true });
  switch (key) {
    case 'ArrowRight':
    case 'ArrowLeft':
      // Around the ring, following the reading direction, as a toolbar's buttons.
      return moveTo(ring[rovingIndex(key, at, ring.length, rtl) ?? at]);
    case 'ArrowDown':
      return moveTo(
        current.kind === 'group' ? arcs.find((a) => a.kind !== 'group' && a.groupId === current.id) : undefined,
      );
    case 'ArrowUp':
      return moveTo(
        current.kind !== 'group' ? arcs.find((a) => a.kind === 'group' && a.id === current.groupId) : undefined,
      );
    case 'Enter':
    case ' ':
      return { activate: current };
    case 'Escape':
    case 'Home':
      return { zoomOut: true };
    default:
      return undefined;
  }
}
