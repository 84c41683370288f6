import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APIError, Avantika, PermissionDeniedError } from '@avantika/sdk';
import { type AdminBootstrap, adminBootstrapFile, prepareAdminBootstrap } from '@avantika/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newIdentity, type RealServer, startRealServer } from './support/real-server.js';

describe('admin.bootstrap through the SDK on the real server', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'avantika-sdk-bootstrap-'));
  let server: RealServer;
  let api: Avantika;
  let prepared: AdminBootstrap | undefined;

  beforeAll(async () => {
    server = await startRealServer('pglite', {
      // Prepared on the server's own storage before it listens, as startServer does.
      seed: async (sql) => {
        prepared = await prepareAdminBootstrap(sql, dataDir);
      },
      app: {
        adminBootstrap: {
          get file() {
            return prepared?.file ?? null;
          },
          redeem: (...args) => prepared!.redeem(...args),
        },
        authCacheTtlMs: 0,
      },
    });
    api = new Avantika({ baseUrl: server.baseUrl, maxRetries: 0 });
    await api.auth.register(newIdentity());
  });
  afterAll(async () => {
    await api?.close();
    await server?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses a wrong secret, makes the caller admin with the right one, then answers BOOTSTRAP_CLOSED', async () => {
    const wrong = await api.admin.bootstrap({ secret: 'not-it' }).catch((e: unknown) => e);
    expect(wrong).toBeInstanceOf(PermissionDeniedError);
    expect((wrong as APIError).code).toBe('BOOTSTRAP_SECRET_INVALID');
    const secret = readFileSync(adminBootstrapFile(dataDir), 'utf8').trim();
    const me = await api.admin.bootstrap({ secret });
    expect(me.roles).toContain('admin');
    expect((await api.admin.users.list()).data.map((u) => u.id)).toContain(me.id);
    const again = await api.admin.bootstrap({ secret }).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(APIError);
    expect((again as APIError).status).toBe(410);
    expect((again as APIError).code).toBe('BOOTSTRAP_CLOSED');
  });
});
