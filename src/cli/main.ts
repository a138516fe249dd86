/**
 * `meeting-viz <command> [options]`: each command is a module loaded only when it runs, so
 * `render` (and its rasteriser) costs nothing to the other commands.
 */
export interface Command {
  /** One line for `meeting-viz help`. */
  summary: string;
  /** Runs with the arguments after the command name; resolves to the exit code. */
  run(args: string[]): Promise<number>;
}

const commands: Record<string, () => Promise<Command>> = {
  render: () => import('./render.js'),
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const load = name ? commands[name] : undefined;
  if (!load) {
    const lines = await Promise.all(Object.entries(commands).map(async ([key, get]) => `  ${key.padEnd(10)} ${(await get()).summary}`));
    const out = name && name !== 'help' && name !== '--help' ? console.error : console.log;
    if (name && name !== 'help' && name !== '--help') out(`meeting-viz: unknown command "${name}"`);
    out(`Usage: meeting-viz <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nmeeting-viz <command> --help shows a command's options.`);
    return name && name !== 'help' && name !== '--help' ? 2 : 0;
  }
  return (await load()).run(args);
}
