import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Follows the size of its host element (not the window) with a ResizeObserver and asks for an
 * update when it changes. A host inside `display: none` has size 0 and is laid out again when shown.
 */
export class ResizeController implements ReactiveController {
  width = 0;
  height = 0;
  private observer?: ResizeObserver;
  private frame = 0;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1].contentRect;
      const width = Math.round(box.width);
      const height = Math.round(box.height);
      if (width === this.width && height === this.height) return;
      this.width = width;
      this.height = height;
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
}
