import { Command, CommanderError } from 'commander';

/** Options the entry point passes to the CLI. */
export interface RunCliOptions {
  readonly version: string;
}

/** Parses `argv` (without node and the script) and runs the command; resolves to the process exit code. */
export async function runCli(argv: readonly string[], options: RunCliOptions): Promise<number> {
  const program = new Command('avantika')
    .description('Practise coding interviews from your terminal.')
    .version(options.version, '-V, --version')
    .exitOverride()
    .showSuggestionAfterError(true);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : 2;
    }
    throw error;
  }
}
