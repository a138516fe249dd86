// The CDN file's size budget (issue 17): what every page loads, in under 45 KB (45,000 bytes) gzip:
// Lit, the data code (reading, validation, the data's problems in English), the timeline with the
// d3 parts it uses, the charts' furniture and summaries, and the loaders of everything else. The
// wheel, the card and the map are chunks beside it, defined when their tags first appear (62.5 KB
// gzip while the wheel and the card were in the file). Chunks loaded on first use
// (dist/cdn/meeting-viz-*.js: the wheel, the card, the map, the other languages, the timeline's
// gestures, the reader, the exporter) are listed and do not count; what a page with each element
// loads in all is printed too. Fails when the budget is passed.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET = 45_000;
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
// What a page that shows one element loads in all (gzip): the file, the element's chunk and the chunks
// it imports, before its data and other languages; a timeline adds its gestures once it has drawn.
const gz = (name) => gzipSync(readFileSync(`${chunks}/${name}`), { level: 9 }).length;
const names = existsSync(chunks) ? readdirSync(chunks) : [];
const chunkOf = (prefix) => names.find((n) => n.startsWith(`meeting-viz-${prefix}-`) && n.endsWith('.js'));
const closure = (name, seen = new Set()) => {
  if (!name || seen.has(name)) return seen;
  seen.add(name);
  const body = readFileSync(`${chunks}/${name}`, 'utf8');
  for (const [, dep] of body.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) closure(dep, seen);
  return seen;
};
for (const [element, prefix] of [
  ['<meeting-timeline>', 'zoom-gestures'],
  ['<sector-wheel>', 'wheel'],
  ['<meeting-card>', 'card'],
  ['<meeting-map>', 'geo'],
]) {
  const files = closure(chunkOf(prefix), closure('meeting-viz.js'));
  const total = [...files].reduce((sum, name) => sum + gz(name), 0);
  console.log(`  a page with a ${element}: ${kb(total)} gzip in ${files.size} files`);
}
if (gzip > BUDGET) {
  console.error(`check-size: over budget by ${kb(gzip - BUDGET)}`);
  process.exit(1);
}
