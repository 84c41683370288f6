import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { findMigrationsDir } from '../../migrations/find-migrations-dir.js';
import { migrate } from '../../migrations/migrate.js';
import { resolveMigrations } from '../../migrations/resolve-migrations.js';
import { isProcessAlive } from './data-dir-lock.js';
import { startPglite, wrapPglite } from './pglite-sql.js';
import { createPostgresSql } from './postgres-sql.js';
import type { Sql } from './sql.js';

let template: Promise<Blob> | undefined;

// The cache key covers the PGlite build and every migration's name and checksum, so a changed file or a PGlite
// upgrade builds a fresh template instead of reusing a stale one.
function templateKey(dir: string): string {
  const hash = createHash('sha256');
  const require = createRequire(import.meta.url);
  // The resolved path names the installed version (pnpm's store path); its size catches an in-place rebuild.
  const entry = require.resolve('@electric-sql/pglite');
  hash.update(`${entry}:${statSync(entry).size}\n`);
  for (const m of resolveMigrations(dir)) hash.update(`${m.script}:${m.checksum}\n`);
  return hash.digest('hex').slice(0, 16);
}

// Cold-starting PGlite and migrating takes seconds; a migrated data-dir tarball loads in a fraction of that. It is
// built once per process and cached in the temp folder across processes (a worker per test file).
async function migratedTemplate(): Promise<Blob> {
  const dir = findMigrationsDir();
  const file = join(tmpdir(), `avantika-pglite-template-${templateKey(dir)}.tar`);
  const cached = await awaitOtherBuilder(file);
  if (cached) return cached;
  const db = await startPglite();
  try {
    await migrate(wrapPglite(db), { dir });
    const dump = await db.dumpDataDir('none');
    const bytes = new Uint8Array(await dump.arrayBuffer());
    const partial = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    writeFileSync(partial, bytes);
    renameSync(partial, file); // atomic, so a concurrent process never reads half a template
    removeStaleTemplates(file);
    return new Blob([bytes]);
  } finally {
    rmSync(`${file}.lock`, { force: true });
    await db.close();
  }
}

// Another worktree's run may prune an old template between the check and the read; then we build our own.
function readIfExists(file: string): Blob | null {
  try {
    return new Blob([readFileSync(file)]);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

// Test files start in parallel workers; one builds the template while the others wait for its file instead of
// each spending seconds building the same thing. Returns the template, or null when this process should build it.
async function awaitOtherBuilder(file: string): Promise<Blob | null> {
  const lock = `${file}.lock`;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const cached = readIfExists(file);
    if (cached) return cached;
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
      return null;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(lock, 'utf8') || 0);
      if (!holder || !isProcessAlive(holder))
        rmSync(lock, { force: true }); // its builder died
      else await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return null; // the builder is stuck; build our own
}

// Templates of older migration sets are 40 MB each; drop those not touched for an hour.
function removeStaleTemplates(keep: string): void {
  for (const name of readdirSync(tmpdir())) {
    const path = join(tmpdir(), name);
    if (!name.startsWith('avantika-pglite-template-') || path === keep) continue;
    try {
      if (Date.now() - statSync(path).mtimeMs > 3_600_000) rmSync(path, { force: true });
    } catch {
      // Another process removed it first.
    }
  }
}

function databaseUrlFor(base: string, database: string): string {
  const url = new URL(base);
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * A migrated throwaway database for tests: `'pglite'` is an in-memory PGlite cloned from a migrated template;
 * `'postgres'` is a freshly created database `avantika_t_<random>` on `DATABASE_URL`'s server, dropped on close.
 */
export async function openScratchSql(kind: 'pglite' | 'postgres'): Promise<Sql> {
  if (kind === 'pglite') {
    template ??= migratedTemplate();
    return wrapPglite(await startPglite({ loadDataDir: await template }));
  }
  const scratch = await createScratchDatabase();
  const sql = createPostgresSql({ connectionString: scratch.url, max: 5, onClose: scratch.drop });
  try {
    await migrate(sql, { dir: findMigrationsDir() });
  } catch (error) {
    await sql.close();
    throw error;
  }
  return sql;
}

/** Creates an empty (unmigrated) database on `DATABASE_URL`'s server; tests of the runner start from nothing. */
export async function createScratchDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const base = process.env.DATABASE_URL;
  if (!base) throw new Error('createScratchDatabase needs DATABASE_URL');
  const name = `avantika_t_${randomBytes(6).toString('hex')}`;
  const run = async (text: string) => {
    const client = new pg.Client({ connectionString: base });
    await client.connect();
    try {
      await client.query(text);
    } finally {
      await client.end();
    }
  };
  await run(`CREATE DATABASE ${name}`);
  return { url: databaseUrlFor(base, name), drop: () => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
