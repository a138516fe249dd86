// The CDN file's size budget: every element, with Lit and the d3 parts it uses and its English
// words, in at most 53.6 KB (53,600 bytes) gzip: 52.6 KB since the map element left the core for its
// chunk (56.3 KB before; issue 17 aims below 45 KB), plus 1 KB of headroom. Prints the figures; fails
// when the budget is passed. Chunks loaded on first use (dist/cdn/meeting-viz-*.js: the other
// languages, the timeline's gestures, the reader, the exporter, the map with its element) are listed
// and do not count.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET = 53_600;
const file = 'dist/cdn/meeting-viz.js';
const raw = readFileSync(file);
const gzip = gzipSync(raw, { level: 9 }).length;
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
console.log(
  `${file}: ${kb(raw.length)} raw, ${kb(gzip)} gzip (budget ${kb(BUDGET)} gzip, ${((gzip / BUDGET) * 100).toFixed(1)}% used)`,
);
const chunks = 'dist/cdn';
for (const name of existsSync(chunks) ? readdirSync(chunks).filter((n) => /^meeting-viz-.+\.js$/.test(n)) : []) {
  const body = readFileSync(`${chunks}/${name}`);
  console.log(
    `  loaded on first use: ${chunks}/${name}: ${kb(body.length)} raw, ${kb(gzipSync(body, { level: 9 }).length)} gzip`,
  );
}
if (gzip > BUDGET) {
  console.error(`check-size: over budget by ${kb(gzip - BUDGET)}`);
  process.exit(1);
}
