import type { Command } from 'commander';
import type { AdminIo } from '../admin-io.js';
import { UsageError } from '../exit-error.js';

/** Options shared by the content commands. */
export interface ContentCommandOptions {
  readonly databaseUrl?: string;
  readonly dataDir?: string;
  readonly json?: boolean;
  readonly dryRun?: boolean;
  readonly verify?: boolean;
  readonly out?: string;
  /** An Avantika server to work on through the admin API instead of a database. */
  readonly url?: string;
  readonly tokenStdin?: boolean;
}

const WHERE =
  '\nThe database is --database-url (or DATABASE_URL); without one, the embedded PGlite database in --data-dir\n' +
  '(or AVANTIKA_DATA_DIR, else $XDG_DATA_HOME/avantika). Pending migrations are applied first.\n';
const FORMAT = 'Formats: docs/content-format.md and docs/problem-format.md.\n';
const REMOTE =
  'With --url the command works on a running server through its admin API (the token of a user with the admin\n' +
  'role from --token-stdin or AVANTIKA_TOKEN) instead of opening a database: use it while avantika-server runs on\n' +
  'the embedded database, which only one process can open.\n';

/** --url excludes the database options; returns true when the command should go through the API. */
function isRemote(options: ContentCommandOptions): boolean {
  if (!options.url) return false;
  if (options.databaseUrl || options.dataDir) {
    throw new UsageError('--url works through the server; drop --database-url/--data-dir');
  }
  return true;
}

function withDatabase(command: Command): Command {
  return command
    .option('--database-url <url>', 'PostgreSQL URL (default: DATABASE_URL, else the embedded database)')
    .option('--data-dir <dir>', 'Avantika data directory for the embedded database')
    .option('--json', 'print the report as JSON')
    .option('--url <server>', 'work on a running server through its admin API (e.g. http://127.0.0.1:4870)')
    .option('--token-stdin', 'with --url: read the admin API token from stdin (default: AVANTIKA_TOKEN)');
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
        `Re-importing unchanged files reports 0 changed; a changed problem gets a new version.\n${FORMAT}${REMOTE}` +
        'With --url, generate.mjs and --verify run on this machine and the generated cases are uploaded (the server\n' +
        'runs no uploaded code, so a problem with a validator.ts must be imported on the server host).\n' +
        'Exit codes: 0 imported, 1 content rejected (or --verify failed), 2 usage, 3 not an admin (--url),\n' +
        '4 database or server unreachable.',
    )
    .action(async (paths: string[], options: ContentCommandOptions) => {
      if (isRemote(options)) return (await import('./content-remote.js')).runRemoteImport(paths, options, io);
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
      `${WHERE}Importing an export changes nothing.\n${FORMAT}${REMOTE}` +
        'Exit codes: 0 ok, 2 usage, 3 not an admin (--url), 4 database or server unreachable.',
    )
    .action(async (options: ContentCommandOptions) => {
      if (isRemote(options)) return (await import('./content-remote.js')).runRemoteExport(options, io);
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
      `${WHERE}The pack is the repository's content/ folder, or AVANTIKA_CONTENT_DIR.\n${REMOTE}` +
        'With --url the server imports its own pack (avantika-server --seed <dir> or AVANTIKA_SEED).\n' +
        'Exit codes: 0 seeded, 1 content rejected, 2 usage, 3 not an admin (--url), 4 database or server\n' +
        'unreachable, 5 no pack (the server has none configured).',
    )
    .action(async (options: ContentCommandOptions) => {
      if (isRemote(options)) return (await import('./content-remote.js')).runRemoteSeed(options, io);
      const { runSeed } = await import('./content-run.js');
      await runSeed(options, io);
    });
}
