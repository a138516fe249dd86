/** Reading an input file the way the elements read a `src`: CSV by its name, else JSON or CSV by its content. */
import { readFile } from 'node:fs/promises';
import { csvHint, readText, type ReadResult } from '../data/read.js';
import { problem, problemPlace, problemText } from '../data/problem.js';

export async function readInput(file: string): Promise<ReadResult> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    return { series: { meetings: [] }, problems: [problem('(file)', 'unreadable', { reason })] };
  }
  const result = readText(text, { csv: csvHint(file) });
  if (result.jsonError !== undefined) {
    return {
      ...result,
      problems: [problem('(file)', 'notJsonOrCsv', { detail: result.jsonError })],
    };
  }
  return result;
}

/** One line per problem, as a compiler prints them: `FILE: path: message`, in `lang` (English by default). */
export function problemLines(file: string, result: ReadResult, lang = 'en'): string {
  return result.problems.map((p) => `${file}: ${problemPlace(p, lang)}: ${problemText(p, lang)}\n`).join('');
}
