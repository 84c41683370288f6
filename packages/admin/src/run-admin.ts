import { Command, CommanderError } from 'commander';
import type { AdminIo } from './admin-io.js';
import { commandRegistry } from './command-registry.js';
import { ExitError } from './exit-error.js';

/** Options the entry point passes to {@link runAdmin}. */
export interface RunAdminOptions {
  readonly version: string;
  readonly io: AdminIo;
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
  for (const register of commandRegistry) register(program, io);
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
