import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The event class fired under a name (`meeting-select` → MeetingSelectEvent); a CustomEvent for any other name. */
export type EventOf<K extends string> = K extends keyof GlobalEventHandlersEventMap
  ? GlobalEventHandlersEventMap[K]
  : CustomEvent;

export interface LinkOptions<D, K extends string = string> {
  /** The id of the element to follow, read on every update (an attribute such as `follow`); several ids separated by spaces follow each. */
  sourceId: () => string | undefined | null;
  /** The event the source fires when its selection changes. */
  event: K;
  /** Applies the source's selection to the host; `undefined` means nothing is selected. */
  apply: (selection: D | undefined, source: Element) => void;
  /** Reads the source's current selection, for when the host arrives after the source chose. */
  current: (source: Element) => D | undefined;
  /** The selection an event carries. */
  fromEvent: (event: EventOf<K>) => D | undefined;
  /**
   * Scroll the host into view when the reader's own choice on the source (its event) changed it
   * while it was entirely off-screen, so that a tap on a phone visibly does something.
   */
  reveal?: boolean;
}

/**
 * Lets one element follow another by id with one attribute (`follow="timeline1"`), with no code:
 * it listens on the shared root (document or shadow root) for the source's bubbling event, so it
 * works in any order of definition and insertion, with elements added later, and for several
 * independent groups on one page. Only custom events are heard; keys never are.
 */
export class LinkController<D, K extends string = string> implements ReactiveController {
  private root?: Node;
  private followed?: string | null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: LinkOptions<D, K>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.root = this.host.getRootNode();
    this.root.addEventListener(this.options.event, this.onEvent);
    this.root.addEventListener('data-loaded', this.onSourceLoaded);
    this.followed = undefined; // sync again on the next update
  }

  hostDisconnected(): void {
    this.root?.removeEventListener(this.options.event, this.onEvent);
    this.root?.removeEventListener('data-loaded', this.onSourceLoaded);
    this.root = undefined;
  }

  hostUpdated(): void {
    const id = this.options.sourceId();
    if (id === this.followed) return;
    this.followed = id;
    for (const one of this.ids()) void this.syncFrom(one);
  }

  /** The ids followed: `filter-from="wheel map"` names two sources. */
  private ids(): string[] {
    return (this.options.sourceId() ?? '').split(/\s+/).filter(Boolean);
  }

  private source(id: string): Element | null {
    const root = this.root as Document | ShadowRoot | undefined;
    return root?.getElementById?.(id) ?? null;
  }

  /** Takes the source's current selection once it is defined and rendered. */
  private async syncFrom(id: string): Promise<void> {
    const source = this.source(id);
    if (!source) return; // it may be added later: its events will reach us then
    await customElements.whenDefined(source.localName);
    await (source as Partial<{ updateComplete: Promise<unknown> }>).updateComplete;
    if (!this.ids().includes(id)) return;
    const selection = this.options.current(source);
    if (selection !== undefined) this.options.apply(selection, source);
  }

  /** A source that loads its data after we looked (a `src` fetch) may have had a selection waiting. */
  private readonly onSourceLoaded = (event: Event): void => {
    const id = (event.target as Element | null)?.id;
    if (id && this.ids().includes(id)) void this.syncFrom(id);
  };

  private readonly onEvent = (event: Event): void => {
    const source = event.target as Element | null;
    if (!source?.id || source === this.host || !this.ids().includes(source.id)) return;
    this.options.apply(this.options.fromEvent(event as EventOf<K>), source);
    if (this.options.reveal) void this.reveal();
  };

  /** Once the host shows the new selection: into view if it is entirely off-screen (instantly under reduced motion). */
  private async reveal(): Promise<void> {
    await this.host.updateComplete;
    const view = this.host.ownerDocument.defaultView;
    if (!view || !this.host.isConnected) return;
    const box = this.host.getBoundingClientRect();
    if (box.bottom > 0 && box.top < view.innerHeight) return;
    const instant = view.matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.host.scrollIntoView({ block: 'start', behavior: instant ? 'instant' : 'smooth' });
  }
}
