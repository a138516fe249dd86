/**
 * `meeting-viz validate FILE…`: checks data files (this library's JSON, TimelineJS JSON, CSV in either
 * template) with the elements' own reader. Each problem on its own line (`FILE: where: what`); exit
 * status 1 when any file has one.
 */
import type { Command } from './main.js';
import { problemLines, readInput } from './files.js';

export const command: Command = {
  summary: 'FILE…  check data files; one problem per line, exit status 1 on problems',
  async run(files) {
    if (!files.length) {
      process.stderr.write('usage: meeting-viz validate FILE…\n');
      return 2;
    }
    let problems = 0;
    for (const file of files) {
      const result = await readInput(file);
      problems += result.problems.length;
      process.stdout.write(problemLines(file, result));
      const count = result.series.meetings.length;
      if (!result.problems.length)
        process.stdout.write(`${file}: ok, ${count} ${count === 1 ? 'meeting' : 'meetings'}\n`);
    }
    return problems ? 1 : 0;
  },
};
