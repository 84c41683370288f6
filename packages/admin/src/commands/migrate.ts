import type { Command } from 'commander';
import type { AdminIo } from '../admin-io.js';

/** Options every `migrate` subcommand accepts. */
export interface MigrateCommandOptions {
  readonly databaseUrl?: string;
  readonly dataDir?: string;
  readonly dir?: string;
  readonly json?: boolean;
  readonly outOfOrder?: boolean;
  readonly version?: string;
}

/** The `migrate` subcommands. */
export type MigrateAction = 'up' | 'info' | 'validate' | 'repair' | 'baseline';

const descriptions: Record<MigrateAction, string> = {
  up: 'apply pending migrations (each file in its own transaction)',
  info: 'list applied and pending migrations with their state',
  validate: 'check that applied files are unchanged and nothing is pending (exit 1 if not)',
  repair: 'remove failed history rows and realign checksums with the files on disk',
  baseline: 'mark an existing database as being at --version (default 1)',
};

/** Registers `avantika-admin migrate up|info|validate|repair|baseline`. */
export function registerMigrateCommand(program: Command, io: AdminIo): void {
  const migrate = program
    .command('migrate')
    .description('Flyway-compatible PostgreSQL migrations (migrations/postgres)')
    .addHelpText(
      'after',
      '\nThe database is --database-url (or DATABASE_URL); without one, the embedded PGlite database in --data-dir\n' +
        '(or AVANTIKA_DATA_DIR, else $XDG_DATA_HOME/avantika).\n' +
        'Exit codes: 0 ok, 1 failed or validation issues, 2 usage, 4 database unreachable, 5 migrations folder not found.',
    );
  for (const action of Object.keys(descriptions) as MigrateAction[]) {
    const sub = migrate
      .command(action)
      .description(descriptions[action])
      .option('--database-url <url>', 'PostgreSQL URL (default: DATABASE_URL, else the embedded database)')
      .option('--data-dir <dir>', 'Avantika data directory for the embedded database')
      .option('--dir <dir>', 'the migrations folder (default: the repository’s migrations/postgres)')
      .option('--json', 'print JSON instead of a table');
    if (action === 'up' || action === 'info') sub.option('--out-of-order', 'also apply versions older than the latest');
    if (action === 'baseline') sub.option('--version <version>', 'the baseline version', '1');
    sub.action(async (options: MigrateCommandOptions) => {
      const { runMigrate } = await import('./migrate-run.js');
      await runMigrate(action, options, io);
    });
  }
}
