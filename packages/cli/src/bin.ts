#!/usr/bin/env node
// The only module that exits the process. `--version` and `--help` are answered before anything else is loaded so
// that the CLI's startup stays close to a bare `node -e 0`; every command module is imported on demand.
import { HELP_FILE, staticHelp } from './help/static-help.js';

declare const __AVANTIKA_VERSION__: string;

// A closed pipe (`avantika problems list | head`) is a normal way for a reader to stop, not a crash.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const argv = process.argv.slice(2);
// Help texts are precomputed at build time from commander's own output (dist/help.json; bin.test.ts keeps them equal).
const version = argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V');
const help = version ? undefined : staticHelp(argv, process.stdout, new URL(`./${HELP_FILE}`, import.meta.url));
if (version) {
  process.stdout.write(`${__AVANTIKA_VERSION__}\n`);
} else if (help !== undefined) {
  process.stdout.write(help);
} else {
  // V8's on-disk code cache roughly halves the cost of loading commander and the command table on later runs.
  (await import('node:module')).enableCompileCache?.();
  const { runCli } = await import('./run-cli.js');
  process.exitCode = await runCli(argv, { version: __AVANTIKA_VERSION__ });
}
