import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { DataController, type LoadState } from './data-controller.js';
import type { MeetingSeries } from '../data/schema.js';
import { resolveLang } from './lang.js';
import { renderStatus } from './status-view.js';
import { translate } from './lang.js';
import { sharedMessages } from './messages.js';
import { periodFormat } from '../data/dates.js';
import { themeStyles } from './theme.js';

/**
 * What every meeting-viz element shares: the data (`data`, `src` or inline JSON), loading and
 * error display, language and theme. Subclasses render the ready state only.
 */
export abstract class MeetingVizElement extends LitElement {
  static override styles = [themeStyles];

  /**
   * The meeting series as an object (or a list of meetings). Takes precedence over `src` and inline JSON.
   */
  @property({ attribute: false }) data?: unknown;

  /** URL of a JSON file with the meeting series, fetched when set; an earlier fetch is cancelled. */
  @property() src?: string;

  /** Milliseconds to wait for `src` before giving up with an error. */
  @property({ type: Number }) timeout = 15_000;

  /** Language of labels and dates (`en`, `zh`, `ru`, …); defaults to the nearest `lang` in the page. */
  @property({ reflect: true }) override lang!: string;

  /**
   * `light` or `dark` forces a colour scheme. Otherwise the element follows the page as native form
   * controls do: light, unless the page declares `color-scheme: dark` or `light dark` (then the
   * reader's `prefers-color-scheme`).
   */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  protected readonly loader = new DataController(this);

  private static pageLangObserver?: MutationObserver;
  private static readonly instances = new Set<MeetingVizElement>();

  /** The validated data the element shows (the valid records only); empty until loaded. */
  get series(): MeetingSeries {
    return this.loader.series;
  }

  /** `idle` (no data given), `loading`, `ready` or `error`. */
  get loadState(): LoadState {
    return this.loader.state;
  }

  /** The language in use: the `lang` attribute, else the nearest `lang` above, else the page's. */
  get effectiveLang(): string {
    return this.lang || resolveLang(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    MeetingVizElement.instances.add(this);
    // One observer for the page's lang, shared by every element.
    MeetingVizElement.pageLangObserver ??= new MutationObserver(() => {
      for (const element of MeetingVizElement.instances) element.requestUpdate();
    });
    MeetingVizElement.pageLangObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    // The first date format built on a page loads locale data (~20 ms): do it while the page is
    // idle, usually before the data arrives, rather than in the first render.
    const idle = window.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 1));
    idle(() => periodFormat(this.effectiveLang, 'day'));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    MeetingVizElement.instances.delete(this);
  }

  /** Loads new data first: Lit calls `willUpdate` before controllers' `hostUpdate`, and layout in `willUpdate` must see the data of this update. */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    this.loader.sync();
    return super.shouldUpdate(changed);
  }

  protected override render(): TemplateResult {
    const lang = this.effectiveLang;
    this.toggleAttribute('loading', this.loader.state === 'loading');
    const { state, series } = this.loader;
    if (state === 'ready' && series.meetings.length === 0) {
      // A valid file with no meetings (yet): say so calmly; it is not an error.
      return html`${renderStatus(this.loader, lang)}<p part="status" class="status" role="status">${translate(sharedMessages, lang, 'empty')}</p>`;
    }
    return html`${renderStatus(this.loader, lang)}${state === 'ready' ? this.renderReady(lang) : nothing}`;
  }

  /** The element's content once data is loaded. */
  protected abstract renderReady(lang: string): unknown;
}

declare global {
  interface HTMLElementEventMap {
    'data-loaded': CustomEvent<import('./data-controller.js').DataLoadedDetail>;
    'data-error': CustomEvent<import('./data-controller.js').DataErrorDetail>;
  }
}
