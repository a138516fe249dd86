// Opens every story of a built Storybook in headless Chromium and fails on a story that throws, logs a
// console error, renders an empty element, or has an axe violation. Prints how many stories it checked.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findChrome, CHROME_ARGS } from './find-chrome.mjs';
import { serveStatic } from './serve-static.mjs';

const root = process.argv[2] ?? 'storybook-static';
const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const index = JSON.parse(await readFile(`${root}/index.json`, 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
if (stories.length === 0) {
  console.error('check-storybook: the build has no stories');
  process.exit(1);
}

// Serve the build's parent folder, so the gallery lives under a sub-path as on a project page:
// that proves its URLs are relative.
const server = await serveStatic(dirname(resolve(root)));
const galleryUrl = `${server.url}/${basename(resolve(root))}`;
const browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true });
const failures = [];

async function checkStory(story) {
  const page = await browser.newPage();
  const errors = [];
  page.on('console', (message) => {
    // Failed requests are reported below with their URL.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) errors.push(`console error: ${message.text()}`);
  });
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (response.status() >= 400 && url.pathname !== '/favicon.ico') errors.push(`HTTP ${response.status()}: ${url.pathname}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  await page.setViewport({ width: 1000, height: 800 });
  await page.goto(`${galleryUrl}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'load' });
  await page.waitForFunction(() => document.body.classList.contains('sb-show-main') || document.body.classList.contains('sb-show-errordisplay'), { timeout: 20_000 });
  // Let elements load their data and settle.
  const state = await page.evaluate(async () => {
    const rootEl = document.querySelector('#storybook-root');
    const elements = [...rootEl.querySelectorAll('*')].filter((el) => el.localName.includes('-'));
    await Promise.all(elements.map((el) => el.updateComplete));
    await new Promise((done) => setTimeout(done, 300));
    await Promise.all(elements.map((el) => el.updateComplete));
    const sbError = document.body.classList.contains('sb-show-errordisplay') ? document.querySelector('#error-message')?.textContent : '';
    return {
      sbError,
      elements: elements.map((el) => ({
        name: el.localName,
        defined: !!customElements.get(el.localName),
        empty: !el.shadowRoot || el.shadowRoot.childElementCount === 0 || el.getBoundingClientRect().height === 0,
      })),
    };
  });
  if (state.sbError) errors.push(`story failed: ${state.sbError}`);
  if (state.elements.length === 0) errors.push('no custom element rendered');
  for (const el of state.elements) {
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
  // Stories tagged expect-error show an error state on purpose (a missing file): their failed
  // request and its console line are expected; a throw, an empty element or axe still fail them.
  const expected = story.tags?.includes('expect-error');
  const real = expected ? errors.filter((e) => !e.startsWith('console error') && !e.startsWith('HTTP 4')) : errors;
  if (real.length) failures.push({ id: story.id, errors: real });
  process.stdout.write(real.length ? 'F' : '.');
}

try {
  for (const story of stories) {
    try {
      await checkStory(story);
    } catch (error) {
      failures.push({ id: story.id, errors: [String(error.message ?? error)] });
      process.stdout.write('F');
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log('');
for (const { id, errors } of failures) console.log(`✗ ${id}\n    ${errors.join('\n    ')}`);
console.log(`check-storybook: ${stories.length} stories checked, ${stories.length - failures.length} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
