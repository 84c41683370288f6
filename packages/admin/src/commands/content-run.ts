import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ProblemDocuments, SearchIndex, Sql } from '@avantika/server';
import type { AdminIo } from '../admin-io.js';
import { ExitError } from '../exit-error.js';
import type { ContentCommandOptions } from './content.js';
import { finishImport } from './finish-import.js';

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'EHOSTUNREACH', '3D000', '28P01', '28000']);

interface Stores {
  readonly sql: Sql;
  readonly docs: ProblemDocuments;
  /** ELASTICSEARCH_URL's index, else PostgreSQL full-text in `sql`. */
  readonly search: SearchIndex;
}

/** Opens the database (migrated to the latest version), its `problems` collection and the search index, runs `fn`, closes them. */
export async function withStores<T>(
  options: ContentCommandOptions,
  io: AdminIo,
  fn: (stores: Stores) => Promise<T>,
): Promise<T> {
  const server = await import('@avantika/server');
  let sql: Sql | undefined;
  try {
    sql = await server.openSql({
      databaseUrl: options.databaseUrl ?? io.env.DATABASE_URL,
      dataDir: options.dataDir ?? server.resolveDataDir(io.env),
    });
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
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'DATA_DIR_LOCKED') {
      // avantika-server (or `avantika server start`) holds the embedded database; PGlite allows one process.
      throw new ExitError(4, `the embedded database is in use (DATA_DIR_LOCKED): ${(error as Error).message}`, {
        code: 'DATA_DIR_LOCKED',
        cause: error,
        hint: 'a server is running on this data dir: go through it with --url http://127.0.0.1:4870 (and an admin token), or stop it first',
      });
    }
    if (typeof code === 'string' && NETWORK_CODES.has(code)) {
      throw new ExitError(4, `cannot reach the database: ${(error as Error).message}`, {
        code: 'UNAVAILABLE',
        cause: error,
      });
    }
    throw error;
  } finally {
    await sql?.close();
  }
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
