// A static snapshot inside the tag: shown with scripts off; with scripts on, shown while loading, then replaced by the chart in place.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { browserAndServer, cli, DATA, ROOT } from './support.mjs';

let env;
let url;
before(async () => {
  env = await browserAndServer();
  const snapshot = (
    await cli([
      'render',
      DATA,
      '--element',
      'meeting-timeline',
      '--format',
      'html',
      '--fallback',
      '--no-title',
      '--no-source',
      '--width',
      '800',
    ])
  ).stdout;
  await mkdir(`${ROOT}test/node/.out`, { recursive: true });
  await writeFile(
    `${ROOT}test/node/.out/fallback.html`,
    `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Fallback</title><link rel="stylesheet" href="../blank.css"><link rel="stylesheet" href="../fallback.css">
<script type="module" src="/dist/cdn/meeting-viz.js"></script></head>
<body><main><p id="above">Above the chart.</p>
<meeting-timeline src="/data/china-russia-regular-meetings.json">${snapshot}</meeting-timeline>
<p id="below">Below the chart.</p></main></body></html>`,
  );
  url = `${env.server.url}/test/node/.out/fallback.html`;
});
after(() => env?.close());

const measure = (page) =>
  page.evaluate(() => {
    const el = document.querySelector('meeting-timeline');
    const figure = el.querySelector('figure');
    return {
      below: document.querySelector('#below').getBoundingClientRect().top,
      figure: figure.getBoundingClientRect().height,
      chart: Boolean(el.shadowRoot?.querySelector('svg.chart')),
      text: document.body.innerText,
    };
  });

test('with JavaScript disabled the page shows the snapshot and its text', async () => {
  const page = await env.browser.newPage();
  await page.setViewport({ width: 800, height: 900 });
  await page.setJavaScriptEnabled(false);
  await page.goto(url);
  const seen = await measure(page);
  await page.close();
  assert.ok(seen.figure > 176, `the snapshot is drawn (${seen.figure} px)`);
  assert.equal(seen.chart, false);
  assert.ok(seen.text.includes('The data as text'), 'the text twin can be opened');
});

test('with JavaScript the snapshot stays while loading, and the chart replaces it without a jump', async () => {
  const page = await env.browser.newPage();
  await page.setViewport({ width: 800, height: 900 });
  await page.setRequestInterception(true);
  let release;
  const held = new Promise((done) => (release = done));
  page.on('request', (request) => {
    if (request.url().endsWith('.json')) held.then(() => request.continue());
    else request.continue();
  });
  await page.goto(url);
  await page.waitForFunction(
    () => customElements.get('meeting-timeline') && document.querySelector('meeting-timeline').hasAttribute('loading'),
  );
  const loading = await measure(page);
  assert.ok(loading.figure > 176, 'the snapshot still shows while the data loads');
  assert.equal(loading.chart, false);
  release();
  await page.waitForFunction(() =>
    document.querySelector('meeting-timeline').shadowRoot.querySelector('svg.chart [part~="meeting"]'),
  );
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const drawn = await measure(page);
  await page.close();
  assert.equal(drawn.figure, 0, 'the snapshot is no longer rendered');
  // The snapshot has the chart's height plus its folded text twin's summary line; the chart adds its toolbar.
  assert.ok(Math.abs(drawn.below - loading.below) <= 24, `the text below moved ${drawn.below - loading.below} px`);
});
