#!/usr/bin/env node
// Benchmark: <meeting-timeline> against vis-timeline, timelines-chart and a naive D3 SVG timeline; and
// <meeting-map> with N places.
// Usage: node bench/run.mjs [--quick] [--limit=SECONDS] [--only=mt,d3,tlc,vis,map] [--sizes=30,1000] [--repeat=3]
//        node bench/run.mjs --page [--repeat=3]   (the news-article example on a phone, on a phone with slow 4G, and a desktop)
import puppeteer from 'puppeteer-core';
import { readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg, platform, release } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { findChrome, CHROME_ARGS } from '../scripts/find-chrome.mjs';
import { buildAll, OUT } from './build.mjs';
import { serve } from './server.mjs';
import { measureArticle } from './article.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const CONTENDERS = [
  { id: 'mt', label: 'meeting-timeline', warm: true },
  { id: 'd3', label: 'd3 (naive SVG)' },
  { id: 'tlc', label: 'timelines-chart' },
  { id: 'vis', label: 'vis-timeline' },
  // Not a timeline: N places on <meeting-map>; its "zoom" steps are highlight updates (it has no zoom).
  { id: 'map', label: 'meeting-map (places; steps = highlight)' },
];
const STEPS = 30;

function parseArgs(argv) {
  const opts = { quick: false, page: false, limit: 60, only: null, sizes: null, repeat: 3 };
  for (const arg of argv) {
    const [key, value] = arg.replace(/^--/, '').split('=');
    if (key === 'quick') opts.quick = true;
    else if (key === 'page') opts.page = true;
    else if (key === 'limit') opts.limit = Number(value);
    else if (key === 'repeat') opts.repeat = Math.max(1, Number(value));
    else if (key === 'only') opts.only = value.split(',');
    else if (key === 'sizes') opts.sizes = value.split(',').map(Number);
    else if (key === 'help' || key === 'h') {
      console.log(
        'node bench/run.mjs [--page] [--quick] [--limit=SECONDS per library and N] [--only=mt,d3,tlc,vis,map] [--sizes=30,1000] [--repeat=3 first renders]',
      );
      process.exit(0);
    } else throw new Error(`unknown option ${arg}`);
  }
  opts.sizes ??= opts.quick ? [30, 1_000] : [30, 1_000, 10_000, 100_000];
  return opts;
}

const log = (...parts) => console.error(...parts);

class Timeout extends Error {}

function withDeadline(promise, deadline) {
  const left = deadline - Date.now();
  if (left <= 0) return Promise.reject(new Timeout());
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => (timer = setTimeout(() => reject(new Timeout()), left))),
  ]).finally(() => clearTimeout(timer));
}

function quantile(sorted, q) {
  // Nearest-rank percentile; the median averages the two middle values.
  if (q === 0.5) {
    const m = sorted.length / 2;
    return sorted.length % 2 ? sorted[Math.floor(m)] : (sorted[m - 1] + sorted[m]) / 2;
  }
  return sorted[Math.min(sorted.length, Math.ceil(q * sorted.length)) - 1];
}

async function launch() {
  return puppeteer.launch({
    executablePath: findChrome(),
    headless: true,
    args: [...CHROME_ARGS, '--window-size=1200,600'],
    defaultViewport: { width: 1200, height: 600 },
    protocolTimeout: 600_000,
  });
}

/** One contender at one N, in a fresh browser context and page. */
async function runOne(state, url, contender, n, deadline, withZoom, warm = false) {
  const result = { first: null, shown: null, zooms: [], frames: [], status: 'ok', note: '' };
  const context = await state.browser.createBrowserContext();
  const errors = [];
  try {
    const page = await context.newPage();
    await page.setViewport({ width: 1200, height: 600 });
    page.on('pageerror', (error) => errors.push(String(error.message ?? error).split('\n')[0]));
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text().split('\n')[0]);
    });
    await withDeadline(page.goto(`${url}/${contender.id}.html`, { waitUntil: 'load' }), deadline);
    await withDeadline(
      page.waitForFunction(() => window.bench, { timeout: 15_000 }),
      deadline,
    );
    await withDeadline(
      page.evaluate((count, w) => window.bench.setup(count, { warm: w }), n, warm),
      deadline,
    );
    const first = await withDeadline(
      page.evaluate(() => window.bench.firstRender()),
      deadline,
    );
    result.first = first.settledMs;
    result.shown = first.shownMs;
    result.note = await withDeadline(
      page.evaluate(() => window.bench.describe()),
      deadline,
    );
    for (let i = 1; withZoom && i <= STEPS; i++) {
      const step = await withDeadline(
        page.evaluate((k) => window.bench.zoomStep(k), i),
        deadline,
      );
      result.zooms.push(step.shownMs);
      result.frames.push(step.worstFrameMs);
    }
    const after =
      withZoom &&
      (await withDeadline(
        page.evaluate(() => window.bench.describe()),
        deadline,
      ));
    if (after) result.note += `; after zoom: ${after}`;
  } catch (error) {
    if (error instanceof Timeout) result.status = 'timeout';
    else {
      result.status = 'error';
      errors.unshift(String(error.message ?? error).split('\n')[0]);
    }
  } finally {
    if (errors.length) result.errors = [...new Set(errors)].slice(0, 3);
    // A renderer stuck in a long task may not close: then start a new browser.
    const closed = await Promise.race([
      context.close().then(
        () => true,
        () => false,
      ),
      new Promise((r) => setTimeout(() => r(false), 15_000)),
    ]);
    if (!closed) {
      log('  (browser did not close the page in time; restarting it)');
      state.browser.process()?.kill('SIGKILL');
      state.browser = await launch();
    }
  }
  return result;
}

