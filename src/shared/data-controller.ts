import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MeetingSeries } from '../data/schema.js';
import { validate, type Problem } from '../data/validate.js';
import { sharedMessages } from './messages.js';
import { translate } from './lang.js';
import { fire, DataErrorEvent, DataLoadedEvent } from './events.js';

export type LoadState = 'idle' | 'loading' | 'ready' | 'error';

export type { DataLoadedDetail, DataErrorDetail } from './events.js';

/** What the controller needs from its element. */
export interface DataHost extends ReactiveControllerHost, HTMLElement {
  data?: unknown;
  src?: string;
  /** Milliseconds before a `src` fetch is given up. */
  timeout: number;
  /** The element's language, for messages. */
  readonly effectiveLang: string;
}

/**
 * Loads a meeting series for an element, from (in this order) its `data` property, its `src` URL or
 * an inline `<script type="application/json">` child; validates it; keeps the state; and fires
 * `data-loaded` / `data-error` (bubbling, composed). Written once, used by every element.
 */
export class DataController implements ReactiveController {
  state: LoadState = 'idle';
  series: MeetingSeries = { meetings: [] };
  problems: Problem[] = [];
  /** Why loading failed, or a summary of the problems, in the element's language. */
  message = '';

  private abort?: AbortController;
  private loadedFrom: unknown = Symbol('nothing');
  private observer?: MutationObserver;

  constructor(private readonly host: DataHost) {
    host.addController(this);
  }

  hostConnected(): void {
    // Inline JSON may be added after the element (HTML parsing, frameworks): watch the children.
    this.observer = new MutationObserver(() => {
      if (this.host.data === undefined && !this.host.src) this.load();
    });
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
  }

  /**
   * Loads when the source changed since the last load. The element calls this before its own
   * `willUpdate` (from `shouldUpdate`), so everything in an update sees the new data.
   */
  sync(): void {
    const source = this.host.data !== undefined ? this.host.data : this.host.src || this.inlineText();
    if (source !== this.loadedFrom) this.load();
  }

  hostUpdate(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.abort?.abort();
    this.abort = undefined;
    // Loading again when reconnected, if a fetch was cut short.
    if (this.state === 'loading') this.loadedFrom = Symbol('nothing');
  }

  /** (Re)loads from the current source. */
  load(): void {
    this.abort?.abort();
    this.abort = undefined;
    const { data, src } = this.host;
    if (data !== undefined) {
      this.loadedFrom = data;
      this.accept(data);
    } else if (src) {
      this.loadedFrom = src;
      void this.fetch(src);
    } else {
      const text = this.inlineText();
      this.loadedFrom = text;
      if (text === undefined) this.set('idle', { meetings: [] }, [], '');
      else this.acceptText(text, 'inline JSON');
    }
  }

  private inlineText(): string | undefined {
    const script = this.host.querySelector(':scope > script[type="application/json"]');
    return script ? (script.textContent ?? '') : undefined;
  }

  private async fetch(src: string): Promise<void> {
    const abort = (this.abort = new AbortController());
    const lang = this.host.effectiveLang;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      abort.abort();
    }, this.host.timeout);
    this.set('loading', this.series, [], translate(sharedMessages, lang, 'loading'));
    try {
      const response = await fetch(src, { signal: abort.signal });
      if (!response.ok) return this.fail(translate(sharedMessages, lang, 'httpError', { url: src, status: response.status }));
      const text = await response.text();
      if (abort.signal.aborted) return;
      this.acceptText(text, src);
    } catch (error) {
      if (timedOut) return this.fail(translate(sharedMessages, lang, 'timeout', { url: src, seconds: this.host.timeout / 1000 }));
      if (abort.signal.aborted) return; // replaced or removed: not an error
      this.fail(translate(sharedMessages, lang, 'network', { url: src, detail: String((error as Error)?.message ?? error) }));
    } finally {
      clearTimeout(timer);
      if (this.abort === abort) this.abort = undefined;
    }
  }

  private acceptText(text: string, where: string): void {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      return this.fail(translate(sharedMessages, this.host.effectiveLang, 'badJson', { url: where, detail: (error as Error).message }));
    }
    this.accept(parsed);
  }

  private accept(input: unknown): void {
    const { series, problems } = validate(input);
    const lang = this.host.effectiveLang;
    if (series.meetings.length === 0 && problems.length > 0) {
      return this.fail(translate(sharedMessages, lang, 'failed'), problems);
    }
    const message = problems.length ? translate(sharedMessages, lang, 'someInvalid', { count: problems.length }) : '';
    this.set('ready', series, problems, message);
    if (problems.length) fire(this.host, new DataErrorEvent({ message, problems }));
    fire(this.host, new DataLoadedEvent({ count: series.meetings.length }));
  }

  private fail(message: string, problems: Problem[] = []): void {
    this.set('error', { meetings: [] }, problems, message);
    fire(this.host, new DataErrorEvent({ message, problems }));
  }

  private set(state: LoadState, series: MeetingSeries, problems: Problem[], message: string): void {
    this.state = state;
    this.series = series;
    this.problems = problems;
    this.message = message;
    this.host.requestUpdate();
  }
}
