import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MeetingSeries } from '../data/schema.js';
import { validate, type Problem } from '../data/validate.js';
import type { ReadResult } from '../data/read.js';
import { csvHint, isTimelineJson, looksLikeJson } from '../data/formats.js';
import { RefreshSchedule } from './refresh.js';
import { sharedMessages } from './messages.js';
import { loadLang, translate } from './lang.js';
import { fire, DataErrorEvent, DataLoadedEvent, type MeetingVizEvent } from './events.js';

export type LoadState = 'idle' | 'loading' | 'ready' | 'error';

export type { DataLoadedDetail, DataErrorDetail } from './events.js';

/** What the controller needs from its element. */
export interface DataHost extends ReactiveControllerHost, HTMLElement {
  data?: unknown;
  src?: string;
  /** Milliseconds before a `src` fetch is given up. */
  timeout: number;
  /** `csv` reads `src` or inline text as CSV whatever its name or media type says. */
  type?: string;
  /** Seconds between re-fetches of `src` (0 or unset: never). */
  refresh?: number;
  /** The element's language, for messages. */
  readonly effectiveLang: string;
}

/**
 * Loads a meeting series for an element, from (in this order) its `data` property, its `src` URL or
 * an inline `<script type="application/json">` (or `text/csv`) child; reads this library's JSON,
 * TimelineJS JSON or CSV (data/read.ts); validates it; keeps the state; and fires `data-loaded` /
 * `data-error` (bubbling, composed). With `refresh`, it re-fetches `src` in the background and
 * swaps in changed data in place. Written once, used by every element.
 */
export class DataController implements ReactiveController {
  state: LoadState = 'idle';
  series: MeetingSeries = { meetings: [] };
  problems: Problem[] = [];
  /** Why loading failed, or a summary of the problems, in the element's language. */
  message = '';
  /** For a polite live region: "Updated 14:05" after a refresh changed the data, or why a refresh failed. */
  announcement = '';

