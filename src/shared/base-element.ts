import { LitElement, html, nothing, render as litRender, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { DataController, type LoadState } from './data-controller.js';
import type { MeetingSeries } from '../data/schema.js';
import { langDir, loadLang, onMessagesChange, resolveDir, resolveLang, withNumbering } from './lang.js';
import { renderStatus } from './status-view.js';
import { translate } from './lang.js';
import { sharedMessages } from './messages.js';
import { startFonts, startIntl } from './warm-up.js';
import { themeStyles } from './theme.js';

/** The queue of first drawings (see {@link MeetingVizElement.scheduleUpdate}), and a turn in it. */
let turns: Promise<unknown> = Promise.resolve();
const turn = () => new Promise((resolve) => setTimeout(resolve));

/**
 * What every meeting-viz element shares: the data (`data`, `src` or inline JSON), loading and
 * error display, language and theme. Subclasses render the ready state only.
 *
 * A child with `slot="fallback"` (a static snapshot from `meeting-viz render --format html`) shows
 * where scripts never run, and while the data loads; the chart then takes its place.
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

  /** `csv` reads `src` as CSV whatever its name or media type (a `.csv` path and `text/csv` are known anyway). */
  @property() type?: 'csv' | 'json';

  /**
   * Seconds between re-fetches of `src` (with `If-None-Match`); changed data is shown in place, keeping
   * selection, zoom and filter, and announced politely. Paused while the tab is hidden. 0: never.
   */
  @property({ type: Number }) refresh = 0;

  /**
   * Language of labels and dates (`en`, `zh`, `ru`, `ar`, `fr`, `es`, or one a page added with
   * `registerMessages`); defaults to the nearest `lang` in the page. `ar` lays the element out right to left.
   */
  @property({ reflect: true }) override lang!: string;

  /**
   * Digits for numbers and dates, as a Unicode numbering system: `latn` (0–9), `arab` (٠–٩), `arabext`,
   * `hanidec`…; by default the language's own (`ar-EG` uses `arab`, `ar` uses `latn`).
   */
  @property({ reflect: true }) numbering?: string;

  /**
   * `light` or `dark` forces a colour scheme. Otherwise the element follows the page as native form
   * controls do: light, unless the page declares `color-scheme: dark` or `light dark` (then the
   * reader's `prefers-color-scheme`).
   */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  protected readonly loader = new DataController(this);

  private static pageLangObserver?: MutationObserver;
  private static messagesListener?: () => void;
  /** The `dir` this element set on itself (from its language); an author's `dir` is never overwritten. */
  private ownDir?: string;
  private static readonly instances = new Set<MeetingVizElement>();
  /** The load of the element's language module while it is under way (see {@link shouldUpdate}). */
  private langLoad?: Promise<void>;
  /** What changed while the element waited for its language, given back to the update after it. */
  private heldChanges = new Map<PropertyKey, unknown>();
  /** Whether content was drawn once, and whether an update was asked for once (see {@link scheduleUpdate}). */
  private drawn = false;
  private scheduled = false;

  /** The validated data the element shows (the valid records only); empty until loaded. */
  get series(): MeetingSeries {
    return this.loader.series;
  }

  /** `idle` (no data given), `loading`, `ready` or `error`. */
  get loadState(): LoadState {
    return this.loader.state;
  }

  /**
   * The language in use: the `lang` attribute, else the nearest `lang` above, else the page's; with the
   * `numbering` as a Unicode extension (`ar-u-nu-latn`), so every Intl format follows it.
   */
  get effectiveLang(): string {
    return withNumbering(this.lang || resolveLang(this), this.numbering);
  }

  /** The writing direction in use: the nearest `dir` or `lang` on or above the element (`lang="ar"` gives `rtl`). */
  get effectiveDir(): 'ltr' | 'rtl' {
    const own = this.getAttribute('dir')?.toLowerCase();
    if ((own === 'rtl' || own === 'ltr') && own !== this.ownDir) return own;
    return this.lang ? langDir(this.lang) : resolveDir(this, true);
  }

  /**
   * Sets `dir` on the host when its language's direction differs from what it inherits (`lang="ar"` in
   * a left-to-right page), so the shadow content (logical CSS) mirrors; an author's `dir` is never touched.
   */
  private applyDir(): 'ltr' | 'rtl' {
    const dir = this.effectiveDir;
    const own = this.getAttribute('dir');
    if (own !== null && own !== this.ownDir) return dir;
    const parent = this.parentElement ?? (this.parentNode instanceof ShadowRoot ? this.parentNode.host : null);
    const inherited = parent ? resolveDir(parent) : langDir(document.documentElement.lang || 'en');
    this.ownDir = dir === inherited ? undefined : dir;
    if (this.ownDir === undefined) {
      if (own !== null) this.removeAttribute('dir');
    } else if (own !== this.ownDir) this.setAttribute('dir', this.ownDir);
    return dir;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    MeetingVizElement.instances.add(this);
    this.requestLang();
    // One observer for the page's lang, shared by every element.
    MeetingVizElement.pageLangObserver ??= new MutationObserver(() => {
      for (const element of MeetingVizElement.instances) element.requestUpdate();
    });
    MeetingVizElement.pageLangObserver.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang', 'dir'],
    });
    // A language a page registers later redraws every element.
    MeetingVizElement.messagesListener ??= onMessagesChange(() => {
      for (const element of MeetingVizElement.instances) element.requestUpdate();
    });
    startIntl(this.effectiveLang);
    startFonts(this, this.effectiveLang);
  }

  /**
   * The first drawing of content that arrives after the element's first update (fetched data, the
   * card's meeting from a linked timeline, anything held until the language's words arrived) takes
   * two tasks of its own, one element after another: its layout (`willUpdate`, whose work is kept for
   * the update), then its DOM. Reading the data, the other elements and this one then block a phone's
   * page in short turns rather than one long one.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const first = !this.scheduled;
    this.scheduled = true;
    if (this.drawn || first || !this.hasContent) return super.scheduleUpdate();
    this.drawn = true;
    return (turns = turns
      .then(turn)
      .then(() => this.langLoad || this.willUpdate(new Map()))
      .catch(() => {}) // the update meets it again; the elements after this one still draw
      .then(turn)).then(() => super.scheduleUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    MeetingVizElement.instances.delete(this);
  }

  /**
   * Starts loading the module of the element's language (zh, ru…) unless it is loaded: English is
   * built in, the other languages are chunks loaded on first use. Returns whether it must wait.
   */
  private requestLang(): boolean {
    if (this.langLoad) return true;
    const load = loadLang(this.effectiveLang);
    if (!load) return false;
    this.langLoad = load;
    void load.then(() => {
      this.langLoad = undefined;
      const held = this.heldChanges;
      this.heldChanges = new Map();
      for (const [name, old] of held) this.requestUpdate(name, old);
      this.requestUpdate();
    });
    return true;
  }

  /**
   * Loads new data first: Lit calls `willUpdate` before controllers' `hostUpdate`, and layout in
   * `willUpdate` must see the data of this update. The data and the language module load in
   * parallel; until the language is there the element draws no words (no flash of English): a
   * snapshot the page put inside the tag stays shown, what changed is held for the update after.
   */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    this.loader.sync();
    if (this.requestLang()) {
      for (const [name, old] of changed) if (!this.heldChanges.has(name)) this.heldChanges.set(name, old);
      this.applyDir();
      this.toggleAttribute('loading', true);
      if (!this.hasUpdated && this.querySelector(':scope > [slot="fallback"]'))
        litRender(html`<slot name="fallback"></slot>`, this.renderRoot, this.renderOptions);
      return false;
    }
    this.drawn ||= this.hasContent; // data given as a property: drawn in this update
    return super.shouldUpdate(changed);
  }

  /** Whether there is something to draw: loaded data (the card: also a meeting given as an object). */
  protected get hasContent(): boolean {
    return this.loader.state === 'ready';
  }

  /** Resolves once the element has drawn in its language too (the module may arrive after the update). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.langLoad) {
      await this.langLoad;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  protected override render(): TemplateResult {
    const lang = this.effectiveLang;
    this.applyDir();
    this.toggleAttribute('loading', this.loader.state === 'loading');
    const { state, series } = this.loader;
    if (state !== 'ready' && this.querySelector(':scope > [slot="fallback"]')) {
      // A static snapshot the page put inside the tag (it shows where JavaScript never runs) stays
      // in place, the status only for screen readers, until the chart replaces it: no blank flash.
      return html`<slot name="fallback"></slot><div class="visually-hidden">${renderStatus(this.loader, lang)}</div>`;
    }
    // A valid file with no meetings (yet): say so calmly; it is not an error.
    const body =
      state !== 'ready'
        ? state === 'error'
          ? nothing
          : this.renderPlaceholder(lang)
        : series.meetings.length === 0
          ? html`<p part="status" class="status" role="status">${translate(sharedMessages, lang, 'empty')}</p>`
          : this.renderReady(lang);
    // The live region is always there (a region added with its text is not announced); empty until a refresh.
    return html`${renderStatus(this.loader, lang)}${body}<p part="live" class="live" aria-live="polite">${this.loader.announcement || nothing}</p>`;
  }

  /** The element's content once data is loaded. */
  protected abstract renderReady(lang: string): unknown;

  /**
   * Holds the room the drawn element will take while its data is on its way (hidden from readers and
   * the keyboard), so nothing below it moves when it is drawn. Nothing by default.
   */
  protected renderPlaceholder(_lang: string): unknown {
    return nothing;
  }
}
