/**
 * One tab stop for a row of buttons (a toolbar, breadcrumbs): Tab reaches the button last used,
 * ←/→ (and Home/End) move between them, as in the WAI-ARIA toolbar pattern (roving tabindex).
 */
import type { ReactiveControllerHost } from 'lit';

/** Pure: the button to move to from `index` of `count` for `key`, or undefined when the key is not a move. */
export function rovingIndex(key: string, index: number, count: number, rtl = false): number | undefined {
  if (count <= 0) return undefined;
  const step = (by: number) => (((index + by) % count) + count) % count;
  switch (key) {
    case 'ArrowRight':
      return step(rtl ? -1 : 1);
    case 'ArrowLeft':
      return step(rtl ? 1 : -1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}

/**
 * Holds which button of a row has the tab stop. The template binds `tabindex=${roving.tabindex(i, n)}`
 * on each button and `@keydown=${roving.onKeydown} @focusin=${roving.onFocusin}` on the row.
 */
export class RovingFocus {
  private index = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** The row's buttons, in order. */
    private readonly buttons: () => HTMLElement[],
  ) {}

  /** 0 for the button with the tab stop (the last one used, else the first), -1 for the others. */
  tabindex(i: number, count: number): number {
    return i === Math.min(this.index, count - 1) ? 0 : -1;
  }

  readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const buttons = this.buttons();
    const current = buttons.indexOf(event.target as HTMLElement);
    if (current < 0) return;
    const rtl = getComputedStyle(this.host).direction === 'rtl';
    const next = rovingIndex(event.key, current, buttons.length, rtl);
    if (next === undefined) return;
    event.preventDefault();
    this.index = next;
    buttons[next].focus();
    this.host.requestUpdate();
  };

  readonly onFocusin = (event: FocusEvent): void => {
    const at = this.buttons().indexOf(event.target as HTMLElement);
    if (at < 0 || at === this.index) return;
    this.index = at;
    this.host.requestUpdate();
  };
}