  /** The validator tag of the data shown, sent back as `If-None-Match`; and its text, to notice no change. */
  private etag?: string;
  private shownText?: string;
  /** When the data shown was fetched (ms), for "showing the data from …". */
  private fetchedAt = 0;
  private readonly schedule = new RefreshSchedule(() => void this.refreshNow());
  /** Counts loads, so a reader loaded on first use never delivers the data of a load that was replaced. */
  private generation = 0;

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
    this.scheduleRefresh();
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
    this.scheduleRefresh();
  }

  hostDisconnected(): void {
    this.schedule.stop();
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
    this.generation++;
    this.etag = this.shownText = undefined;
    this.announcement = '';
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
      else this.acceptText(text, this.inlineCsv() ? 'inline CSV' : 'inline JSON', this.inlineCsv());
    }
  }

  private inlineScript(): Element | null {
    return this.host.querySelector(':scope > script[type="application/json"], :scope > script[type="text/csv"]');
  }

  private inlineText(): string | undefined {
    const script = this.inlineScript();
    return script ? (script.textContent ?? '') : undefined;
  }

  private inlineCsv(): boolean {
    return this.host.type === 'csv' || this.inlineScript()?.getAttribute('type') === 'text/csv';
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
      const response = await whenDone(fetchShared(src), abort.signal);
      if (!response.ok)
        return this.fail(() => translate(sharedMessages, lang, 'httpError', { url: src, status: response.status }));
      this.etag = response.etag;
      this.shownText = response.text;
      this.fetchedAt = response.at;
      this.acceptText(response.text, src, this.isCsv(src, response.type));
    } catch (error) {
      if (timedOut) {
        forgetFetch(src); // a server that never answered: the next load asks again
        return this.fail(() =>
          translate(sharedMessages, lang, 'timeout', { url: src, seconds: this.host.timeout / 1000 }),
        );
      }
      if (abort.signal.aborted) return; // replaced or removed: not an error
      this.fail(() =>
        translate(sharedMessages, lang, 'network', { url: src, detail: String((error as Error)?.message ?? error) }),
      );
    } finally {
      clearTimeout(timer);
      if (this.abort === abort) this.abort = undefined;
    }
  }

  /** Whether `src`, served as `contentType`, is read as CSV. */
  private isCsv(src: string, contentType: string | null): boolean {
    return this.host.type === 'csv' || csvHint(src, contentType);
  }

  private acceptText(text: string, where: string, csv = false): void {
    const now = readNow(text, csv);
    if (now) return this.acceptRead(now, where);
    const generation = this.generation;
    this.later(
      loadReader().then((reader) => reader.readText(text, { csv })),
      where,
      generation,
    );
  }

  private accept(input: unknown): void {
    if (!isTimelineJson(input)) return this.acceptRead(validate(input), '');
    const generation = this.generation;
    this.later(
      loadReader().then((reader) => reader.readValue(input)),
      '',
      generation,
    );
  }

  /** Shows "loading" while the CSV / TimelineJS reader loads (the first time only), then the data. */
  private later(result: Promise<ReadResult>, where: string, generation: number): void {
    if (this.state !== 'loading')
      this.set('loading', this.series, [], translate(sharedMessages, this.host.effectiveLang, 'loading'));
    result.then(
      (read) => generation === this.generation && this.acceptRead(read, where),
      (error) =>
        generation === this.generation &&
        this.fail(() =>
          translate(sharedMessages, this.host.effectiveLang, 'network', {
            url: where,
            detail: String((error as Error)?.message ?? error),
          }),
        ),
    );
  }

  private acceptRead(read: ReadResult, where: string): void {
    if (this.afterLang(() => this.acceptRead(read, where))) return;
    const lang = this.host.effectiveLang;
    const detail = read.jsonError;
    if (detail !== undefined)
      return this.fail(() => translate(sharedMessages, lang, 'badJson', { url: where, detail }));
    const { series, problems } = read;
    if (series.meetings.length === 0 && problems.length > 0) {
      return this.fail(() => translate(sharedMessages, lang, 'failed'), problems);
    }
    const message = problems.length ? translate(sharedMessages, lang, 'someInvalid', { count: problems.length }) : '';
    this.set('ready', series, problems, message);
    if (problems.length) this.tell(new DataErrorEvent({ message, problems }));
    this.tell(new DataLoadedEvent({ count: series.meetings.length }));
  }

  /** Arms the next background re-fetch when `refresh` is set and `src` data is shown; else disarms it. */
  private scheduleRefresh(): void {
    const seconds = Number(this.host.refresh) || 0;
    const live =
      seconds > 0 && !!this.host.src && this.host.data === undefined && this.state === 'ready' && this.host.isConnected;
    if (live) this.schedule.start(seconds * 1000);
    else this.schedule.stop();
  }

  /**
   * Re-fetches `src` in the background (`If-None-Match` with the last ETag). Changed data replaces
   * the old in place, so the element keeps its selection, zoom and filter; a failure keeps the last
   * good data and says so in the live region, never in an alert.
   */
  async refreshNow(): Promise<void> {
    const src = this.host.src;
    if (!src || this.abort || this.state !== 'ready') return;
    const abort = (this.abort = new AbortController());
    const timer = setTimeout(() => abort.abort(), this.host.timeout);
    const lang = this.host.effectiveLang;
    try {
      const response = await fetch(src, {
        signal: abort.signal,
        cache: 'no-cache',
        headers: this.etag ? { 'If-None-Match': this.etag } : {},
      });
      if (response.status === 304) return;
      if (!response.ok) return this.refreshFailed();
      const text = await response.text();
      if (abort.signal.aborted || src !== this.host.src) return;
      if (text === this.shownText) return;
      const csv = this.isCsv(src, response.headers.get('Content-Type'));
      const read = readNow(text, csv) ?? (await loadReader()).readText(text, { csv });
      if (read.jsonError !== undefined || (read.series.meetings.length === 0 && read.problems.length > 0))
        return this.refreshFailed();
      this.etag = response.headers.get('ETag') ?? undefined;
      this.shownText = text;
      this.fetchedAt = Date.now();
      this.announcement = translate(sharedMessages, lang, 'updated', { time: clock(lang, this.fetchedAt) });
      this.acceptRead(read, src);
    } catch {
      if (src === this.host.src && this.host.isConnected) this.refreshFailed();
    } finally {
      clearTimeout(timer);
      if (this.abort === abort) this.abort = undefined;
    }
  }

  private refreshFailed(): void {
    const lang = this.host.effectiveLang;
    this.announcement = translate(sharedMessages, lang, 'refreshFailed', {
      time: clock(lang, Date.now()),
      since: clock(lang, this.fetchedAt),
    });
    this.host.requestUpdate();
  }

  /**
   * Puts `then` off until the element's language module is loaded (its words go into the state and
   * the events); returns whether it did. A newer load in the meantime cancels it.
   */
  private afterLang(then: () => void): boolean {
    const load = loadLang(this.host.effectiveLang);
    if (!load) return false;
    const generation = this.generation;
    void load.then(() => generation === this.generation && then());
    return true;
  }

  private fail(words: () => string, problems: Problem[] = []): void {
    if (this.afterLang(() => this.fail(words, problems))) return;
    const message = words();
    this.set('error', { meetings: [] }, problems, message);
    this.tell(new DataErrorEvent({ message, problems }));
  }

  /** Fires `event` once the element has drawn what it tells of (a page may look at it then), or failed to. */
  private tell<D>(event: MeetingVizEvent<D>): void {
    const tell = () => fire(this.host, event);
    void this.host.updateComplete.then(tell, tell);
  }

  private set(state: LoadState, series: MeetingSeries, problems: Problem[], message: string): void {
    this.state = state;
    this.series = series;
    this.problems = problems;
    this.message = message;
    this.host.requestUpdate();
  }
}

