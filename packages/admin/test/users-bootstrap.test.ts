import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { ApiTokenCreated, AuthSession, User } from '@avantika/contract';
import { createLogger, type RunningServer, startServer } from '@avantika/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAdminCommand as admin, captureIo } from './support/capture-io.js';

const run = promisify(execFile);
const hooks = fileURLToPath(new URL('./support/ts-hooks.mjs', import.meta.url));
const bin = fileURLToPath(new URL('../src/bin.ts', import.meta.url));

// The situation of issue #7: an embedded server holds its data dir, so the first admin must come through HTTP.
describe('avantika-admin users bootstrap against a running embedded server', () => {
  let dataDir: string;
  let server: RunningServer;
  let token = '';

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'avantika-admin-bootstrap-'));
    server = await startServer({
      port: 0,
      handleSignals: false,
      env: { AVANTIKA_DATA_DIR: dataDir, AVANTIKA_JUDGE_WORKERS: '0' },
      logger: createLogger({ level: 'silent' }),
    });
    const post = async (path: string, body: object, authorization?: string) =>
      (
        await fetch(`${server.url}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
          body: JSON.stringify(body),
        })
      ).json();
    const session = (await post('/v1/auth/register', {
      email: 'first@example.test',
      username: 'first',
      password: 'a long enough password',
    })) as AuthSession;
    const created = (await post(
      '/v1/auth/tokens',
      { name: 'ops' },
      `Bearer ${session.tokens.accessToken}`,
    )) as ApiTokenCreated;
    token = created.token;
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const bootstrap = (args: string[], env: NodeJS.ProcessEnv = { AVANTIKA_TOKEN: token }) => {
    const io = captureIo(env);
    return admin(['users', 'bootstrap', '--url', server.url, ...args], io).then((code) => ({ code, io }));
  };

  it('cannot grant from another process through the locked data dir (exit 4, DATA_DIR_LOCKED)', async () => {
    // A separate process, as an operator's shell is: the data-dir lock is per process.
    const args = ['--import', hooks, bin, 'users', 'grant', 'first', 'admin', '--data-dir', dataDir];
    const { DATABASE_URL: _, ...env } = process.env;
    const failed = await run(process.execPath, args, { env }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed.code).toBe(4);
    expect(failed.stderr).toContain('DATA_DIR_LOCKED');
    // The child compiles the workspace's TypeScript sources on start, which takes a while on a loaded machine.
  }, 180_000);

  it('exits 5 without a secret file, 3 with a wrong secret and 3 without a token', async () => {
    expect((await bootstrap(['--secret-file', join(dataDir, 'nothing-here')])).code).toBe(5);
    const wrong = join(dataDir, 'wrong-secret');
    writeFileSync(wrong, 'not-the-secret\n');
    expect((await bootstrap(['--secret-file', wrong])).code).toBe(3);
    expect((await bootstrap(['--data-dir', dataDir], {})).code).toBe(3);
  });

  it('makes the token’s owner admin with the secret from the data dir, once', async () => {
    const first = await bootstrap(['--data-dir', dataDir, '--json']);
    expect(first.code).toBe(0);
    expect((JSON.parse(first.io.out()) as User).roles).toEqual(['user', 'admin']);
    const me = await fetch(`${server.url}/v1/admin/users`, { headers: { authorization: `Bearer ${token}` } });
    expect(me.status).toBe(200);
    const again = await bootstrap(['--secret-file', join(dataDir, 'wrong-secret')]);
    expect(again.code).toBe(1);
    expect(again.io.err()).toContain('BOOTSTRAP_CLOSED');
  });
});
