// Print: the article example printed to PDF in Chromium has the charts' text and the meetings' text twin, in light colours, without buttons.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { browserAndServer, ROOT, settled } from './support.mjs';

let env;
before(async () => (env = await browserAndServer()));
after(() => env?.close());

async function pdfText(data) {
  const pdf = await getDocument({
    data: new Uint8Array(data),
    isEvalSupported: false,
    cMapUrl: `${ROOT}node_modules/pdfjs-dist/cmaps/`,
    cMapPacked: true,
  }).promise;
  const pages = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => item.str + (item.hasEOL ? ' ' : '')).join(''));
  }
  // NFKC: fonts map some CJK glyphs to compatibility code points (⽂ for 文).
  return pages.join(' ').normalize('NFKC').replace(/\s+/g, ' ');
}

for (const [file, expected] of [
  [
    'article.html',
    [
      '1st regular meeting of the Chinese and Russian heads of government',
      '30th regular meeting',
      'Hangzhou',
      'Saint Petersburg',
      'Wen Jiabao', // an era band of the Chinese premiers' track
    ],
  ],
  ['article.zh.html', ['杭州', '莫斯科']],
]) {
  test(`${file} prints the timeline and wheel with their text twins`, async () => {
    const page = await env.browser.newPage();
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    await page.goto(`${env.server.url}/examples/${file}`);
    await settled(page);
    const text = await pdfText(await page.pdf({ format: 'A4', printBackground: true }));
    for (const words of expected) assert.ok(text.includes(words), `"${words}" is printed`);
    if (file === 'article.html') {
      for (const button of ['Zoom in', 'Reset zoom', 'Export'])
        assert.ok(!text.includes(button), `no "${button}" button in print`);
      // The wheel's table prints too.
      assert.ok(text.includes('Sector'), 'the wheel table is printed');
    }
    // On paper the charts are light and as wide as the page, even with a dark screen.
    await page.emulateMediaType('print');
    const look = await page.evaluate(() =>
      [...document.querySelectorAll('meeting-timeline, sector-wheel')].map((el) => {
        const svg = el.shadowRoot.querySelector('svg');
        return {
          bg: getComputedStyle(el).getPropertyValue('--_bg').trim(),
          svg: svg.getBoundingClientRect().width,
          host: el.getBoundingClientRect().width,
        };
      }),
    );
    await page.close();
    for (const { bg, svg, host } of look) {
      assert.equal(bg, '#ffffff');
      assert.ok(svg > 0 && svg <= host + 0.5, `the chart fits the page (${svg} ≤ ${host})`);
    }
  });
}
