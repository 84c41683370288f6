import type { Command } from 'commander';
import type { DatabaseOptions } from '../with-admin-sql.js';

// Kept apart from users.ts so that tokens and gamification share these without importing another command group.

/** Options every `users` and `tokens` subcommand accepts: where the database is and the output format. */
export interface AccountCommandOptions extends DatabaseOptions {
  readonly json?: boolean;
}

/** Help text shared by `users` and `tokens`. */
export const ACCOUNT_HELP =
  '\nThe database is --database-url (or DATABASE_URL); without one, the embedded PGlite database in --data-dir\n' +
  '(or AVANTIKA_DATA_DIR, else $XDG_DATA_HOME/avantika). <user> is an id, an email or a username.\n' +
  'Exit codes: 0 ok, 1 refused (e.g. revoking the last admin), 2 usage, 4 database or Redis unreachable or the\n' +
  'database held by a running server (DATA_DIR_LOCKED: make the first admin with `users bootstrap --url`),\n' +
  '5 user not found.';

/** Adds the database and output options every account subcommand takes. */
export function withDatabase(command: Command): Command {
  return command
    .option('--database-url <url>', 'PostgreSQL URL (default: DATABASE_URL, else the embedded database)')
    .option('--data-dir <dir>', 'Avantika data directory for the embedded database')
    .option('--json', 'print JSON instead of text');
}
