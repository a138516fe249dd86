// The published package, used as a stranger would: `npm pack`, install the tarball into a fresh
// project, type-check a TypeScript file that uses every element and the React wrappers, bundle it
// with Vite, and open the bundle in Chromium.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findChrome, CHROME_ARGS } from './find-chrome.mjs';
import { serveStatic } from './serve-static.mjs';

const here = resolve('.');
const own = JSON.parse(readFileSync('package.json', 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'meeting-viz-consumer-'));
function run(cmd, args, cwd = work) {
  try {
    return execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] }).toString();
  } catch (error) {
    console.error(`check-package: ${cmd} ${args.join(' ')} failed:\n${error.stdout ?? ''}${error.stderr ?? ''}`);
    process.exit(1);
  }
}

try {
  const tarball = run('npm', ['pack', '--silent', '--pack-destination', work], here).trim().split('\n').pop();
  const files = JSON.parse(run('npm', ['pack', '--dry-run', '--json'], here))[0].files.map((f) => f.path);
  const stray = files.filter(
    (f) =>
      !/^(dist\/|data\/[^/]+\.(json|csv)$|bin\/meeting-viz\.js$|custom-elements\.json$|package\.json$|README\.md$|LICENSE)/.test(
        f,
      ),
  );
  if (stray.length) throw new Error(`the package ships files users do not need: ${stray.join(', ')}`);
  if (!files.includes('custom-elements.json') || !files.includes('dist/cdn/meeting-viz.js'))
    throw new Error('the package lacks custom-elements.json or the CDN file');

  cpSync('test/consumer', work, { recursive: true });
  const dev = own.devDependencies;
  writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  run('npm', [
    'install',
    '--no-audit',
    '--no-fund',
    '--prefer-offline',
    join(work, tarball),
    `react@${dev.react}`,
    `react-dom@${dev['react-dom']}`,
    `@types/react@${dev['@types/react']}`,
    `@types/react-dom@${dev['@types/react-dom']}`,
    `typescript@${dev.typescript}`,
    `vite@${dev.vite}`,
  ]);
  run('npx', ['tsc', '-p', 'tsconfig.json']);
  console.log('check-package: the consumer app type-checks against the packed package');
  run('npx', ['vite', 'build', '--logLevel', 'warn', '--base', './']);
  const bundle = readdirSync(join(work, 'dist/assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(work, 'dist/assets', f), 'utf8'))
    .join('');
  console.log(`check-package: Vite bundled it (${(bundle.length / 1024).toFixed(1)} KiB of JS)`);

  const server = await serveStatic(join(work, 'dist'));
  const browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on(
      'console',
      (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && errors.push(m.text()),
    );
    page.on(
      'response',
      (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && errors.push(`HTTP ${r.status()} ${r.url()}`),
    );
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/index.html`, { waitUntil: 'load' });
    const defined = await page
      .waitForFunction(
        () =>
          ['meeting-timeline', 'sector-wheel', 'meeting-card'].every((n) => customElements.get(n)) &&
          document.querySelectorAll('#react-root meeting-timeline').length === 1 &&
          document.querySelector('#react-root meeting-card')?.shadowRoot?.textContent.includes('A meeting'),
        { timeout: 10_000 },
      )
      .then(
        () => true,
        () => false,
      );
    if (!defined || errors.length)
      throw new Error(`the bundled app did not render: ${errors.join('; ') || 'elements missing'}`);
    console.log('check-package: the bundled app renders every element, from plain TS and from React, in Chromium');
  } finally {
    await browser.close();
    await server.close();
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
