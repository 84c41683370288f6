import type { Command } from 'commander';
import type { AdminIo } from '../admin-io.js';
import { type AccountCommandOptions, withDatabase } from './users.js';

/** Options of `gamification rebuild`. */
export interface GamificationRebuildOptions extends AccountCommandOptions {
  readonly user?: string;
}

const HELP =
  '\nThe database is --database-url (or DATABASE_URL); without one, the embedded PGlite database in --data-dir\n' +
  '(or AVANTIKA_DATA_DIR, else $XDG_DATA_HOME/avantika).\n' +
  'Exit codes: 0 ok, 2 usage, 4 database unreachable.';

/** Registers `avantika-admin gamification rebuild`. */
export function registerGamificationCommand(program: Command, io: AdminIo): void {
  const gamification = program
    .command('gamification')
    .description('XP, streaks, badges and leaderboards')
    .addHelpText('after', HELP);
  withDatabase(
    gamification
      .command('rebuild')
      .description('recompute every user summary (XP, level, streaks, badges) and leaderboard total from the ledger'),
  )
    .option('--user <id>', 'only this user (a UUID)')
    .action(async (options: GamificationRebuildOptions) => {
      const { runGamificationRebuild } = await import('./gamification-run.js');
      await runGamificationRebuild(options, io);
    });
}
