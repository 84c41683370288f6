import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
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

// Until the storage (V1) and content (V10+) migrations land on main, the seed's tables the judge touches are created
// here in the seed's shape; V20 is the judge's real migration file.
const BASE_SCHEMA = `
CREATE TABLE users (id UUID PRIMARY KEY DEFAULT gen_random_uuid(), email TEXT);
CREATE TABLE problems (id UUID PRIMARY KEY DEFAULT gen_random_uuid(), slug VARCHAR(200) UNIQUE NOT NULL);
CREATE TABLE code_submissions (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id UUID NOT NULL REFERENCES users(id),
    problem_id UUID NOT NULL REFERENCES problems(id),
    language VARCHAR(50) NOT NULL,
    code TEXT NOT NULL,
    status VARCHAR(50) NOT NULL,
    runtime_ms INTEGER,
    memory_mb DECIMAL(8,2),
    test_cases_passed INTEGER DEFAULT 0,
    test_cases_total INTEGER DEFAULT 0,
    error_message TEXT,
    ai_feedback TEXT,
    submitted_at TIMESTAMPTZ DEFAULT NOW()
);
CREATE TABLE problem_versions (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    problem_id UUID NOT NULL REFERENCES problems(id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    content_hash TEXT NOT NULL,
    signature JSONB NOT NULL,
    comparator JSONB NOT NULL,
    limits JSONB NOT NULL,
    validator_source TEXT,
    visible_cases JSONB NOT NULL,
    hidden_cases JSONB NOT NULL,
    created_at TIMESTAMPTZ DEFAULT NOW(),
    UNIQUE (problem_id, version)
);`;

/** The base schema plus the judge's V20 migration, as SQL text (also used for PGlite). */
export function judgeSchemaSql(): string {
  const v20 = readFileSync(new URL('../../../../migrations/postgres/V20__judge_verdicts.sql', import.meta.url), 'utf8');
  return `${BASE_SCHEMA}\n${v20}`;
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
