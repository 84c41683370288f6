import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/run-cli.js';
import { createTestContext } from './test-context.js';
import { startTestServer, type TestServer } from './test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

function cli(argv: string[], options: { stdin?: string; env?: Record<string, string> } = {}) {
  const ctx = createTestContext({
    env: { AVANTIKA_URL: server.url, ...options.env },
    ...(options.stdin ? { stdin: options.stdin } : {}),
  });
  return { ctx, run: () => runCli(argv, { version: '0', context: ctx }) };
}

describe('auth commands against a real server', () => {
  it('registers, stores tokens privately, answers whoami and logs out', async () => {
    const reg = cli(['register', '--email', 'ada@example.com', '--username', 'ada', '--password-stdin'], {
      stdin: 'correct horse battery\n',
    });
    expect(await reg.run()).toBe(0);
    const dir = reg.ctx.env['AVANTIKA_CONFIG_DIR'] ?? '';
    const file = join(dir, 'credentials.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(reg.ctx.stdout.text() + reg.ctx.stderr.text()).not.toContain('correct horse');

    const env = { AVANTIKA_CONFIG_DIR: dir };
    const who = cli(['whoami', '--json'], { env });
    expect(await who.run()).toBe(0);
    expect(JSON.parse(who.ctx.stdout.text())).toMatchObject({ username: 'ada', email: 'ada@example.com' });
    const stored = readFileSync(file, 'utf8');
    expect(who.ctx.stdout.text()).not.toContain(JSON.parse(stored).accessToken);

    expect(await cli(['logout'], { env }).run()).toBe(0);
    const after = cli(['whoami'], { env });
    expect(await after.run()).toBe(3);
    expect(after.ctx.stderr.text()).toContain('avantika login');
  });

  it('logs in with a username and a password from stdin, and rejects a wrong password with exit 3', async () => {
    const reg = cli(['register', '--email', 'bo@example.com', '--username', 'bobby', '--password-stdin'], {
      stdin: 'another secret pw',
    });
    expect(await reg.run()).toBe(0);
    const ok = cli(['login', '--user', 'bobby', '--password-stdin'], { stdin: 'another secret pw\n' });
    expect(await ok.run()).toBe(0);
    const bad = cli(['login', '--user', 'bobby', '--password-stdin'], { stdin: 'wrong password\n' });
    expect(await bad.run()).toBe(3);
  });

  it('asks for a flag instead of prompting when there is no terminal', async () => {
    const run = cli(['login', '--user', 'bobby']);
    expect(await run.run()).toBe(2);
    expect(run.ctx.stderr.text()).toContain('--password-stdin');
  });

  it('exits 4 with a hint when the server cannot be reached', async () => {
    const run = cli(['login', '--user', 'x', '--password-stdin'], {
      stdin: 'pw',
      env: { AVANTIKA_URL: 'http://127.0.0.1:9' },
    });
    expect(await run.run()).toBe(4);
    expect(run.ctx.stderr.text()).toContain('avantika server start');
  });
});

describe('doctor against a real server', () => {
  it('reports the server reachable and the token valid without printing the token', async () => {
    const reg = cli(['register', '--email', 'doc@example.com', '--username', 'doctor', '--password-stdin'], {
      stdin: 'doctor password 1',
    });
    expect(await reg.run()).toBe(0);
    const env = { AVANTIKA_CONFIG_DIR: reg.ctx.env['AVANTIKA_CONFIG_DIR'] ?? '' };
    const doc = cli(['doctor', '--json'], { env });
    expect(await doc.run()).toBe(0);
    const report = JSON.parse(doc.ctx.stdout.text()) as { ok: boolean; checks: { name: string; ok: boolean }[] };
    expect(report.ok).toBe(true);
    expect(report.checks.find((c) => c.name === 'token')?.ok).toBe(true);
    const token = JSON.parse(readFileSync(join(env.AVANTIKA_CONFIG_DIR, 'credentials.json'), 'utf8')).accessToken;
    expect(doc.ctx.stdout.text()).not.toContain(token);
  });

  it('names the dependency that keeps a server from being ready', async () => {
    const readiness = {
      status: 'unavailable',
      checks: { database: { status: 'down', required: true, latencyMs: 3, message: 'connection refused' } },
    };
    const stub = createServer((req, res) => {
      const ready = req.url === '/readyz';
      res.writeHead(ready ? 503 : 200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(ready ? readiness : { status: 'ok' }));
    });
    await new Promise<void>((resolve) => stub.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(stub.address() as AddressInfo).port}`;
      const doc = cli(['doctor', '--json'], { env: { AVANTIKA_URL: url } });
      await doc.run();
      const report = JSON.parse(doc.ctx.stdout.text()) as { checks: { name: string; ok: boolean; detail: string }[] };
      expect(report.checks.find((c) => c.name === 'readiness')?.ok).toBe(false);
      expect(report.checks.find((c) => c.name.trim() === 'database')).toMatchObject({ ok: false });
      expect(report.checks.find((c) => c.name.trim() === 'database')?.detail).toContain('down');
    } finally {
      await new Promise((resolve) => stub.close(resolve));
    }
  });

  it('exits 4 when the server is down', async () => {
    expect(await cli(['doctor'], { env: { AVANTIKA_URL: 'http://127.0.0.1:9' } }).run()).toBe(4);
  });
});
