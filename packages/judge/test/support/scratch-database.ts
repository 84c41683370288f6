import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import pg from 'pg';

/** A freshly created PostgreSQL database for one test file, with the tables the judge reads and writes. */
export interface ScratchDatabase {
  url: string;
  pool: pg.Pool;
  drop(): Promise<void>;
}

/** Why PostgreSQL suites cannot run here, or null when they can; with CI=true a missing server is a failure. */
export async function postgresUnavailable(): Promise<string | null> {
  const url = process.env['DATABASE_URL'];
  if (!url) return 'DATABASE_URL is not set';
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
    return null;
  } catch (error) {
    return `PostgreSQL at DATABASE_URL is down: ${(error as Error).message}`;
  }
}

const migrationsDir = new URL('../../../../migrations/postgres/', import.meta.url);

/**
 * The real PostgreSQL migrations up to the judge's range (V1 … V29), in Flyway version order: the judge's tests run
 * on the schema the server builds, so V20 is checked against the storage and content migrations it depends on.
 */
export function judgeSchemaSql(): string {
  const files = readdirSync(migrationsDir)
    .map((f) => ({ f, v: /^V(\d+)__.+\.sql$/.exec(f)?.[1] }))
    .filter((x): x is { f: string; v: string } => x.v !== undefined && Number(x.v) <= 29)
    .sort((a, b) => Number(a.v) - Number(b.v));
  return files.map(({ f }) => readFileSync(new URL(f, migrationsDir), 'utf8')).join('\n;\n');
}

/** Creates a database named after the suite on DATABASE_URL's server and applies the judge schema. */
export async function createScratchDatabase(name: string): Promise<ScratchDatabase> {
  const base = new URL(process.env['DATABASE_URL']!);
  const dbName = `avj_${name}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base.href });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  await admin.end();
  const url = new URL(base.href);
  url.pathname = `/${dbName}`;
  const pool = new pg.Pool({ connectionString: url.href, max: 6 });
  // DROP DATABASE ... WITH (FORCE) at the end terminates idle clients; that is expected, not a test failure.
  pool.on('error', () => {});
  await pool.query(judgeSchemaSql());
  return {
    url: url.href,
    pool,
    async drop() {
      await pool.end();
      const c = new pg.Client({ connectionString: base.href });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await c.end();
    },
  };
}
