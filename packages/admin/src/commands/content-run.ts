import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ProblemDocuments, SearchIndex, Sql } from '@avantika/server';
import type { AdminIo } from '../admin-io.js';
import { ExitError } from '../exit-error.js';
import { withAdminSql } from '../with-admin-sql.js';
import type { ContentCommandOptions } from './content.js';
import { finishImport } from './finish-import.js';

interface Stores {
  readonly sql: Sql;
  readonly docs: ProblemDocuments;
  /** ELASTICSEARCH_URL's index, else PostgreSQL full-text in `sql`. */
  readonly search: SearchIndex;
}

/** Opens the database (migrated to the latest version), its `problems` collection and the search index, runs `fn`, closes them. */
export function withStores<T>(
  options: ContentCommandOptions,
  io: AdminIo,
  fn: (stores: Stores) => Promise<T>,
): Promise<T> {
  return withAdminSql(options, io, async (sql, server) => {
    await server.migrate(sql, { dir: server.findMigrationsDir() });
    const store = io.env.MONGODB_URL
      ? await server.createMongoDocumentStore({ url: io.env.MONGODB_URL })
      : server.createSqlDocumentStore(sql);
    const search = server.createSearchIndexFromEnv(io.env, sql);
    try {
      return await fn({ sql, docs: server.createProblemDocuments(store, sql), search });
    } finally {
      await search.close();
      await store.close();
    }
  });
}

/** `avantika-admin import <path...>`: validates everything, then imports in one transaction. */
export async function runImport(paths: readonly string[], options: ContentCommandOptions, io: AdminIo): Promise<void> {
  const server = await import('@avantika/server');
  const report = await withStores(options, io, ({ sql, docs, search }) =>
    server.importContent(
      sql,
      docs,
      { paths },
      {
        search,
        dryRun: options.dryRun ?? false,
        verify: options.verify ?? false,
        // Verification takes minutes on a full pack; say which problem it is on (stderr, so --json stays clean).
        onProgress: (e) => {
          if (e.step === 'verify') io.stderr(`verifying ${e.slug} (${e.done + 1}/${e.total})\n`);
        },
      },
    ),
  );
  finishImport(report, options, io);
}

/** `avantika-admin export [--out dir]`: writes the database's content back in the import format. */
export async function runExport(options: ContentCommandOptions, io: AdminIo): Promise<void> {
  const server = await import('@avantika/server');
  const report = await withStores(options, io, ({ sql, docs }) =>
    server.exportContent(sql, docs, resolve(options.out ?? 'content-export')),
  );
  if (options.json) io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  else {
    io.stdout(
      `Exported ${report.problems} problem(s), ${report.mcqSets} MCQ set(s) and ${report.paths} path(s) to ${report.outDir}\n`,
    );
  }
}

/**
 * The bundled content pack: AVANTIKA_CONTENT_DIR, else the nearest `content/` with a topics.yaml above this module
 * (the repository's, from src/ or dist/).
 */
export function findBundledContent(env: NodeJS.ProcessEnv, from = dirname(fileURLToPath(import.meta.url))): string {
  if (env.AVANTIKA_CONTENT_DIR) return resolve(env.AVANTIKA_CONTENT_DIR);
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'content', 'topics.yaml'))) return join(dir, 'content');
  }
  throw new ExitError(5, 'the bundled content pack was not found', {
    code: 'NOT_FOUND',
    hint: 'set AVANTIKA_CONTENT_DIR to a content/ folder',
  });
}

/** `avantika-admin seed`: imports the bundled pack; running it twice changes nothing. */
export async function runSeed(options: ContentCommandOptions, io: AdminIo): Promise<void> {
  await runImport([findBundledContent(io.env)], options, io);
}
