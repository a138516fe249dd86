/**
 * The CDN build's autoloader (as Shoelace's): an element that is not in the core file is defined by
 * loading its chunk when its tag first appears in the document — in the markup when the core file
 * runs, or added later (a MutationObserver, disconnected once the chunk is asked for). An element in
 * another element's shadow root is not seen: the element that draws it asks for it by name
 * (`ensureDefined`), and a page calls the loader itself (`loadSectorWheel()`, `loadMeetingCard()`,
 * `loadMeetingMap()`). The data files (`src`) of the elements in the markup are asked for beside their
 * chunk, not after it, and shared with the elements that load the same file.
 *
 * A chunk that does not arrive (a phone loses its connection, a CDN path is wrong) leaves no blank
 * box: each element of that tag in the document shows a message (`role="alert"`, in its language)
 * with a button to try again, and fires `data-error`; so does one drawn in another element's shadow
 * root (the timeline's card). The message is the undefined element's own
 * content, so once the chunk arrives the element's shadow root hides it; it is removed then.
 */
import { fetchShared } from '../shared/data-controller.js';
import { DataErrorEvent, fire } from '../shared/events.js';
import { loadLang, translate } from '../shared/lang.js';
import { registerLoader } from '../shared/lazy-elements.js';
import { sharedMessages } from '../shared/messages.js';

export function autoload(tag: string, load: () => Promise<unknown>): void {
  registerLoader(tag, load);
  // Loaded twice, or a page without a document (a worker): nothing to watch for.
  if (typeof document === 'undefined' || customElements.get(tag)) return;
  if (document.querySelector(tag)) {
    load().catch(() => {}); // reported in the elements themselves (see lazyElement)
    prefetch(document, tag);
    return;
  }
  const appears = (node: Node) =>
    node instanceof Element && (node.localName === tag || node.querySelector(tag) !== null);
  const observer = new MutationObserver((records) => {
    if (!records.some((record) => [...record.addedNodes].some(appears))) return;
    observer.disconnect();
    load().catch(() => {});
    prefetch(document, tag);
  });
  observer.observe(document, { childList: true, subtree: true });
}

/**
 * The data files of the elements of `tag` under `root`, asked for beside their chunk rather than after
 * it: the element finds its file there when it is defined (see `fetchShared`).
 */
function prefetch(root: ParentNode, tag: string): void {
  for (const el of root.querySelectorAll(tag)) {
    const src = el.getAttribute('src');
    if (!src) continue;
    try {
      fetchShared(src).catch(() => {}); // a failure is the element's to report, when it asks
    } catch {
      // not a URL: the element says so when it asks
    }
  }
}

/**
 * A chunked element's loader: loads the chunk once (later calls share the promise), hands the class
 * to `loaded` (the stand-in module's live binding), and is registered for the autoloader.
 */
export function lazyElement<T>(tag: string, load: () => Promise<T>, loaded: (element: T) => void): () => Promise<T> {
  let loading: Promise<T> | undefined;
  let failures = 0;
  const loader = (): Promise<T> =>
    (loading ??= load().then(
      (element) => {
        loaded(element);
        // Messages to take back (a walk of the page and its shadow roots) only after a failure.
        if (failures) for (const el of everywhere(tag)) el.querySelector(':scope > [data-mv-failed]')?.remove();
        return element;
      },
      (error: unknown) => {
        failures++;
        loading = undefined; // the next call tries again
        void failed(tag, loader);
        throw error;
      },
    ));
  autoload(tag, loader);
  return loader;
}

/**
 * Tells the reader and the page, in each element of `tag`, that its chunk did not load: a message
 * with a button that tries again (it stays, with the focus, while it tries), and `data-error` on
 * every failure.
 */
async function failed(tag: string, retry: () => Promise<unknown>): Promise<void> {
  for (const el of everywhere(tag)) {
    const lang = langOf(el);
    await loadLang(lang); // its words, if that chunk still loads; else English
    const message = translate(sharedMessages, lang, 'chunkFailed');
    if (!el.querySelector(':scope > [data-mv-failed]')) {
      const alert = Object.assign(document.createElement('p'), { textContent: `${message} ` });
      alert.setAttribute('role', 'alert');
      alert.setAttribute('data-mv-failed', '');
      alert.append(
        Object.assign(document.createElement('button'), {
          type: 'button',
          textContent: translate(sharedMessages, lang, 'retry'),
          onclick: () => retry().catch(() => {}), // a failure is reported again (see lazyElement)
        }),
      );
      el.append(alert);
    }
    fire(el, new DataErrorEvent({ message, problems: [] }));
  }
}

/** The nearest `lang` on or above `el`, across the shadow roots it is drawn in; else English. */
function langOf(el: Element | null): string {
  const found = el?.closest('[lang]');
  if (found || !el) return found?.getAttribute('lang') || 'en';
  const root = el.getRootNode();
  return langOf(root instanceof ShadowRoot ? root.host : null);
}

/** The elements of `tag` in the document and in open shadow roots (the timeline draws a card in its own). */
function everywhere(tag: string, root: ParentNode = document): Element[] {
  return [...root.querySelectorAll('*')].flatMap((el) => [
    ...(el.localName === tag ? [el] : []),
    ...(el.shadowRoot ? everywhere(tag, el.shadowRoot) : []),
  ]);
}
