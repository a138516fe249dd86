// Writes data/meetings.schema.json from the one definition in src/data/schema.ts.
// `--check` fails instead when the committed file is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { importTs } from './load-ts.mjs';

const { MeetingSeriesSchema } = await importTs('src/data/schema.ts');
const { toJSONSchema } = await import('zod/mini');
const schema = {
  $id: 'https://unpkg.com/meeting-viz/data/meetings.schema.json',
  title: 'meeting-viz: a series of meetings',
  ...toJSONSchema(MeetingSeriesSchema, { io: 'input', target: 'draft-2020-12' }),
};
const text = `${JSON.stringify(schema, null, 2)}\n`;
const file = 'data/meetings.schema.json';
if (process.argv.includes('--check')) {
  if (readFileSync(file, 'utf8') !== text) {
    console.error(`${file} is out of date with src/data/schema.ts: run npm run schema`);
    process.exit(1);
  }
} else {
  writeFileSync(file, text);
  console.log(`wrote ${file}`);
}
