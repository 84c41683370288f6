import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import { openScratchSql } from '../../src/adapters/sql/open-scratch-sql.js';
import type { Sql } from '../../src/adapters/sql/sql.js';
import { type AppConfig, buildApp } from '../../src/app.js';
import { postgresAvailable } from './postgres-available.js';

/** A JWT secret for tests only (32+ bytes). */
export const TEST_JWT_SECRET = 'test-secret-that-is-at-least-32-bytes-long!';

/** The storage kinds a suite can run on. */
export type StorageKind = 'pglite' | 'postgres';

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

/**
 * The storage kinds this run covers: PGlite always; PostgreSQL when DATABASE_URL answers. With CI=true a missing or
 * down PostgreSQL fails the suite instead of skipping it.
 */
export async function storageKinds(): Promise<StorageKind[]> {
  const postgres = await postgresAvailable();
  return postgres.ok ? ['pglite', 'postgres'] : ['pglite'];
}