/**
 * One contender at one N: a fresh page for first render + the zoom steps, then up to `repeat - 1`
 * more fresh pages for first render only, while the time limit allows; first render is their median.
 */
async function measure(state, url, contender, n, limitMs, repeat) {
  const deadline = Date.now() + limitMs;
  const main = await runOne(state, url, contender, n, deadline, true);
  if (main.first == null) return main;
  const firsts = [main.first];
  for (let i = 1; i < repeat; i++) {
    const started = Date.now();
    // Skip a repeat that would probably not fit in the time left.
    if (deadline - started < 3 * main.first + 5_000) break;
    const again = await runOne(state, url, contender, n, deadline, false);
    if (again.first == null) break;
    firsts.push(again.first);
  }
  firsts.sort((a, b) => a - b);
  main.firsts = firsts;
  main.first = quantile(firsts, 0.5);
  // The warm number: the element connected before the clock starts (only for contenders that have one).
  if (contender.warm && deadline - Date.now() > 3 * main.first + 5_000) {
    const warms = [];
    for (let i = 0; i < repeat && deadline - Date.now() > 3 * main.first + 5_000; i++) {
      const warm = await runOne(state, url, contender, n, deadline, false, true);
      if (warm.first == null) break;
      warms.push(warm.first);
    }
    if (warms.length)
      main.warm = quantile(
        warms.sort((a, b) => a - b),
        0.5,
      );
  }
  return main;
}

const ms = (v) => (v >= 100 ? v.toFixed(0) : v.toFixed(1));

function row(label, n, r, limitMs) {
  const cells = { first: '—', warm: '—', median: '—', p95: '—', frame: '—' };
  if (r.status === 'n/a') {
    for (const key of Object.keys(cells)) cells[key] = 'n/a';
  } else if (r.first == null) {
    cells.first = r.status === 'timeout' ? `> ${limitMs}` : r.status;
  } else {
    cells.first = ms(r.first);
    if (r.warm != null) cells.warm = ms(r.warm);
    if (r.zooms.length === STEPS) {
      const sorted = [...r.zooms].sort((a, b) => a - b);
      cells.median = ms(quantile(sorted, 0.5));
      cells.p95 = ms(quantile(sorted, 0.95));
      cells.frame = ms(
        quantile(
          [...r.frames].sort((a, b) => a - b),
          0.95,
        ),
      );
    } else {
      cells.median = cells.p95 = r.status === 'timeout' ? `timeout (${r.zooms.length}/${STEPS} steps)` : r.status;
    }
  }
  return `| ${label} | ${n.toLocaleString('en-US')} | ${cells.first} | ${cells.warm} | ${cells.median} | ${cells.p95} | ${cells.frame} |`;
}

