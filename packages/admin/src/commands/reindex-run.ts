import type { AdminIo } from '../admin-io.js';
import { ExitError } from '../exit-error.js';
import { withStores } from './content-run.js';
import type { ReindexOptions } from './reindex.js';

// Connection failures of the Elasticsearch client carry these names rather than a socket error code.
const UNREACHABLE = new Set(['ConnectionError', 'TimeoutError', 'NoLivingConnectionsError']);

/** `avantika-admin reindex`: rebuilds the configured search index from the database and prints the counts. */
export async function runReindex(options: ReindexOptions, io: AdminIo): Promise<void> {
  const server = await import('@avantika/server');
  const report = await withStores(options, io, async ({ sql, docs, search }) => {
    try {
      return await server.syncSearchIndex(search, sql, docs, 'all');
    } catch (error) {
      if (!UNREACHABLE.has((error as Error).name)) throw error;
      throw new ExitError(4, `cannot reach Elasticsearch: ${(error as Error).message}`, {
        code: 'UNAVAILABLE',
        cause: error,
        hint: 'check ELASTICSEARCH_URL, or unset it to use the PostgreSQL index',
      });
    }
  });
  if (options.json) {
    io.stdout(`${JSON.stringify(report)}\n`);
    return;
  }
  const { indexed } = report;
  io.stdout(
    `Reindexed (${report.index}): ${indexed.problem} problem(s), ${indexed.mcq_set} MCQ set(s), ${indexed.path} path(s); ${report.deleted} removed.\n`,
  );
}
