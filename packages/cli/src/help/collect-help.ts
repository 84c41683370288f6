import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { buildProgram, runCli } from '../run-cli.js';
import type { HelpTable } from './static-help.js';

/** Every command path of the program, the program itself first as `[]`. */
export function commandPaths(program: Command): string[][] {
  const walk = (cmd: Command, prefix: string[]): string[][] =>
    cmd.commands.flatMap((sub) => {
      const path = [...prefix, sub.name()];
      return [path, ...walk(sub, path)];
    });
  return [[], ...walk(program, [])];
}

function captureContext(): CliContext & { readonly text: () => string } {
  let out = '';
  const sink = { isTTY: false, write: (chunk: string) => (out += chunk) };
  return {
    stdout: sink,
    stderr: { isTTY: false, write: () => true },
    stdin: process.stdin,
    env: { NO_COLOR: '1' },
    cwd: process.cwd(),
    version: '0.0.0',
    text: () => out,
  };
}

/** Runs `<path> --help` through commander for every command path and returns what it printed, keyed by path. */
export async function collectHelp(): Promise<HelpTable> {
  const table: Record<string, string> = {};
  for (const path of commandPaths(buildProgram(captureContext()))) {
    const ctx = captureContext();
    const code = await runCli([...path, '--help'], { version: ctx.version, context: ctx });
    if (code !== 0) throw new Error(`avantika ${path.join(' ')} --help exited ${code}`);
    table[path.join(' ')] = ctx.text();
  }
  return table;
}