/** A time of day on the reader's own clock, "14:05". */
function clock(lang: string, time: number): string {
  try {
    return new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(time);
  } catch {
    return new Intl.DateTimeFormat('en', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(time);
  }
}

/**
 * This library's JSON (and text that is not JSON nor CSV) at once; `undefined` when the text needs the
 * CSV / TimelineJS reader, which is loaded on first use (a chunk of its own in the CDN build).
 */
function readNow(text: string, csv: boolean): ReadResult | undefined {
  if (csv) return undefined;
  // The elements of one page usually load the same file (an article's wheel, map, timeline and card
  // each have `src`): it is parsed and checked once. Results are shared, as a `data` object given to
  // several elements is; a few recent texts are kept.
  const known = recentReads.get(text);
  if (known) return known;
  const read = readJson(text);
  if (read) {
    recentReads.set(text, read);
    if (recentReads.size > 4) recentReads.delete(recentReads.keys().next().value!);
  }
  return read;
}

const recentReads = new Map<string, ReadResult>();

function readJson(text: string): ReadResult | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    return looksLikeJson(text)
      ? { series: { meetings: [] }, problems: [], jsonError: (error as Error).message }
      : undefined;
  }
  return isTimelineJson(value) ? undefined : validate(value);
}

const loadReader = () => import('../data/read.js');

/** A response's body and what the loader reads of its headers. */
interface Fetched {
  ok: boolean;
  status: number;
  text: string;
  etag?: string;
  /** Its Content-Type. */
  type: string | null;
  /** When it arrived (ms since the epoch). */
  at: number;
}

/** How long a response stays shared after it arrived: the time the elements of one page take to ask for it. */
const SHARE_MS = 10_000;
const fetches = new Map<string, Promise<Fetched>>();

/**
 * `src` fetched once for every element of the page that asks for it within {@link SHARE_MS} (an
 * article's wheel, map, timeline and card usually load one file), as the page's images are: one
 * download and one body read rather than four. A failure is not kept: the next load asks again.
 * `refresh` re-fetches on its own, past this.
 */
export function fetchShared(src: string): Promise<Fetched> {
  const url = urlOf(src);
  let shared = fetches.get(url);
  if (!shared) {
    shared = fetch(src).then(async (response) => ({
      ok: response.ok,
      status: response.status,
      text: response.ok ? await response.text() : '',
      etag: response.headers.get('ETag') ?? undefined,
      type: response.headers.get('Content-Type'),
      at: Date.now(),
    }));
    fetches.set(url, shared);
    const forget = () => fetches.get(url) === shared && fetches.delete(url);
    shared.then((response) => setTimeout(forget, response.ok ? SHARE_MS : 0), forget);
  }
  return shared;
}

function forgetFetch(src: string): void {
  fetches.delete(urlOf(src));
}

/** The key of a shared fetch: `src` resolved against the page (throws for a `src` that is no URL). */
const urlOf = (src: string) => new URL(src, document.baseURI).href;

/** `promise`, or a rejection with the signal's reason once `signal` aborts (this element stops waiting; the fetch goes on for the others). */
function whenDone<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const stop = () => reject(signal.reason);
    signal.addEventListener('abort', stop, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', stop));
  });
}
