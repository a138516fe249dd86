/** Reading an input file the way the elements read a `src`: CSV by its name, else JSON or CSV by its content. */
import { readFile } from 'node:fs/promises';
import { csvHint, readText, type ReadResult } from '../data/read.js';

export async function readInput(file: string): Promise<ReadResult> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    return { series: { meetings: [] }, problems: [{ path: '(file)', message: `cannot be read: ${reason}` }] };
  }
  const result = readText(text, { csv: csvHint(file) });
  if (result.jsonError !== undefined) {
    return {
      ...result,
      problems: [{ path: '(file)', message: `is not valid JSON, nor CSV in a known template: ${result.jsonError}` }],
    };
  }
  return result;
}

/** One line per problem, as a compiler prints them: `FILE: path: message`. */
export function problemLines(file: string, result: ReadResult): string {
  return result.problems.map((p) => `${file}: ${p.path}: ${p.message}\n`).join('');
}
