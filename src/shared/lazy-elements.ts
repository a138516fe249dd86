/**
 * Elements that a build ships as chunks loaded on first use (the CDN file's wheel, card and map): each
 * chunk's loader is registered here under its tag, so that an element which draws another inside its
 * own shadow root (the timeline's detail panel draws a `<meeting-card>`), where the page-wide
 * autoloader cannot see it, asks for it by name. In a build that imports every element (npm), nothing
 * is registered and nothing is needed.
 */
const loaders = new Map<string, () => Promise<unknown>>();

/** Registers the loader of a chunked element. */
export function registerLoader(tag: string, load: () => Promise<unknown>): void {
  loaders.set(tag, load);
}

/** Starts loading `tag`'s chunk if it has one and the element is not defined yet. */
export function ensureDefined(tag: string): void {
  // A chunk that does not arrive is reported in the element itself (cdn/autoload), not thrown at the page.
  if (typeof customElements !== 'undefined' && !customElements.get(tag))
    loaders
      .get(tag)?.()
      .catch(() => {});
}
