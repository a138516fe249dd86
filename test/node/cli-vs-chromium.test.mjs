// The CLI draws from the same layout modules as the elements: its marks sit where Chromium draws them (within 1 px).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { browserAndServer, cli, DATA, settled } from './support.mjs';

let env;
before(async () => (env = await browserAndServer()));
after(() => env?.close());

/** Numbers of an attribute list or path, for comparing shapes. */
const numbers = (text) => (text.match(/-?\d+(\.\d+)?(e-?\d+)?/g) ?? []).map(Number);

async function chromium(markup, width, collect) {
  const page = await env.browser.newPage();
  await page.setViewport({ width: width + 40, height: 1200 });
  await page.goto(`${env.server.url}/test/node/blank.html`);
  await page.evaluate(
    (html, w) => {
      document.body.innerHTML = `<div style="width:${w}px">${html}</div>`;
    },
    markup,
    width,
  );
  await settled(page);
  const result = await page.evaluate(collect);
  await page.close();
  return result;
}

test('timeline marks: the same meetings at the same x and size as in Chromium', async () => {
  const width = 1000;
  const inBrowser = await chromium(
    `<meeting-timeline src="/data/china-russia-regular-meetings.json" selected="m30" lang="ru"></meeting-timeline>`,
    width,
    () =>
      [
        ...document
          .querySelector('meeting-timeline')
          .shadowRoot.querySelectorAll('[part~="meeting"] .dot, [part="cluster"] .dot'),
      ].map((c) => [Number(c.getAttribute('cx')), Number(c.getAttribute('cy')), Number(c.getAttribute('r'))]),
  );
  const { stdout } = await cli([
    'render',
    DATA,
    '--element',
    'meeting-timeline',
    '--meeting',
    'm30',
    '--lang',
    'ru',
    '--width',
    String(width),
  ]);
  const fromCli = [...stdout.matchAll(/<g class="mark[^"]*"[^>]*><circle cx="([^"]+)" cy="([^"]+)" r="([^"]+)"/g)].map(
    (m) => m.slice(1, 4).map(Number),
  );
  assert.equal(fromCli.length, 30);
  assert.equal(inBrowser.length, fromCli.length);
  fromCli.forEach((mark, i) =>
    mark.forEach((v, j) => assert.ok(Math.abs(v - inBrowser[i][j]) <= 1, `mark ${i}: ${mark} vs ${inBrowser[i]}`)),
  );
});

test('wheel wedges: the same paths as in Chromium', async () => {
  const width = 600;
  const inBrowser = await chromium(
    `<sector-wheel src="/data/china-russia-regular-meetings.json" meeting="m30" lang="zh"></sector-wheel>`,
    width,
    () =>
      [...document.querySelector('sector-wheel').shadowRoot.querySelectorAll('path.wedge')].map((p) => [
        p.dataset.key,
        p.getAttribute('d'),
      ]),
  );
  const { stdout } = await cli([
    'render',
    DATA,
    '--element',
    'sector-wheel',
    '--meeting',
    'm30',
    '--lang',
    'zh',
    '--width',
    String(width),
  ]);
  const fromCli = [...stdout.matchAll(/<path class="wedge [^"]+" data-key="([^"]+)" d="([^"]+)"/g)].map((m) => [
    m[1],
    m[2],
  ]);
  // The 30th meeting's wheel: one wedge for each sector its data names.
  const m30 = JSON.parse(await readFile(DATA, 'utf8')).meetings.find((m) => m.id === 'm30');
  const named = new Set([...(m30.sectors ?? []), ...(m30.documents ?? []).flatMap((d) => d.sectors ?? [])]);
  assert.equal(fromCli.filter(([key]) => key.startsWith('sector:')).length, named.size);
  assert.deepEqual(
    fromCli.map(([key]) => key),
    inBrowser.map(([key]) => key),
  );
  fromCli.forEach(([key, d], i) => {
    const [a, b] = [numbers(d), numbers(inBrowser[i][1])];
    assert.equal(a.length, b.length, key);
    a.forEach((v, j) => assert.ok(Math.abs(v - b[j]) <= 1, `${key}: ${v} vs ${b[j]}`));
  });
});
