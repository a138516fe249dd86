import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * `hash-links`: the selection follows the URL hash (`#m30`) and sets it, so a reader can share a
 * link to one meeting. The only window listener the timeline has, and it hears `hashchange` only.
 */
export class HashLinkController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly options: { enabled: () => boolean; select: (id: string) => void },
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.read);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.read);
  }

  /** Selects the meeting the hash names, when hash links are on. */
  readonly read = (): void => {
    const id = decodeURIComponent(location.hash.slice(1));
    if (this.options.enabled() && id) this.options.select(id);
  };

  /** Puts the meeting in the hash; where the URL cannot change (a sandboxed or srcdoc frame) nothing else breaks. */
  write(id: string): void {
    if (!this.options.enabled()) return;
    try {
      history.replaceState(history.state, '', `#${encodeURIComponent(id)}`);
    } catch {
      // The selection still works; only the shareable link is unavailable here.
    }
  }
}
