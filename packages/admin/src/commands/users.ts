import type { Command } from 'commander';
import type { AdminIo } from '../admin-io.js';
import { ACCOUNT_HELP, type AccountCommandOptions, withDatabase } from './with-database.js';

/** Options of `users list`. */
export interface UsersListOptions extends AccountCommandOptions {
  readonly role?: string;
  readonly active?: boolean;
  readonly inactive?: boolean;
  readonly search?: string;
  readonly limit?: string;
  readonly cursor?: string;
}

/** Options of `users bootstrap`. */
export interface UsersBootstrapOptions {
  readonly url: string;
  readonly secretFile?: string;
  readonly dataDir?: string;
  readonly tokenStdin?: boolean;
  readonly json?: boolean;
}

const BOOTSTRAP_HELP =
  '\nA server started with no admin writes a one-time secret to <data dir>/admin-bootstrap-secret (mode 0600; the\n' +
  'path is in its startup log). Sign up, make an API token (POST /v1/auth/tokens), then run this on the server host\n' +
  'with your token in AVANTIKA_TOKEN or on stdin: you become admin and the secret is burnt.\n' +
  'Exit codes: 0 you are admin, 1 bootstrap closed (an admin exists, or the secret was used), 2 usage,\n' +
  '3 wrong secret or token, 4 server unreachable, 5 no secret file.';

/** Registers `avantika-admin users list|grant|revoke|deactivate|activate|bootstrap`. */
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
  users
    .command('bootstrap')
    .description('become the first admin of a running server with its one-time secret (works once)')
    .requiredOption('--url <server>', 'the server, e.g. http://127.0.0.1:4870')
    .option('--secret-file <file>', 'the secret file (default: <data dir>/admin-bootstrap-secret)')
    .option('--data-dir <dir>', 'the server’s data directory (default: AVANTIKA_DATA_DIR, else the XDG data dir)')
    .option('--token-stdin', 'read your API token from stdin (default: AVANTIKA_TOKEN)')
    .option('--json', 'print the updated user as JSON')
    .addHelpText('after', BOOTSTRAP_HELP)
    .action(async (options: UsersBootstrapOptions) => {
      const { runUsersBootstrap } = await import('./users-bootstrap-run.js');
      await runUsersBootstrap(options, io);
    });
}
