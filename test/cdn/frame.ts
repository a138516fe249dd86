/** Test pages that load only the built CDN file, each in an iframe of its own. */
export const CDN = '/dist/cdn/meeting-viz.js';
export const DATA = '/data/china-russia-regular-meetings.json';

export interface Frame {
  window: Window & typeof globalThis;
  document: Document;
  /** console.error / console.warn calls, uncaught errors and CSP violations seen in the page. */
  errors: string[];
  /** console.info calls. */
  infos: string[];
  remove(): void;
}

/**
 * Sizes a test frame and pins it to the top left of the window, in view: WebKit gives a frame outside the
 * viewport (below an earlier one) no animation frames, as a reader's browser would for a frame never seen.
 */
function show(iframe: HTMLIFrameElement, width: number, height: number) {
  Object.assign(iframe.style, { width: `${width}px`, height: `${height}px`, position: 'fixed', top: '0', left: '0' });
}

/**
 * Opens `body` in a same-origin iframe after a head that records errors. `head` goes first
 * (a CSP meta tag, a hostile stylesheet); scripts are added by the caller's markup.
 */
export async function openFrame(body: string, { head = '', width = 1000 } = {}): Promise<Frame> {
  const iframe = document.createElement('iframe');
  show(iframe, width, 800);
  // The error recorder is an external script so that it runs under a strict CSP as well.
  iframe.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}
    <script src="/test/cdn/record-errors.js"></script></head><body>${body}</body></html>`;
  document.body.append(iframe);
  await new Promise((done) => iframe.addEventListener('load', done, { once: true }));
  const win = iframe.contentWindow as Window & typeof globalThis & { __errors: string[]; __infos: string[] };
  return {
    window: win,
    document: iframe.contentDocument!,
    errors: win.__errors,
    infos: win.__infos,
    remove: () => iframe.remove(),
  };
}

/**
 * Opens a whole HTML page (e.g. examples/article.html) in an iframe, with the error recorder and
 * axe-core injected first and `base` for its relative URLs.
 */
export async function openPage(url: string, { width = 1000 } = {}): Promise<Frame> {
  const text = await (await fetch(url)).text();
  const base = new URL('.', new URL(url, location.href)).pathname;
  const head = `<base href="${base}"><script src="/test/cdn/record-errors.js"></script><script src="/node_modules/axe-core/axe.min.js"></script>`;
  const iframe = document.createElement('iframe');
  show(iframe, width, 900);
  iframe.srcdoc = text.replace(/<head>/i, `<head>${head}`);
  document.body.append(iframe);
  await new Promise((done) => iframe.addEventListener('load', done, { once: true }));
  const win = iframe.contentWindow as Window & typeof globalThis & { __errors: string[]; __infos: string[] };
  return {
    window: win,
    document: iframe.contentDocument!,
    errors: win.__errors,
    infos: win.__infos,
    remove: () => iframe.remove(),
  };
}

/** Resolves when every meeting-viz element in the frame has loaded and rendered (a map above a card moves it as it draws). */
export async function settled(frame: Frame): Promise<void> {
  const { window: win } = frame;
  // The wheel, the card and the map are chunks loaded when their tags appear: wait for those on the page.
  const onPage = ['meeting-timeline', 'sector-wheel', 'meeting-card', 'meeting-map'].filter((name) =>
    frame.document.querySelector(name),
  );
  await Promise.all(onPage.map((name) => win.customElements.whenDefined(name)));
  for (let i = 0; i < 50; i++) {
    const elements = [
      ...frame.document.querySelectorAll('meeting-timeline, sector-wheel, meeting-card, meeting-map'),
    ] as Array<HTMLElement & { updateComplete: Promise<unknown> }>;
    await Promise.all(elements.map((el) => el.updateComplete));
    if (elements.every((el) => !el.hasAttribute('loading'))) break;
    await new Promise((done) => setTimeout(done, 50));
  }
  await new Promise((done) => win.requestAnimationFrame(() => done(undefined)));
}
