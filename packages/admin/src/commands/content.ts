import type { Command } from 'commander';
import type { AdminIo } from '../admin-io.js';

/** Options shared by the content commands. */
export interface ContentCommandOptions {
  readonly databaseUrl?: string;
  readonly dataDir?: string;
  readonly json?: boolean;
  readonly dryRun?: boolean;
  readonly verify?: boolean;
  readonly out?: string;
}

const WHERE =
  '\nThe database is --database-url (or DATABASE_URL); without one, the embedded PGlite database in --data-dir\n' +
  '(or AVANTIKA_DATA_DIR, else $XDG_DATA_HOME/avantika). Pending migrations are applied first.\n';
const FORMAT = 'Formats: docs/content-format.md and docs/problem-format.md.\n';

function withDatabase(command: Command): Command {
  return command
    .option('--database-url <url>', 'PostgreSQL URL (default: DATABASE_URL, else the embedded database)')
    .option('--data-dir <dir>', 'Avantika data directory for the embedded database')
    .option('--json', 'print the report as JSON');
}

/** Registers `avantika-admin import <path...>`. */
export function registerImportCommand(program: Command, io: AdminIo): void {
  withDatabase(
    program
      .command('import')
      .description('validate a content pack (or folders/files of one) and import it in one transaction')
      .argument(
        '<path...>',
        'a pack root (content/), a problems/, mcq/ or paths/ folder, a problem folder or a YAML file',
      )
      .option('--dry-run', 'validate and report what would change; write nothing')
      .option('--verify', 'run every reference solution and starter through the judge first'),
  )
    .addHelpText(
      'after',
      `${WHERE}Every error is listed with file:line:column, field and code; nothing is written if there is one.\n` +
        `Re-importing unchanged files reports 0 changed; a changed problem gets a new version.\n${FORMAT}` +
        'Exit codes: 0 imported, 1 content rejected (or --verify failed), 2 usage, 4 database unreachable.',
    )
    .action(async (paths: string[], options: ContentCommandOptions) => {
      const { runImport } = await import('./content-run.js');
      await runImport(paths, options, io);
    });
}

/** Registers `avantika-admin export [--out dir]`. */
export function registerExportCommand(program: Command, io: AdminIo): void {
  withDatabase(
    program
      .command('export')
      .description('write the database’s content back as a pack in the import format')
      .option('--out <dir>', 'the folder to write (created if missing)', 'content-export'),
  )
    .addHelpText(
      'after',
      `${WHERE}Importing an export changes nothing.\n${FORMAT}Exit codes: 0 ok, 2 usage, 4 database unreachable.`,
    )
    .action(async (options: ContentCommandOptions) => {
      const { runExport } = await import('./content-run.js');
      await runExport(options, io);
    });
}

/** Registers `avantika-admin seed`. */
export function registerSeedCommand(program: Command, io: AdminIo): void {
  withDatabase(
    program
      .command('seed')
      .description('import the bundled content pack: topics, plans, badges, problems, MCQ sets, paths (idempotent)')
      .option('--dry-run', 'validate and report what would change; write nothing')
      .option('--verify', 'run every reference solution and starter through the judge first'),
  )
    .addHelpText(
      'after',
      `${WHERE}The pack is the repository's content/ folder, or AVANTIKA_CONTENT_DIR.\n` +
        'Exit codes: 0 seeded, 1 content rejected, 2 usage, 4 database unreachable.',
    )
    .action(async (options: ContentCommandOptions) => {
      const { runSeed } = await import('./content-run.js');
      await runSeed(options, io);
    });
}
