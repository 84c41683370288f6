import { readdirSync, readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import type { AdminIo } from './admin-io.js';
import { ExitError } from './exit-error.js';

/** Options the entry point passes to {@link runAdmin}. */
export interface RunAdminOptions {
  readonly version: string;
  readonly io: AdminIo;
}

type Register = (program: Command, io: AdminIo) => void;

const REGISTER = /\bfunction register\w*Command\b/;

// Each command group is one file in commands/ exporting register<Name>Command, so areas add commands without
// touching a shared list. Only registration modules are imported (found by their text, so a helper module that
// loads the whole server is never imported just to print --help); actions import their heavy parts lazily.
async function registerCommands(program: Command, io: AdminIo): Promise<void> {
  const dir = new URL('./commands/', import.meta.url);
  const files = readdirSync(dir)
    .filter((f) => /\.(js|ts)$/.test(f) && !/\.(test|d)\.ts$/.test(f))
    .filter((f) => REGISTER.test(readFileSync(new URL(f, dir), 'utf8')))
    .sort();
  for (const file of files) {
    const mod = (await import(new URL(file, dir).href)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (/^register\w*Command$/.test(name) && typeof value === 'function') (value as Register)(program, io);
    }
  }
}

/** Parses `argv` (without node and the script), runs the command and resolves to the documented exit code. */
export async function runAdmin(argv: readonly string[], options: RunAdminOptions): Promise<number> {
  const { io } = options;
  const program = new Command('avantika-admin')
    .description('Operate an Avantika installation: migrations, content, search, users.')
    .version(options.version, '-V, --version')
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  await registerCommands(program, io);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof ExitError) {
      io.stderr(`avantika-admin: ${error.message}\n`);
      if (error.hint) io.stderr(`  next: ${error.hint}\n`);
      return error.exitCode;
    }
    throw error;
  }
}
