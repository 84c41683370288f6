import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sql } from '../src/adapters/sql/sql.js';
import { createLogger } from '../src/http/logger.js';
import { startServer } from '../src/main.js';
import { loadJwtSecret } from '../src/server-env.js';
import { openTestSql } from './support/test-app.js';

describe('startServer', () => {
  let sql: Sql;
  let dataDir: string;

  beforeAll(async () => {
    sql = await openTestSql('pglite');
    dataDir = await mkdtemp(join(tmpdir(), 'avantika-server-'));
  });
  afterAll(async () => {
    await sql?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('generates the JWT secret once, keeps it private, and reuses it', async () => {
    const logger = createLogger({ level: 'silent' });
    const first = await loadJwtSecret({ AVANTIKA_DATA_DIR: dataDir }, dataDir, logger);
    const second = await loadJwtSecret({ AVANTIKA_DATA_DIR: dataDir }, dataDir, logger);
    expect(first).toBe(second);
    expect(Buffer.byteLength(first)).toBeGreaterThanOrEqual(32);
    expect((await stat(join(dataDir, 'jwt-secret'))).mode & 0o777).toBe(0o600);
    expect((await readFile(join(dataDir, 'jwt-secret'), 'utf8')).trim()).toBe(first);
    await expect(loadJwtSecret({ AVANTIKA_JWT_SECRET: 'short' }, dataDir, logger)).rejects.toThrow(/32 bytes/);
  });

  it('listens, drains an in-flight request on stop, runs shutdown hooks and then refuses connections', async () => {
    let release: () => void = () => {};
    const hookCalls: string[] = [];
    const server = await startServer({
      sql,
      port: 0,
      handleSignals: false,
      env: { AVANTIKA_DATA_DIR: dataDir },
      logger: createLogger({ level: 'silent' }),
      app: {
        readinessChecks: [
          {
            name: 'judge',
            required: true,
            check: () =>
              new Promise<boolean>((resolve) => {
                release = () => resolve(true);
              }),
          },
        ],
      },
    });
    server.app.avantika.addShutdownHook(() => {
      hookCalls.push('judge stopped');
    });
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const inFlight = fetch(`${server.url}/readyz`);
    await new Promise((r) => setTimeout(r, 100));
    const stopping = server.stop();
    await new Promise((r) => setTimeout(r, 50));
    release();
    expect((await inFlight).status).toBe(200);
    await stopping;
    expect(hookCalls).toEqual(['judge stopped']);
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
  });

  it('reports the judge queue and Elasticsearch on /readyz beside the database and checks passed in', async () => {
    const server = await startServer({
      sql,
      port: 0,
      handleSignals: false,
      // Nothing listens on port 9: the search index is configured but down.
      env: { AVANTIKA_DATA_DIR: dataDir, AVANTIKA_JUDGE_WORKERS: '0', ELASTICSEARCH_URL: 'http://127.0.0.1:9' },
      logger: createLogger({ level: 'silent' }),
      app: { readinessChecks: [{ name: 'extra', required: false, check: async () => true }] },
    });
    try {
      const readiness = (await (await fetch(`${server.url}/readyz`)).json()) as {
        status: string;
        checks: Record<string, { status: string; required: boolean }>;
      };
      expect(readiness.checks.database?.status).toBe('up');
      expect(readiness.checks.judge).toMatchObject({ status: 'up', required: false });
      expect(readiness.checks.extra?.status).toBe('up');
      expect(readiness.checks.search).toMatchObject({ status: 'degraded', required: false });
      expect(readiness.status).toBe('degraded');
    } finally {
      await server.stop();
    }
  });
});
