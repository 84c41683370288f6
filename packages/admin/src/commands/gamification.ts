import type { Command } from 'commander';
import type { AdminIo } from '../admin-io.js';
import { type AccountCommandOptions, withDatabase } from './with-database.js';

/** Options of `gamification rebuild`. */
export interface GamificationRebuildOptions extends AccountCommandOptions {
  readonly user?: string;
  readonly redisUrl?: string;
}

/** Options of `gamification snapshot`. */
export interface GamificationSnapshotOptions extends AccountCommandOptions {
  readonly period?: string;
  readonly at?: string;
}

const HELP =
  '\nThe database is --database-url (or DATABASE_URL); without one, the embedded PGlite database in --data-dir\n' +
  '(or AVANTIKA_DATA_DIR, else $XDG_DATA_HOME/avantika).\n' +
  "rebuild with Redis (--redis-url or REDIS_URL) then deletes the rebuilt users' streak:* hashes and rebuilds the\n" +
  'current Redis leaderboards; without it the Redis caches are not touched (the output says so).\n' +
  'Exit codes: 0 ok, 2 usage, 4 database or Redis unreachable.';

/** Registers `avantika-admin gamification rebuild|snapshot`. */
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
    .option('--redis-url <url>', "the server's Redis (default: REDIS_URL): clear streak caches, rebuild boards")
    .action(async (options: GamificationRebuildOptions) => {
      const { runGamificationRebuild } = await import('./gamification-run.js');
      await runGamificationRebuild(options, io);
    });
  withDatabase(
    gamification
      .command('snapshot')
      .description(
        'write the final standings of the last closed week and month to leaderboard_snapshots (re-running is a no-op)',
      ),
  )
    .option('--period <period>', 'only weekly or monthly (default: both)')
    .option('--at <iso>', 'take "last closed" as of this instant (default: now), e.g. 2026-12-01T00:00:00Z')
    .action(async (options: GamificationSnapshotOptions) => {
      const { runGamificationSnapshot } = await import('./gamification-snapshot-run.js');
      await runGamificationSnapshot(options, io);
    });
}
