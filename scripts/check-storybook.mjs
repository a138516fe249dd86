// Opens every story of a built Storybook in headless Chromium and fails on a story that throws, logs a
// console error, renders an empty element, or has an axe violation. Prints how many stories it checked.
import { readFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findChrome, CHROME_ARGS } from './find-chrome.mjs';
import { serveStatic } from './serve-static.mjs';
import { checkStories, report, storiesOf } from './story-check.mjs';

const root = process.argv[2] ?? 'storybook-static';
const stories = storiesOf(JSON.parse(await readFile(`${root}/index.json`, 'utf8')));
if (stories.length === 0) {
  console.error('check-storybook: the build has no stories');
  process.exit(1);
}

// Serve the build's parent folder, so the gallery lives under a sub-path as on a project page:
// that proves its URLs are relative.
const server = await serveStatic(dirname(resolve(root)));
const galleryUrl = `${server.url}/${basename(resolve(root))}`;
const browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true });
let failures;
try {
  failures = await checkStories(browser, galleryUrl, stories);
} finally {
  await browser.close();
  await server.close();
}
report('check-storybook', stories, failures);
process.exit(failures.length ? 1 : 0);
