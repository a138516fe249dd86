/**
 * `meeting-viz convert IN.(csv|json) [-o OUT.(json|csv)]`: a CSV (either template), a TimelineJS file
 * or this library's JSON, read by the same code the elements run, validated, and written as this
 * library's JSON with `$schema` (to stdout without `-o`), or as the CSV template when OUT ends in
 * `.csv`. Problems go to stderr, one per line; the valid records are still written; the exit status
 * is 1 when there were problems.
 */
import { writeFile } from 'node:fs/promises';
import type { Command } from './main.js';
import { problemLines, readInput } from './files.js';
import { writeTemplate } from '../data/template.js';

const SCHEMA = 'https://unpkg.com/meeting-viz/data/meetings.schema.json';
const USAGE = 'usage: meeting-viz convert IN.(csv|json) [-o OUT.json|OUT.csv]\n';

export const command: Command = {
  summary: 'IN.(csv|json) [-o OUT.(json|csv)]  convert a spreadsheet or TimelineJS file to validated JSON',
  async run(args) {
    const inputs: string[] = [];
    let out: string | undefined;
    let outGiven = false;
    for (let i = 0; i < args.length; i++) {
      if (args[i] === '-o' || args[i] === '--output') [out, outGiven] = [args[++i], true];
      else if (args[i].startsWith('--output=')) [out, outGiven] = [args[i].slice('--output='.length), true];
      else inputs.push(args[i]);
    }
    if (inputs.length !== 1 || (outGiven && !out)) {
      process.stderr.write(USAGE);
      return 2;
    }
    const [input] = inputs;
    const result = await readInput(input);
    process.stderr.write(problemLines(input, result));
    if (result.problems.some((p) => p.path === '(file)')) return 1;
    const text = out?.toLowerCase().endsWith('.csv')
      ? writeTemplate(result.series)
      : `${JSON.stringify({ $schema: SCHEMA, ...result.series }, null, 2)}\n`;
    if (out) await writeFile(out, text);
    else process.stdout.write(text);
    return result.problems.length ? 1 : 0;
  },
};
