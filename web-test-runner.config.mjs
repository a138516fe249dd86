import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import puppeteer from 'puppeteer-core';
import { findChrome, CHROME_ARGS } from './scripts/find-chrome.mjs';
import { browserCommandsPlugin } from './scripts/wtr/browser-commands.mjs';
import { browserCountsReporter } from './scripts/wtr/browser-counts.mjs';
import { findMiniBrowser, startWebKitDriver } from './scripts/wtr/webkit-driver.mjs';

// BROWSERS=chromium (or a comma list of chromium, firefox, webkit) for a quick local run; all three by default.
const ALL = ['chromium', 'firefox', 'webkit'];
const wanted = (process.env.BROWSERS ?? ALL.join(','))
  .split(',')
  .map((name) => name.trim().toLowerCase())
  .filter(Boolean);
const unknown = wanted.filter((name) => !ALL.includes(name));
if (unknown.length) {
  console.error(`BROWSERS: unknown ${unknown.join(', ')} (use ${ALL.join(', ')})`);
  process.exit(1);
}

function chromium() {
  return chromeLauncher({
    launchOptions: { executablePath: findChrome(), headless: true, args: CHROME_ARGS },
    // Each test file in a window of its own, which has focus as a reader's window would.
    async createPage({ browser }) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      const session = await page.createCDPSession();
      await session.send('Emulation.setFocusEmulationEnabled', { enabled: true });
      return page;
    },
  });
}

function firefox() {
  // puppeteer-core over WebDriver BiDi, driving Debian's firefox-esr.
  return chromeLauncher({
    puppeteer,
    launchOptions: {
      browser: 'firefox',
      executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
      headless: true,
      extraPrefsFirefox: {
        // A headless window counts as focused, and nothing is throttled as a background tab.
        'focusmanager.testmode': true,
        'dom.min_background_timeout_value': 0,
        'layout.throttled_frame_rate': 60,
      },
    },
    async createPage({ browser }) {
      const page = await browser.newPage();
      await page.bringToFront();
      // puppeteer-core sends a screen-orientation override with each viewport, a command Firefox ESR 140 does
      // not know (153 does): the viewport is set all the same, so that one refusal is let pass.
      const setViewport = page.setViewport.bind(page);
      page.setViewport = async (viewport) => {
        try {
          await setViewport(viewport);
        } catch (error) {
          if (!/unknown command emulation\.setScreenOrientationOverride/.test(String(error?.message))) throw error;
        }
      };
      return page;
    },
  });
}

async function webkit() {
  const port = Number(process.env.WEBKIT_DRIVER_PORT ?? 6117);
  await startWebKitDriver(port);
  return webdriverLauncher({
    hostname: '127.0.0.1',
    port,
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: findMiniBrowser(), args: ['--automation'] },
    },
  });
}

let browsers;
try {
  browsers = await Promise.all(wanted.map((name) => ({ chromium, firefox, webkit })[name]()));
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One file at a time: every page is the focused, visible one (background pages get no animation frames).
  concurrency: 1,
  testsFinishTimeout: 600_000,
  // Opening a page can take over 30 s when the machine is busy (Firefox, WebKit under Xvfb); a hang still fails.
  browserStartTimeout: 120_000,
  testsStartTimeout: 120_000,
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2021' }), browserCommandsPlugin()],
  browsers,
  reporters: [defaultReporter(), browserCountsReporter()],
  // A hang fails after 30 s: WebKit, software-rendered under Xvfb, needs more than 10 s for the article and
  // fifty-element pages on a busy 2-core machine.
  testFramework: { config: { timeout: 30_000 } },
  // The real dataset is fetched by tests as /data/...; the page is served from the project root.
  rootDir: '.',
};
