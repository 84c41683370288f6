import type { AdminIo } from '../../src/admin-io.js';
import { runAdmin } from '../../src/run-admin.js';

/**
 * An AdminIo that records what a command writes; `env` is all the command sees of the environment, `stdin` (when
 * given) what it reads from standard input.
 */
export function captureIo(
  env: NodeJS.ProcessEnv = {},
  stdin?: string,
): AdminIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: (t) => {
      out += t;
    },
    stderr: (t) => {
      err += t;
    },
    env,
    ...(stdin === undefined ? {} : { stdin: async () => stdin }),
    out: () => out,
    err: () => err,
  };
}

/** Runs `avantika-admin <argv>` as a function with `io`, answering its exit code. */
export function runAdminCommand(argv: string[], io: AdminIo): Promise<number> {
  return runAdmin(argv, { version: '0.0.0-test', io });
}
