import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const serverDir = fileURLToPath(new URL('..', import.meta.url));
const bin = join(serverDir, 'dist/bin.js');
const tsup = fileURLToPath(new URL('../../../node_modules/.bin/tsup', import.meta.url));

// True when dist/bin.js is missing or older than any source file, so a stale build is never the one tested.
function isStale(): boolean {
  if (!existsSync(bin)) return true;
  const builtAt = statSync(bin).mtimeMs;
  const sources = readdirSync(join(serverDir, 'src'), { recursive: true, withFileTypes: true });
  return sources.some((f) => f.isFile() && statSync(join(f.parentPath, f.name)).mtimeMs > builtAt);
}

/** Collects the child's stdout log lines; `waitFor` resolves with the first line (seen or still to come) matching. */
function watchLog(child: ChildProcess): { lines: string[]; waitFor(pattern: RegExp): Promise<string> } {
  const lines: string[] = [];
  const waiters: Array<{ pattern: RegExp; resolve: (line: string) => void }> = [];
  let buffered = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    buffered += chunk.toString('utf8');
    const parts = buffered.split('\n');
    buffered = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line);
      for (const waiter of waiters.filter((w) => w.pattern.test(line))) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(line);
      }
    }
  });
  const waitFor = (pattern: RegExp) =>
    new Promise<string>((resolve, reject) => {
      const seen = lines.find((line) => pattern.test(line));
      if (seen !== undefined) return resolve(seen);
      waiters.push({ pattern, resolve });
      child.once('exit', (code) => reject(new Error(`exited with ${code} before logging ${pattern}`)));
    });
  return { lines, waitFor };
}

beforeAll(() => {
  if (isStale()) execFileSync(tsup, { cwd: serverDir, stdio: 'pipe' });
}, 180_000);

// The process as operators run it: signals, migrations and draining are wired in bin.ts/main.ts, which the
// in-process tests start with handleSignals: false.
describe('the avantika-server process', () => {
  let dataDir: string;
  let child: ChildProcess | undefined;

  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'avantika-server-process-'));
  });
  afterAll(() => {
    if (child?.exitCode === null) child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('migrates a fresh data dir, finishes a request in flight on SIGTERM, then exits 0', async () => {
    const { DATABASE_URL: _ignored, ...env } = process.env;
    child = spawn(process.execPath, [bin, '--port', '0', '--data-dir', dataDir], {
      env: { ...env, AVANTIKA_JUDGE_WORKERS: '0', LOG_LEVEL: 'info', REDIS_URL: '' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise<number | null>((resolve) => child?.once('exit', (code) => resolve(code)));
    const log = watchLog(child);
    const listening = await log.waitFor(/Server listening at http:\/\/127\.0\.0\.1:\d+/);
    const port = Number(/127\.0\.0\.1:(\d+)/.exec(listening)?.[1]);

    // A login whose body is only half sent is in flight when the signal arrives; the rest follows after it.
    const body = JSON.stringify({ login: 'nobody@example.test', password: 'not a real password' });
    const answered = new Promise<{ status: number | undefined; connection: string | undefined; text: string }>(
      (resolve, reject) => {
        const req = request(
          {
            host: '127.0.0.1',
            port,
            method: 'POST',
            path: '/v1/auth/login',
            headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
          },
          (res) => {
            let text = '';
            res.on('data', (chunk: Buffer) => {
              text += chunk.toString('utf8');
            });
            res.on('end', () => resolve({ status: res.statusCode, connection: res.headers.connection, text }));
          },
        );
        req.on('error', reject);
        req.write(body.slice(0, 10));
        log
          .waitFor(/"msg":"incoming request"/)
          .then(async () => {
            child?.kill('SIGTERM');
            await log.waitFor(/"msg":"shutting down: draining requests"/);
            req.end(body.slice(10));
          })
          .catch(reject);
      },
    );

    const response = await answered;
    // The tables exist (migrations ran), so an unknown login is the ordinary 401, not a 500.
    expect(response.status, response.text).toBe(401);
    expect(JSON.parse(response.text).error.code).toBe('INVALID_CREDENTIALS');
    expect(response.connection).toBe('close');
    expect(await exited).toBe(0);
    expect(log.lines.some((line) => line.includes('"msg":"avantika-server stopped"'))).toBe(true);
  }, 120_000);
});
