/**
 * `meeting-viz validate [--lang L] FILE…`: checks data files (this library's JSON, TimelineJS JSON, CSV
 * in either template) with the elements' own reader. Each problem on its own line (`FILE: where:
 * what`), in English or in `--lang`'s words; exit status 1 when any file has one.
 */
import type { Command } from './main.js';
import { problemLines, readInput } from './files.js';
import { loadLang } from '../shared/lang.js';

const USAGE = 'usage: meeting-viz validate [--lang en|zh|ru|ar|fr|es] FILE…\n';

export const command: Command = {
  summary: '[--lang L] FILE…  check data files; one problem per line, exit status 1 on problems',
  async run(args) {
    const files: string[] = [];
    let lang = 'en';
    for (let i = 0; i < args.length; i++) {
      if (args[i] === '--lang') lang = args[++i] ?? '';
      else if (args[i].startsWith('--lang=')) lang = args[i].slice('--lang='.length);
      else files.push(args[i]);
    }
    if (!files.length || !lang) {
      process.stderr.write(USAGE);
      return 2;
    }
    // The words of a language other than English are a module of their own: load them first.
    await loadLang(lang);
    let problems = 0;
    for (const file of files) {
      const result = await readInput(file);
      problems += result.problems.length;
      process.stdout.write(problemLines(file, result, lang));
      const count = result.series.meetings.length;
      if (!result.problems.length)
        process.stdout.write(`${file}: ok, ${count} ${count === 1 ? 'meeting' : 'meetings'}\n`);
    }
    return problems ? 1 : 0;
  },
};
