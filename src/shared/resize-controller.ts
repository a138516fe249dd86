import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Follows the width of its host element (not the window) with a ResizeObserver and asks for an
 * update when it changes. A host inside `display: none` has size 0 and is laid out again when shown.
 *
 * The first update reads the size synchronously (the host is connected, so layout is available):
 * the element draws once at the right width instead of drawing for width 0 and again after the
 * observer's first callback.
 */
export class ResizeController implements ReactiveController {
  private observedWidth = 0;
  private observedHeight = 0;
  /** Whether the size is known (read in an update, or reported by the observer) since connecting. */
  private known = false;
  private observer?: ResizeObserver;
  private frame = 0;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  /** The content width in px (rounded); read from layout on first use after connecting. */
  get width(): number {
    this.readOnce();
    return this.observedWidth;
  }

  /** The content height in px (rounded), as last observed; a change alone asks for no update. */
  get height(): number {
    this.readOnce();
    return this.observedHeight;
  }

  hostConnected(): void {
    this.known = false;
    this.observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1].contentRect;
      this.known = true;
      this.observedHeight = Math.round(box.height);
      const width = Math.round(box.width);
      // The elements lay out by width only: their own height follows from what they draw.
      if (width === this.observedWidth) return;
      this.observedWidth = width;
      // Next frame: re-rendering inside the observer callback would change the host's size in the
      // same frame ("ResizeObserver loop completed with undelivered notifications").
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => this.host.requestUpdate());
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    cancelAnimationFrame(this.frame);
  }

  /** Reads the content box once, before the observer's first report: the same box it will report. */
  private readOnce(): void {
    if (this.known || !this.host.isConnected) return;
    this.known = true;
    const rect = this.host.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) return;
    const style = getComputedStyle(this.host);
    const px = (...names: string[]) =>
      names.reduce((sum, name) => sum + (parseFloat(style.getPropertyValue(name)) || 0), 0);
    const insets = px('padding-left', 'padding-right', 'border-left-width', 'border-right-width');
    const blocks = px('padding-top', 'padding-bottom', 'border-top-width', 'border-bottom-width');
    this.observedWidth = Math.max(0, Math.round(rect.width - insets));
    this.observedHeight = Math.max(0, Math.round(rect.height - blocks));
  }
}
