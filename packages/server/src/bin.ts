#!/usr/bin/env node
// avantika-server: the platform server as a process. Opens PostgreSQL (DATABASE_URL) or the embedded PGlite data
// dir, applies migrations, imports a content pack when asked (unchanged content is skipped, so every start may pass
// it), then listens until SIGTERM/SIGINT.
import { parseArgs } from 'node:util';
import { createSqlDocumentStore } from './adapters/documents/sql-document-store.js';
import { createSearchIndexFromEnv } from './adapters/search/create-search-index-from-env.js';
import { createLogger } from './http/logger.js';
import { startServer } from './main.js';
import { createProblemDocuments } from './modules/content/content-documents.js';
import { importContent } from './modules/content/import-service.js';
import { resolveDataDir } from './server-env.js';
import { openStorageFromEnv } from './storage-from-env.js';

const usage = `Usage: avantika-server [--port 4870] [--host 127.0.0.1] [--data-dir DIR] [--seed CONTENT_DIR]

Runs the Avantika platform server. Environment: DATABASE_URL (PostgreSQL; default the embedded PGlite database in
the data dir), AVANTIKA_DATA_DIR, REDIS_URL, AVANTIKA_PORT, AVANTIKA_HOST, AVANTIKA_JWT_SECRET, AVANTIKA_SEED, LOG_LEVEL.
--seed (or AVANTIKA_SEED) imports a content pack (e.g. the repository's content/) before listening; unchanged content
is skipped. Admins can import it again later with POST /v1/admin/content/seed (avantika-admin seed --url).
`;

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    'data-dir': { type: 'string' },
    seed: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
  strict: true,
});
if (values.help) {
  process.stdout.write(usage);
  process.exit(0);
}
const env: NodeJS.ProcessEnv = { ...process.env };
if (values['data-dir']) env.AVANTIKA_DATA_DIR = values['data-dir'];
if (values.seed) env.AVANTIKA_SEED = values.seed;
const logger = createLogger();
const { sql } = await openStorageFromEnv(env, resolveDataDir(env), { migrate: true, logger });
try {
  const seed = values.seed ?? env.AVANTIKA_SEED;
  if (seed) {
    const store = createSqlDocumentStore(sql);
    const search = createSearchIndexFromEnv(env, sql);
    const report = await importContent(sql, createProblemDocuments(store, sql), { paths: [seed] }, { search }).finally(
      () => search.close(),
    );
    if (!report.ok) {
      logger.error({ issues: report.issues.slice(0, 20) }, 'the content pack has errors; nothing was imported');
      throw new Error(`content pack ${seed} has ${report.issues.length} error(s)`);
    }
    logger.info({ changed: report.changed, ms: Math.round(report.durationMs) }, 'content pack imported');
  }
  const running = await startServer({
    env,
    sql,
    migrate: false,
    logger,
    handleSignals: false,
    ...(values.port ? { port: Number(values.port) } : {}),
    ...(values.host ? { host: values.host } : {}),
  });
  // The database was opened here, so it is closed here, after the server has drained (PGlite flushes on close).
  const shutdown = async () => {
    await running.stop();
    await sql.close();
    logger.info('avantika-server stopped');
  };
  process.once('SIGTERM', () => void shutdown());
  process.once('SIGINT', () => void shutdown());
} catch (error) {
  logger.error({ err: error }, 'avantika-server failed to start');
  await sql.close();
  process.exitCode = 1;
}
