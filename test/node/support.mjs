// Shared by the Node tests: the built CLI, a static server on the project and Chromium.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { findChrome, CHROME_ARGS } from '../../scripts/find-chrome.mjs';
import { serveStatic } from '../../scripts/serve-static.mjs';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DATA = `${ROOT}data/china-russia-regular-meetings.json`;
const run = promisify(execFile);

/** Runs `meeting-viz …` (bin/meeting-viz.js over dist/cli) in a fixed time zone; resolves to { stdout, stderr, code }. */
export async function cli(args, { encoding = 'utf8' } = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, [`${ROOT}bin/meeting-viz.js`, ...args], {
      cwd: ROOT,
      env: { ...process.env, TZ: 'UTC' },
      encoding,
      maxBuffer: 64 << 20,
    });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    return { stdout: error.stdout, stderr: error.stderr, code: error.code };
  }
}

/** The project served on 127.0.0.1 (a free port, so two runs on one machine do not collide) and a headless Chromium. */
export async function browserAndServer(port = 0) {
  const server = await serveStatic(ROOT, { port });
  const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
  return {
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** Waits until every meeting-viz element on the page has loaded and drawn. */
export async function settled(page) {
  await page.waitForFunction(
    () => {
      const els = [...document.querySelectorAll('meeting-timeline, sector-wheel, meeting-card')];
      return (
        els.length > 0 &&
        els.every((el) => el.shadowRoot && !el.hasAttribute('loading') && el.shadowRoot.childElementCount > 0)
      );
    },
    { timeout: 20_000 },
  );
  await page.evaluate(() =>
    Promise.all([...document.querySelectorAll('meeting-timeline, sector-wheel')].map((el) => el.updateComplete)),
  );
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}
