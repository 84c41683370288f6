import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import { openScratchSql } from '../../src/adapters/sql/open-scratch-sql.js';
import type { Sql } from '../../src/adapters/sql/sql.js';
import { type AppConfig, buildApp } from '../../src/app.js';
import { type StorageKind, TEST_JWT_SECRET } from '../../src/testing.js';

export type { StorageKind } from '../../src/testing.js';
export { storageKinds, TEST_JWT_SECRET } from '../../src/testing.js';

/** Opens migrated scratch storage of `kind`. */
export async function openTestSql(kind: StorageKind): Promise<Sql> {
  return openScratchSql(kind);
}

/** Builds an app on `sql` with cheap password hashing and response validation on. */
export async function buildTestApp(
  sql: Sql,
  overrides: Partial<AppConfig> & { logger?: FastifyBaseLogger | boolean } = {},
): Promise<FastifyInstance> {
  return buildApp({
    sql,
    jwtSecret: TEST_JWT_SECRET,
    validateResponses: true,
    scrypt: { N: 2 ** 10, r: 8, p: 1 },
    rateLimit: { points: 1000, durationSeconds: 60 },
    ...overrides,
  });
}
