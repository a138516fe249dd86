/**
 * The CDN build's autoloader (as Shoelace's): an element that is not in the core file is defined by
 * loading its chunk when its tag first appears in the document — in the markup when the core file
 * runs, or added later (a MutationObserver, disconnected once the chunk is asked for). An element in
 * another element's shadow root is not seen: the element that draws it asks for it by name
 * (`ensureDefined`), and a page calls the loader itself (`loadSectorWheel()`, `loadMeetingCard()`,
 * `loadMeetingMap()`).
 */
import { registerLoader } from '../shared/lazy-elements.js';

export function autoload(tag: string, load: () => Promise<unknown>): void {
  registerLoader(tag, load);
  // Loaded twice, or a page without a document (a worker): nothing to watch for.
  if (typeof document === 'undefined' || customElements.get(tag)) return;
  if (document.querySelector(tag)) {
    void load();
    return;
  }
  const appears = (node: Node) =>
    node instanceof Element && (node.localName === tag || node.querySelector(tag) !== null);
  const observer = new MutationObserver((records) => {
    if (!records.some((record) => [...record.addedNodes].some(appears))) return;
    observer.disconnect();
    void load();
  });
  observer.observe(document, { childList: true, subtree: true });
}

/**
 * A chunked element's loader: loads the chunk once (later calls share the promise), hands the class
 * to `loaded` (the stand-in module's live binding), and is registered for the autoloader.
 */
export function lazyElement<T>(tag: string, load: () => Promise<T>, loaded: (element: T) => void): () => Promise<T> {
  let loading: Promise<T> | undefined;
  const loader = () =>
    (loading ??= load().then((element) => {
      loaded(element);
      return element;
    }));
  autoload(tag, loader);
  return loader;
}
