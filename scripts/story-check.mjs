// The per-story check shared by check-storybook (the static build) and check-dev-storybook (`npm start`): opens
// one story in Chromium and lists what a reader would hit — a module that does not load, a throw, a console
// error, a failed request, an empty or undefined element, an axe violation.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The stories (not docs pages) of a Storybook index.json. */
export function storiesOf(index) {
  return Object.values(index.entries).filter((entry) => entry.type === 'story');
}

// Vite's dev server re-bundles dependencies it meets late and then reloads the page once.
const VITE_RELOAD = /optimized dependencies changed|new dependencies optimized/i;

async function openStory(browser, galleryUrl, story, timeout) {
  const page = await browser.newPage();
  const errors = [];
  let reloaded = false;
  page.on('console', (message) => {
    if (VITE_RELOAD.test(message.text())) reloaded = true;
    // Failed requests are reported below with their URL.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      errors.push(`console error: ${message.text()}`);
  });
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (response.status() >= 400 && url.pathname !== '/favicon.ico')
      errors.push(`HTTP ${response.status()}: ${url.pathname}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  await page.setViewport({ width: 1000, height: 800 });
  await page.goto(`${galleryUrl}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'load', timeout });
  await page.waitForFunction(
    () => document.body.classList.contains('sb-show-main') || document.body.classList.contains('sb-show-errordisplay'),
    { timeout },
  );
  // Let elements load their data and settle.
  const state = await page.evaluate(async () => {
    const rootEl = document.querySelector('#storybook-root');
    const elements = [...rootEl.querySelectorAll('*')].filter((el) => el.localName.includes('-'));
    await Promise.all(elements.map((el) => el.updateComplete));
    await new Promise((done) => setTimeout(done, 300));
    await Promise.all(elements.map((el) => el.updateComplete));
    const sbError = document.body.classList.contains('sb-show-errordisplay')
      ? document.querySelector('#error-message')?.textContent
      : '';
    return {
      sbError,
      elements: elements.map((el) => ({
        name: el.localName,
        defined: !!customElements.get(el.localName),
        // The CDN loader's message in an element whose chunk did not arrive (the story of that state).
        failed: !!el.querySelector(':scope > [data-mv-failed][role="alert"] > button'),
        empty: !el.shadowRoot || el.shadowRoot.childElementCount === 0 || el.getBoundingClientRect().height === 0,
      })),
    };
  });
  if (state.sbError) errors.push(`story failed: ${state.sbError}`);
  if (state.elements.length === 0) errors.push('no custom element rendered');
  for (const el of state.elements) {
    if (el.failed && !el.defined) continue; // says so, with a button to try again
    if (!el.defined) errors.push(`<${el.name}> is not defined (was its module tree-shaken away?)`);
    else if (el.empty) errors.push(`<${el.name}> rendered nothing`);
  }
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document.querySelector('#storybook-root'), { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.help}`);
  });
  errors.push(...violations.map((v) => `axe: ${v}`));
  await page.close();
  return { errors, reloaded };
}

/**
 * Checks one story; returns its errors (none: it passed). `retryOnReload`: open it once more if the dev server
 * reloaded the page under it (dependency optimisation), as a reader's browser would simply show the reload.
 */
export async function checkStory(browser, galleryUrl, story, { timeout = 20_000, retryOnReload = false } = {}) {
  let result = await openStory(browser, galleryUrl, story, timeout);
  if (retryOnReload && result.reloaded) result = await openStory(browser, galleryUrl, story, timeout);
  // Stories tagged expect-error show an error state on purpose (a missing file): their failed
  // request and its console line are expected; a throw, an empty element or axe still fail them.
  const expected = story.tags?.includes('expect-error');
  return expected
    ? result.errors.filter((e) => !e.startsWith('console error') && !e.startsWith('HTTP 4'))
    : result.errors;
}

/** Checks every story in turn, printing a dot or an F for each; returns the failures. */
export async function checkStories(browser, galleryUrl, stories, options) {
  const failures = [];
  for (const story of stories) {
    let errors;
    try {
      errors = await checkStory(browser, galleryUrl, story, options);
    } catch (error) {
      errors = [String(error.message ?? error)];
    }
    if (errors.length) failures.push({ id: story.id, errors });
    process.stdout.write(errors.length ? 'F' : '.');
  }
  console.log('');
  return failures;
}

/** Prints each failure and the closing count line `<name>: N stories checked, P passed, F failed`. */
export function report(name, stories, failures) {
  for (const { id, errors } of failures) console.log(`✗ ${id}\n    ${errors.join('\n    ')}`);
  console.log(
    `${name}: ${stories.length} stories checked, ${stories.length - failures.length} passed, ${failures.length} failed`,
  );
}
