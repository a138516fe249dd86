// The command-line renderer: golden SVG files (en, zh, ru; light, dark), PNG, HTML and errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { PNG } from 'pngjs';
import { cli, DATA, ROOT } from './support.mjs';

const GOLDEN = `${ROOT}test/node/golden`;

for (const element of ['meeting-timeline', 'sector-wheel']) {
  for (const lang of ['en', 'zh', 'ru']) {
    for (const theme of ['light', 'dark']) {
      test(`${element} in ${lang}, ${theme}: the SVG matches its golden file`, async () => {
        const { stdout, code, stderr } = await cli([
          'render',
          DATA,
          '--element',
          element,
          '--meeting',
          'm30',
          '--lang',
          lang,
          '--theme',
          theme,
        ]);
        assert.equal(code, 0, stderr);
        // Normalised: no absolute path may show, and ids are the fixed default prefix.
        const svg = stdout.replaceAll(ROOT, '/');
        const file = `${GOLDEN}/${element}-${lang}-${theme}.svg`;
        if (process.env.UPDATE_GOLDEN) await writeFile(file, svg);
        assert.ok(existsSync(file), `no golden file ${file}: UPDATE_GOLDEN=1 writes it`);
        assert.equal(
          svg,
          await readFile(file, 'utf8'),
          `${file} differs; UPDATE_GOLDEN=1 rewrites it after a reviewed change`,
        );
        assert.match(svg, new RegExp(`^<svg [^>]*lang="${lang}"`));
      });
    }
  }
}

test("a timeline's file says what its colours and shapes mean, in its language, within its width", async () => {
  const words = {
    en: ['Host country', 'Russia', 'China', 'Format', 'In person', 'Video conference'],
    zh: ['东道国', '俄罗斯', '中国', '形式', '现场会晤'],
  };
  for (const [lang, width] of [
    ['en', 1000],
    ['zh', 1000],
    ['en', 320],
  ]) {
    const { stdout, code, stderr } = await cli([
      'render',
      DATA,
      '--element',
      'meeting-timeline',
      '--lang',
      lang,
      '--width',
      String(width),
    ]);
    assert.equal(code, 0, stderr);
    const legend = /<g class="legend">(.*?)<\/g>/.exec(stdout)?.[1];
    assert.ok(legend, `${lang} ${width}: a legend`);
    const texts = [...legend.matchAll(/<text x="([\d.]+)" y="([\d.]+)"[^>]*>([^<]*)<\/text>/g)].map(
      ([, x, y, text]) => ({ x: +x, y: +y, text }),
    );
    for (const word of words[lang])
      assert.ok(
        texts.some((t) => t.text === word),
        `${lang} ${width}: "${word}" in ${JSON.stringify(texts.map((t) => t.text))}`,
      );
    // Every swatch is drawn (two hosts, and the formats), and the legend sits under the chart, above the source.
    assert.ok((legend.match(/<circle /g) ?? []).length >= words[lang].length - 2);
    const chartBottom = Number(/<g class="chart" transform="translate\(0 ([\d.]+)\)">/.exec(stdout)[1]);
    const source = Number(/<text x="[\d.]+" y="([\d.]+)"[^>]*class="source"/.exec(stdout)[1]);
    for (const t of texts) assert.ok(t.y > chartBottom && t.y < source, `${t.text} between the chart and the source`);
    const lines = new Set(texts.map((t) => t.y)).size;
    if (width < 400) assert.ok(lines >= 2, `narrow: the legend wraps (${lines} line)`);
    else assert.equal(lines, 1, 'wide: one line');
    for (const t of texts) assert.ok(t.x >= 0 && t.x < width, `${t.text} starts inside the file`);
  }
});

test('a PNG decodes and has the size asked, times the scale', async () => {
  const svg = (await cli(['render', DATA, '--element', 'meeting-timeline', '--width', '640'])).stdout;
  const height = Number(/height="(\d+)"/.exec(svg)[1]);
  for (const scale of [1, 2]) {
    const { stdout, code, stderr } = await cli(
      [
        'render',
        DATA,
        '--element',
        'meeting-timeline',
        '--width',
        '640',
        '--format',
        'png',
        '--scale',
        String(scale),
        '-o',
        '-',
      ],
      { encoding: 'buffer' },
    );
    assert.equal(code, 0, String(stderr));
    const png = PNG.sync.read(stdout);
    assert.deepEqual([png.width, png.height], [640 * scale, height * scale]);
    // Not blank: the background and dark marks are both there.
    const colours = new Set();
    for (let i = 0; i < png.data.length; i += 4 * 97) colours.add(png.data.readUInt32BE(i));
    assert.ok(colours.size > 5, 'the picture has content');
  }
});

test('the social preset is a 1200 × 630 card, in Chinese for the wheel too', async () => {
  for (const element of ['meeting-timeline', 'sector-wheel']) {
    const { stdout, code, stderr } = await cli(
      ['render', DATA, '--element', element, '--preset', 'social', '--lang', 'zh', '--format', 'png', '-o', '-'],
      { encoding: 'buffer' },
    );
    assert.equal(code, 0, String(stderr));
    const png = PNG.sync.read(stdout);
    assert.deepEqual([png.width, png.height], [1200, 630], element);
  }
});

test('the print preset is A4 wide and light, even when dark is asked', async () => {
  const { stdout } = await cli(['render', DATA, '--element', 'sector-wheel', '--preset', 'print', '--theme', 'dark']);
  assert.match(stdout, /^<svg [^>]*width="794"/);
  assert.match(stdout, /<rect width="794" height="\d+" fill="#ffffff"\/>/);
});

test('--format html writes the SVG and its text twin, readable without scripts', async () => {
  const { stdout } = await cli([
    'render',
    DATA,
    '--element',
    'meeting-timeline',
    '--format',
    'html',
    '--lang',
    'ru',
    '--fallback',
  ]);
  assert.match(stdout, /^<figure class="meeting-viz-static" slot="fallback" lang="ru"><svg /);
  assert.equal(stdout.match(/<li>/g).length, 30);
  assert.match(stdout, /<details><summary>Данные в виде текста<\/summary><ol /);
  assert.match(stdout, /Ханчжоу/);
  assert.doesNotMatch(stdout, /<script|<style| style=/);
  const wheel = (await cli(['render', DATA, '--element', 'sector-wheel', '--format', 'html'])).stdout;
  assert.match(wheel, /<table><caption>/);
  assert.match(wheel, /id="mv-wheel-en-all-title"/);
});

test('says what is wrong, with exit code 2', async () => {
  const bad = await cli(['render', DATA, '--element', 'bar-chart']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--element must be meeting-timeline or sector-wheel/);
  const missing = await cli(['render', DATA, '--element', 'sector-wheel', '--meeting', 'm99']);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /no meeting "m99"/);
  const unknown = await cli(['draw']);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /unknown command "draw"/);
});
