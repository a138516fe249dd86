// `npm run bench -- --page`: the news-article example (examples/article.html: wheel, timeline and card from
// the built CDN file) loaded as a reader's phone and desktop would load it, measured in the page itself.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { serveStatic } from '../scripts/serve-static.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The profiles: a mid-range phone (390 px, CPU slowed 4×), the same phone on a slow 4G network (150 ms
 * round trips, 1.6 Mbit/s down, the files gzipped as a CDN sends them), and a laptop window (1,100 px).
 */
export const PROFILES = [
  { label: 'phone, 390 px, CPU 4×', width: 390, height: 844, throttle: 4 },
  {
    label: 'phone on slow 4G, 390 px, CPU 4×',
    width: 390,
    height: 844,
    throttle: 4,
    network: { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 0.75e6 / 8 },
  },
  { label: 'desktop, 1,100 px', width: 1100, height: 900, throttle: 1 },
];

// Runs in the page before any of its scripts: long tasks, layout shifts, first paint, and the last change
// to the DOM (inside the elements' shadow roots too) — "everything drawn".
function instrument() {
  const perf = { tasks: [], cls: 0, fcp: null, lastChange: 0 };
  window.__perf = perf;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) perf.tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) perf.cls += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') perf.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  const options = { childList: true, subtree: true, attributes: true, characterData: true };
  const seen = new WeakSet();
  const observer = new MutationObserver((records) => {
    perf.lastChange = performance.now();
    for (const r of records) for (const n of r.addedNodes) attach(n);
  });
  function attach(node) {
    if (node.nodeType !== 1) return;
    if (node.shadowRoot && !seen.has(node.shadowRoot)) {
      seen.add(node.shadowRoot);
      observer.observe(node.shadowRoot, options);
      perf.lastChange = performance.now();
      node.shadowRoot.querySelectorAll('*').forEach(attach);
    }
  }
  observer.observe(document, options);
  for (const tag of ['meeting-timeline', 'sector-wheel', 'meeting-card', 'meeting-map']) {
    customElements.whenDefined(tag).then(() => document.querySelectorAll(tag).forEach(attach));
  }
  perf.busy = () =>
    document.querySelectorAll(
      '[loading], meeting-timeline:not(:defined), sector-wheel:not(:defined), meeting-card:not(:defined), meeting-map:not(:defined)',
    ).length;
}

const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

export async function loadOnce(browser, url, profile) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width: profile.width, height: profile.height });
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.throttle });
    if (profile.network) {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', profile.network);
    }
    await page.evaluateOnNewDocument(instrument);
    await page.goto(url, { waitUntil: 'load' });
    // Settled: nothing loading, and no DOM change for a second (at the throttled speed).
    const deadline = Date.now() + 60_000;
    for (;;) {
      const quiet = await page.evaluate(
        () => performance.now() - window.__perf.lastChange > 1000 && window.__perf.busy() === 0,
      );
      if (quiet) break;
      if (Date.now() > deadline) throw new Error('the article never settled');
      await new Promise((r) => setTimeout(r, 250));
    }
    return await page.evaluate(() => {
      const p = window.__perf;
      const drawn = p.lastChange;
      const tasks = p.tasks.filter((t) => t.start <= drawn);
      const after = tasks.filter((t) => p.fcp == null || t.start >= p.fcp);
      return {
        drawn,
        fcp: p.fcp,
        tbt: after.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
        longest: tasks.reduce((m, t) => Math.max(m, t.duration), 0),
        longestAfterPaint: after.reduce((m, t) => Math.max(m, t.duration), 0),
        longTasks: tasks.length,
        cls: p.cls,
        scrollWidth: document.documentElement.scrollWidth,
      };
    });
  } finally {
    await context.close().catch(() => {});
  }
}

/** Measures the article `repeat` times per profile; returns markdown rows and the raw medians. */
export async function measureArticle(browser, { repeat = 3, log = console.error } = {}) {
  log('building the CDN file …');
  execFileSync('npx', ['rollup', '-c', '--silent'], { cwd: root, stdio: 'inherit' });
  const server = await serveStatic(root, { gzip: true });
  const rows = [];
  try {
    for (const profile of PROFILES) {
      const runs = [];
      for (let i = 0; i < repeat; i++)
        runs.push(await loadOnce(browser, `${server.url}/examples/article.html`, profile));
      const m = (key) => median(runs.map((r) => r[key]));
      const row = `| ${profile.label} | ${m('fcp').toFixed(0)} | ${m('drawn').toFixed(0)} | ${m('tbt').toFixed(0)} | ${m('longest').toFixed(0)} | ${m('longTasks')} | ${m('cls').toFixed(3)} | ${m('scrollWidth')} |`;
      log(`  ${row}`);
      rows.push(row);
    }
  } finally {
    await server.close();
  }
  return [
    '| profile | first paint ms | everything drawn ms | total blocking ms | longest task ms | long tasks | layout shift | page width px |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
  ].join('\n');
}
