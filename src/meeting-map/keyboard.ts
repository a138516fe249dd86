/**
 * Pure: what a key does on the map. Places are in west-to-east order: ← ↑ go west, → ↓ go east,
 * Home / End to the westernmost / easternmost, Enter or Space selects, Escape clears the selection.
 */
export type MapKeyAction = { move: number } | { select: number } | { clear: true };

/** The action for `key` with the place at `active` (an index into `count` places); undefined when the key is not the map's. */
export function mapKeyAction(key: string, active: number | undefined, count: number): MapKeyAction | undefined {
  if (count === 0) return undefined;
  const at = active === undefined || active < 0 || active >= count ? undefined : active;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return { move: at === undefined ? 0 : Math.min(count - 1, at + 1) };
    case 'ArrowLeft':
    case 'ArrowUp':
      return { move: at === undefined ? count - 1 : Math.max(0, at - 1) };
    case 'Home':
      return { move: 0 };
    case 'End':
      return { move: count - 1 };
    case 'Enter':
    case ' ':
      return at === undefined ? { move: 0 } : { select: at };
    case 'Escape':
      return { clear: true };
    default:
      return undefined;
  }
}
