#!/usr/bin/env node
// The only module that exits the process: it runs the command and maps what escapes to an exit code.
import { processIo } from './admin-io.js';

declare const __AVANTIKA_VERSION__: string;

const { runAdmin } = await import('./run-admin.js');
try {
  process.exitCode = await runAdmin(process.argv.slice(2), {
    version: typeof __AVANTIKA_VERSION__ === 'string' ? __AVANTIKA_VERSION__ : '0.0.0-dev',
    io: processIo(),
  });
} catch (error) {
  // Not an ExitError: a bug or an environment we did not foresee. Show the stack; it is for the operator.
  process.stderr.write(`avantika-admin: unexpected error\n${(error as Error)?.stack ?? String(error)}\n`);
  process.exitCode = 1;
}
