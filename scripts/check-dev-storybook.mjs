// Starts the Storybook dev server as the README says (`npm start`), opens every story in headless Chromium with
// the same checks as check-storybook, and stops the server (its whole process group), pass or fail.
// Usage: node scripts/check-dev-storybook.mjs [port]   (default 6111)
import { spawn } from 'node:child_process';
import puppeteer from 'puppeteer-core';
import { findChrome, CHROME_ARGS } from './find-chrome.mjs';
import { checkStories, report, storiesOf } from './story-check.mjs';

const port = Number(process.argv[2] ?? process.env.PORT ?? 6111);
const galleryUrl = `http://127.0.0.1:${port}`;
const STARTUP_TIMEOUT = 180_000;
// The first visit to a story makes Vite transform its modules (and maybe re-bundle dependencies): be patient.
const STORY_TIMEOUT = 90_000;

const server = spawn('npm', ['start', '--', '--ci', '--host', '127.0.0.1', '-p', String(port)], {
  detached: true, // its own process group: npm, storybook and esbuild all stop together
  stdio: ['ignore', 'pipe', 'pipe'],
});
let serverLog = '';
const keep = (chunk) => (serverLog = (serverLog + chunk).slice(-20_000));
server.stdout.on('data', keep);
server.stderr.on('data', keep);
let exited = false;
server.on('exit', () => (exited = true));

function stopServer() {
  if (exited) return;
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}
process.on('exit', stopServer);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

async function waitForIndex() {
  const deadline = Date.now() + STARTUP_TIMEOUT;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`the dev server exited before it served the story index:\n${serverLog}`);
    try {
      const response = await fetch(`${galleryUrl}/index.json`);
      if (response.ok) return await response.json();
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 1000));
  }
  throw new Error(
    `the dev server did not serve ${galleryUrl}/index.json within ${STARTUP_TIMEOUT / 1000} s:\n${serverLog}`,
  );
}

let failures = [];
let stories = [];
let browser;
try {
  stories = storiesOf(await waitForIndex());
  if (stories.length === 0) throw new Error('the story index has no stories');
  browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true });
  failures = await checkStories(browser, galleryUrl, stories, { timeout: STORY_TIMEOUT, retryOnReload: true });
} catch (error) {
  console.error(`check-dev-storybook: ${error.message ?? error}`);
  process.exitCode = 1;
} finally {
  await browser?.close();
  stopServer();
}
if (stories.length) report('check-dev-storybook', stories, failures);
if (failures.length) process.exitCode = 1;
