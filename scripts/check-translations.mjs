// Checks that every text a Chinese or Russian page shows has a zh and a ru form, in each data file
// (default: every data/*.json but the schema). Prints "zh 100%, ru 100%" per file and lists what is
// missing; fails when anything is. Fields marked x-untranslatable in the schema are skipped.
import { readFileSync, readdirSync } from 'node:fs';
import { importTs } from './load-ts.mjs';

const { translationReport, coverageLine } = await importTs('src/data/translations.ts');
const { meetingSeriesSchema } = await importTs('src/data/schema.generated.ts');
const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync('data')
      .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
      .map((f) => `data/${f}`);
let failed = 0;
for (const file of files) {
  const report = translationReport(JSON.parse(readFileSync(file, 'utf8')), meetingSeriesSchema);
  console.log(`${file}: ${coverageLine(report)} of ${report.total} texts`);
  for (const [lang, paths] of Object.entries(report.missing)) {
    for (const path of paths) console.log(`  missing ${lang}: ${path}`);
    if (paths.length) failed++;
  }
}
process.exit(failed ? 1 : 0);
