// Validates JSON files (default: every data/*.json but the schema) with the library's own validator.
import { readFileSync, readdirSync } from 'node:fs';
import { importTs } from './load-ts.mjs';

const { validate } = await importTs('src/data/validate.ts');
const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync('data')
      .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
      .map((f) => `data/${f}`);
let failed = 0;
for (const file of files) {
  const { series, problems } = validate(JSON.parse(readFileSync(file, 'utf8')));
  console.log(`${file}: ${series.meetings.length} meetings, ${problems.length} problems`);
  for (const p of problems) console.log(`  ${p.path}: ${p.message}`);
  if (problems.length) failed++;
}
process.exit(failed ? 1 : 0);
