import type { Command } from 'commander';
import type { AdminIo } from '../admin-io.js';

/** Options every `users` and `tokens` subcommand accepts: where the database is and the output format. */
export interface AccountCommandOptions {
  readonly databaseUrl?: string;
  readonly dataDir?: string;
  readonly json?: boolean;
}

/** Options of `users list`. */
export interface UsersListOptions extends AccountCommandOptions {
  readonly role?: string;
  readonly active?: boolean;
  readonly inactive?: boolean;
  readonly search?: string;
  readonly limit?: string;
  readonly cursor?: string;
}

/** Help text shared by `users` and `tokens`. */
export const ACCOUNT_HELP =
  '\nThe database is --database-url (or DATABASE_URL); without one, the embedded PGlite database in --data-dir\n' +
  '(or AVANTIKA_DATA_DIR, else $XDG_DATA_HOME/avantika). <user> is an id, an email or a username.\n' +
  'Exit codes: 0 ok, 1 refused (e.g. revoking the last admin), 2 usage, 4 database unreachable, 5 user not found.';

/** Adds the database and output options every account subcommand takes. */
export function withDatabase(command: Command): Command {
  return command
    .option('--database-url <url>', 'PostgreSQL URL (default: DATABASE_URL, else the embedded database)')
    .option('--data-dir <dir>', 'Avantika data directory for the embedded database')
    .option('--json', 'print JSON instead of text');
}

/** Registers `avantika-admin users list|grant|revoke|deactivate|activate`. */
export function registerUsersCommand(program: Command, io: AdminIo): void {
  const users = program
    .command('users')
    .description('List accounts and manage their roles')
    .addHelpText('after', ACCOUNT_HELP);
  withDatabase(users.command('list').description('list accounts, oldest first'))
    .option('--role <role>', 'only users with this role (user, author, admin)')
    .option('--active', 'only active accounts')
    .option('--inactive', 'only deactivated accounts')
    .option('--search <text>', 'match part of the email or username')
    .option('--limit <n>', 'how many to show (1-100)', '50')
    .option('--cursor <cursor>', 'continue after a previous page (printed at its end)')
    .action(async (options: UsersListOptions) => {
      const { runUsersList } = await import('./account-run.js');
      await runUsersList(options, io);
    });
  for (const action of ['grant', 'revoke'] as const) {
    withDatabase(
      users
        .command(`${action} <user> <role>`)
        .description(action === 'grant' ? 'grant a role (author or admin)' : 'revoke a role (author or admin)'),
    ).action(async (user: string, role: string, options: AccountCommandOptions) => {
      const { runUsersRole } = await import('./account-run.js');
      await runUsersRole(action, user, role, options, io);
    });
  }
  for (const action of ['deactivate', 'activate'] as const) {
    withDatabase(
      users
        .command(`${action} <user>`)
        .description(
          action === 'deactivate'
            ? 'deactivate an account, revoke all its tokens and take it off the leaderboards'
            : 'reactivate an account and put it back on the leaderboards',
        ),
    )
      .option('--redis-url <url>', "the server's Redis (default: REDIS_URL), whose leaderboards are updated too")
      .action(async (user: string, options: AccountCommandOptions & { redisUrl?: string }) => {
        const { runUsersActive } = await import('./account-run.js');
        await runUsersActive(action, user, options, io);
      });
  }
}
