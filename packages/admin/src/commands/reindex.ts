import type { Command } from 'commander';
import type { AdminIo } from '../admin-io.js';

/** Options of `avantika-admin reindex`. */
export interface ReindexOptions {
  readonly databaseUrl?: string;
  readonly dataDir?: string;
  readonly json?: boolean;
}

/** Registers `avantika-admin reindex`. */
export function registerReindexCommand(program: Command, io: AdminIo): void {
  program
    .command('reindex')
    .description('rebuild the search index (problems, MCQ sets, learning paths) from the database')
    .option('--database-url <url>', 'PostgreSQL URL (default: DATABASE_URL, else the embedded database)')
    .option('--data-dir <dir>', 'Avantika data directory for the embedded database')
    .option('--json', 'print the counts as JSON')
    .addHelpText(
      'after',
      '\nThe index is Elasticsearch 8 at ELASTICSEARCH_URL (index ELASTICSEARCH_INDEX, default avantika-search) when\n' +
        'set, else the PostgreSQL full-text table in the same database. Published content is written, anything else\n' +
        'the index holds for these kinds is removed; running it twice changes nothing the second time. Imports keep\n' +
        'the index current by themselves: reindex after switching to Elasticsearch or when an import reported\n' +
        '"search index not updated". The embedded database allows one process: stop a server running on it first.\n' +
        'Exit codes: 0 done, 2 usage, 4 database or Elasticsearch unreachable.',
    )
    .action(async (options: ReindexOptions) => {
      const { runReindex } = await import('./reindex-run.js');
      await runReindex(options, io);
    });
}
