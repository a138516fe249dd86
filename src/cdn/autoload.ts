/**
 * The CDN build's autoloader (as Shoelace's): an element that is not in the core file is defined by
 * loading its chunk when its tag first appears in the document — in the markup when the core file
 * runs, or added later (a MutationObserver, disconnected once the chunk is asked for). An element in
 * another element's shadow root is not seen: such a page calls the loader itself (`loadMeetingMap()`).
 */
export function autoload(tag: string, load: () => Promise<unknown>): void {
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
