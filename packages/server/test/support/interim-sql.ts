// Interim test storage until the storage area's openScratchSql and V1–V9 land on main: a PGlite-backed Sql with the
// seed tables the auth code touches, plus this area's V30+ migrations read from migrations/postgres.
import { readdirSync, readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { Sql } from '../../src/adapters/sql/sql.js';

const SEED_SUBSET = `
CREATE TABLE tenants (id UUID PRIMARY KEY DEFAULT gen_random_uuid(), name VARCHAR(255) NOT NULL,
  slug VARCHAR(100) UNIQUE NOT NULL, domain VARCHAR(255) UNIQUE, logo_url TEXT, plan VARCHAR(50) DEFAULT 'enterprise',
  max_seats INTEGER DEFAULT 100, settings JSONB DEFAULT '{}', is_active BOOLEAN DEFAULT true,
  created_at TIMESTAMPTZ DEFAULT NOW());
CREATE TABLE users (id UUID PRIMARY KEY DEFAULT gen_random_uuid(), email VARCHAR(255) UNIQUE NOT NULL,
  username VARCHAR(100) UNIQUE NOT NULL, full_name VARCHAR(255) NOT NULL, avatar_url TEXT, bio TEXT,
  years_experience INTEGER DEFAULT 0, current_job_role VARCHAR(100), target_role VARCHAR(100),
  target_company VARCHAR(100), linkedin_url TEXT, github_url TEXT, country VARCHAR(100),
  timezone VARCHAR(50) DEFAULT 'UTC', tier VARCHAR(20) DEFAULT 'free', tenant_id UUID REFERENCES tenants(id),
  is_active BOOLEAN DEFAULT true, is_email_verified BOOLEAN DEFAULT false, onboarding_completed BOOLEAN DEFAULT false,
  created_at TIMESTAMPTZ DEFAULT NOW(), updated_at TIMESTAMPTZ DEFAULT NOW(), last_login_at TIMESTAMPTZ);
CREATE TABLE user_credentials (id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE, provider VARCHAR(50) NOT NULL,
  provider_id VARCHAR(255), password_hash TEXT, created_at TIMESTAMPTZ DEFAULT NOW(), UNIQUE(provider, provider_id));
CREATE TABLE refresh_tokens (id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE, token_hash TEXT NOT NULL,
  expires_at TIMESTAMPTZ NOT NULL, revoked BOOLEAN DEFAULT false, device_info JSONB, created_at TIMESTAMPTZ DEFAULT NOW());
`;

function wrap(db: PGlite): Sql {
  const run = async (q: Pick<PGlite, 'query'>, text: string, params?: readonly unknown[]) => {
    const result = await q.query<never>(text, params as unknown[] | undefined);
    return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
  };
  return {
    kind: 'pglite',
    raw: db,
    query: (text, params) => run(db, text, params),
    transaction: (fn) =>
      db.transaction((tx) =>
        fn({
          raw: tx,
          query: (text, params) => run(tx as unknown as PGlite, text, params),
          exec: async (text) => {
            await tx.exec(text);
          },
        }),
      ),
    exec: async (text) => {
      await db.exec(text);
    },
    close: () => db.close(),
  } as Sql;
}

/** Opens an in-memory PGlite with the seed subset and every V30+ migration applied. */
export async function openInterimSql(): Promise<Sql> {
  const db = new PGlite();
  await db.exec(SEED_SUBSET);
  const dir = new URL('../../../../migrations/postgres/', import.meta.url);
  const files = readdirSync(dir)
    .filter((name) => /^V3[0-4]__/.test(name))
    .sort((a, b) => Number(a.slice(1).split('__')[0]) - Number(b.slice(1).split('__')[0]));
  for (const file of files) await db.exec(readFileSync(new URL(file, dir), 'utf8'));
  return wrap(db);
}
