/**
 * `meeting-viz <command> …`: each command is a module loaded when it is asked for, with a
 * `run(args)` that resolves to the exit status. Add a command by adding a line to the table.
 */
export interface Command {
  /** One line for the usage text. */
  summary: string;
  run(args: string[]): Promise<number>;
}

const COMMANDS: Record<string, () => Promise<{ command: Command }>> = {
  convert: () => import('./convert.js'),
  validate: () => import('./validate.js'),
  render: async () => ({ command: await import('./render.js') }),
};

export async function main(args: string[]): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    const lines = await Promise.all(
      Object.entries(COMMANDS).map(async ([key, load]) => `  ${key.padEnd(9)}${(await load()).command.summary}`),
    );
    process.stdout.write(`Usage: meeting-viz <command> [options]\n\nCommands:\n${lines.join('\n')}\n`);
    return name === undefined ? 2 : 0;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) {
    process.stderr.write(`meeting-viz: unknown command "${name}" (commands: ${Object.keys(COMMANDS).join(', ')})\n`);
    return 2;
  }
  return (await load()).command.run(rest);
}

// `meeting-viz convert x.csv | head`: a reader that stops early is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
process.exitCode = await main(process.argv.slice(2));