/** Rewrites one marked section of a results file, keeping the others. */
async function writeSection(file, name, body) {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const block = `${start}\n${body.trimEnd()}\n${end}`;
  let text = await readFile(file, 'utf8').catch(() => '# Benchmark results\n');
  if (!text.includes(start))
    text = text.replace(/^# Benchmark results\n/, '').trim()
      ? `${text.trimEnd()}\n\n${block}\n`
      : `# Benchmark results\n\n${block}\n`;
  else text = text.slice(0, text.indexOf(start)) + block + text.slice(text.indexOf(end) + end.length);
  await writeFile(file, text);
}

const machine = () =>
  `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${platform()} ${release()}; load average at the end ${loadavg()
    .map((v) => v.toFixed(1))
    .join(' / ')} (1 / 5 / 15 min; other work on the machine inflates the numbers)`;

async function pageMain(opts) {
  const browser = await launch();
  try {
    const version = await browser.version();
    const table = await measureArticle(browser, { repeat: opts.repeat, log });
    console.log(table);
    const doc = [
      '## The news-article example',
      '',
      `Produced by \`npm run bench -- --page\` on ${new Date().toISOString().slice(0, 10)}: ${version}, headless; ${machine()}.`,
      '',
      table,
      '',
      '- `examples/article.html` (wheel, map, timeline and card from the built CDN file, data by `src`), served',
      `  gzipped, loaded in a fresh context; medians of ${opts.repeat} loads. The phone profiles slow the CPU 4×`,
      '  (DevTools throttling); "slow 4G" adds 150 ms round trips and 1.6 Mbit/s down (DevTools network emulation).',
      '- **Everything drawn**: the last change to the DOM (inside the elements too) before a second without any,',
      '  from navigation start. **Total blocking**: the part over 50 ms of each long task after first paint, up to then.',
      '- **Layout shift**: cumulative layout shift score. **Page width**: `scrollWidth`, which must equal the viewport.',
    ].join('\n');
    await writeSection(join(here, 'results.md'), 'article', doc);
    log('written to bench/results.md (article section)');
  } finally {
    await browser.close();
  }
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.page) return pageMain(opts);
  const limitMs = opts.limit * 1000;
  const contenders = CONTENDERS.filter((c) => !opts.only || opts.only.includes(c.id));
  const started = Date.now();

  log(`building ${contenders.map((c) => c.id).join(', ')} …`);
  const buildErrors = await buildAll(contenders.map((c) => c.id));
  for (const [id, error] of Object.entries(buildErrors)) if (error) log(`  ${id}: not built: ${error}`);

  const server = await serve(OUT);
  const state = { browser: await launch() };
  const version = await state.browser.version();
  log(`${version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, server ${server.url}`);

  const rows = [];
  const notes = [];
  const screens = [];
  try {
    for (const contender of contenders) {
      for (const n of opts.sizes) {
        let r;
        if (buildErrors[contender.id]) {
          r = { status: 'n/a', zooms: [] };
        } else {
          log(`${contender.label}, N = ${n} …`);
          r = await measure(state, server.url, contender, n, limitMs, opts.repeat);
        }
        const line = row(contender.label, n, r, limitMs);
        const firsts = r.firsts?.length > 1 ? ` first renders: ${r.firsts.map(ms).join(', ')};` : '';
        log(`  ${line} ${firsts} ${r.note ? `[${r.note}]` : ''}`);
        rows.push(line);
        if (r.note) screens.push(`- ${contender.label}, N = ${n}: ${r.note}`);
        if (r.errors) notes.push(`- ${contender.label}, N = ${n}: ${r.errors.join(' / ')}`);
      }
      if (buildErrors[contender.id]) notes.push(`- ${contender.label}: not built (${buildErrors[contender.id]})`);
    }
  } finally {
    await state.browser.close().catch(() => state.browser.process()?.kill('SIGKILL'));
    await server.close();
  }

  const table = [
    '| library | N | first render ms | warm ms | zoom median ms | zoom p95 ms | busiest frame p95 ms |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...rows,
  ].join('\n');
  console.log(table);

  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  const doc = [
    '## The timeline against other libraries',
    '',
    `Produced by \`npm run bench\`${opts.quick ? ' --quick' : ''} on ${new Date().toISOString().slice(0, 10)}: ${version}, headless, 1200×600;`,
    `${machine()}; ${seconds} s in all; limit ${opts.limit} s per library and N.`,
    '',
    table,
    '',
    '- **First render**: from just before the library is created and handed its data (events already in its input',
    '  shape; for `<meeting-timeline>` the element is created and connected inside the timed span, as an app mounts',
    '  it) to the end of the last frame that changed the DOM, i.e. once three frames in a row and 250 ms have passed',
    `  with no change (inside shadow roots too). Median of up to ${opts.repeat} fresh pages.`,
    '- **Warm**: the same, with the element connected before the clock starts (an element already in a page whose',
    '  data arrives later).',
    `- **Zoom**: ${STEPS} programmatic steps through each library's API, ×1.15 each towards the middle of the data;`,
    '  each step is timed from the call to the end of the first frame that shows it. Median and p95 (nearest rank).',
    '- **Busiest frame**: for each zoom step, until the DOM settles (deferred work such as a debounced list',
    '  included), the longest frame: its rendering work plus any task that ran since the previous frame beyond one',
    '  frame (16.7 ms); p95 over the steps. Under 16.7 ms means no dropped frame.',
    '- Every measured call is made at the start of a frame (inside a requestAnimationFrame callback, where input',
    '  events are also delivered). The end of a frame is when a message posted from inside it is delivered, i.e. after',
    "  that frame's rendering work. The same rule for every library; each run uses a fresh page.",
    '- Data: N deterministic events (seeded PRNG), uniform over 1996–2025; see `bench/page/harness.js`.',
    ...(notes.length ? ['', 'Problems:', '', ...notes] : []),
    ...(screens.length
      ? ['', 'On screen after the first render; after the last zoom step (sanity check):', '', ...screens]
      : []),
    '',
  ].join('\n');
  const file =
    opts.quick || opts.only || process.argv.some((a) => a.startsWith('--sizes'))
      ? join(OUT, 'results-partial.md')
      : join(here, 'results.md');
  await writeSection(file, 'timeline', doc);
  log(`written to ${file.replace(`${join(here, '..')}/`, '')} (${seconds} s)`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
