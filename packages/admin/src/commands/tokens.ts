import type { Command } from 'commander';
import type { AdminIo } from '../admin-io.js';
import { ACCOUNT_HELP, type AccountCommandOptions, withDatabase } from './with-database.js';

/** Registers `avantika-admin tokens create|revoke`. */
export function registerTokensCommand(program: Command, io: AdminIo): void {
  const tokens = program
    .command('tokens')
    .description('API tokens for the CLI and integrations')
    .addHelpText('after', ACCOUNT_HELP.replace('5 user not found', '5 user or token not found'));
  withDatabase(
    tokens.command('create <user>').description('create an API token for a user; the secret is printed once'),
  )
    .requiredOption('--name <name>', 'a label to recognise the token by')
    .option('--expires-in-days <days>', 'lifetime in days (default: no expiry)')
    .action(async (user: string, options: AccountCommandOptions & { name: string; expiresInDays?: string }) => {
      const { runTokensCreate } = await import('./account-run.js');
      await runTokensCreate(user, options, io);
    });
  withDatabase(tokens.command('revoke <tokenId>').description('revoke an API token by id')).action(
    async (tokenId: string, options: AccountCommandOptions) => {
      const { runTokensRevoke } = await import('./account-run.js');
      await runTokensRevoke(tokenId, options, io);
    },
  );
}
