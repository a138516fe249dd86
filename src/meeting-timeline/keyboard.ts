/** What a key does while the chart has focus. Pure, so the key map is tested without a browser. */
export type KeyAction =
  | { type: 'move'; by: -1 | 1 }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'zoom'; factor: number }
  | { type: 'pan'; by: -1 | 1 }
  | { type: 'reset' }
  | { type: 'activate' };

/**
 * The action for a keydown, or undefined to let the key do what it normally does (Tab, page keys…).
 * `move` is in time order (`by: 1` = later) and follows the reading direction: right to left (`rtl`),
 * ArrowLeft goes to the later meeting. `pan` is on screen (`by: -1` = look further left) either way.
 */
export function keyAction(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>,
  rtl = false,
): KeyAction | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey) return undefined;
  const forward = rtl ? -1 : 1;
  switch (event.key) {
    case 'ArrowLeft':
      return event.shiftKey ? { type: 'pan', by: -1 } : { type: 'move', by: -forward as -1 | 1 };
    case 'ArrowRight':
      return event.shiftKey ? { type: 'pan', by: 1 } : { type: 'move', by: forward as -1 | 1 };
    case 'Home':
      return { type: 'first' };
    case 'End':
      return { type: 'last' };
    case '+':
    case '=':
    case 'Add':
      return { type: 'zoom', factor: 2 };
    case '-':
    case '_':
    case '−':
    case 'Subtract':
      return { type: 'zoom', factor: 0.5 };
    case '0':
      return { type: 'reset' };
    case 'Enter':
    case ' ':
      return { type: 'activate' };
    default:
      return undefined;
  }
}
