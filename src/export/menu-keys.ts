/** Pure: a key in the export menu → what to do (the WAI-ARIA menu button pattern). */
export type MenuAction = { focus: number } | { close: true; restoreFocus: boolean };

export function menuKey(key: string, current: number, count: number): MenuAction | undefined {
  switch (key) {
    case 'ArrowDown':
      return { focus: (current + 1) % count };
    case 'ArrowUp':
      return { focus: (current - 1 + count) % count };
    case 'Home':
      return { focus: 0 };
    case 'End':
      return { focus: count - 1 };
    case 'Escape':
      return { close: true, restoreFocus: true };
    case 'Tab':
      return { close: true, restoreFocus: false };
    default:
      return undefined;
  }
}
