import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Avantika } from '@avantika/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFlowContent } from '../packages/sdk/test/support/practice-content.js';
import { newIdentity, type RealServer, startRealServer } from '../packages/sdk/test/support/real-server.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsup = join(root, 'node_modules/.bin/tsup');

// The examples import the built SDK like any integrator would, so build it when the sources are newer.
function buildIfStale(dir: string): Promise<void> {
  const built = join(dir, 'dist/index.js');
  const sources = readdirSync(join(dir, 'src'), { recursive: true, withFileTypes: true });
  const stale =
    !existsSync(built) ||
    sources.some((f) => f.isFile() && statSync(join(f.parentPath, f.name)).mtimeMs > statSync(built).mtimeMs);
  if (!stale) return Promise.resolve();
  return new Promise((resolve, reject) => execFile(tsup, { cwd: dir }, (error) => (error ? reject(error) : resolve())));
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

let server: RealServer;
let env: NodeJS.ProcessEnv;

/** Runs one example with Node (type stripping) against the in-process server. */
function runExample(file: string, args: string[] = []): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(root, 'examples', file), ...args],
      { env, cwd: root, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

beforeAll(async () => {
  await buildIfStale(join(root, 'packages/contract'));
  await buildIfStale(join(root, 'packages/sdk'));
  server = await startRealServer('pglite', { seed: importFlowContent, judge: true });
  const client = new Avantika({ baseUrl: server.baseUrl });
  const session = await client.auth.register(newIdentity());
  await client.close();
  env = { ...process.env, AVANTIKA_URL: server.baseUrl, AVANTIKA_TOKEN: session.tokens.accessToken, NO_COLOR: '1' };
}, 180_000);

afterAll(async () => {
  await server?.close();
});

describe('the examples run against a real server', () => {
  it('daily-bot solves the daily problem with a reference solution and exits 0', async () => {
    const run = await runExample('daily-bot.ts', ['--language', 'python']);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/verdict: accepted/);
    expect(run.code).toBe(0);
  });

  it('progress-csv writes a header and one row per submission', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'avantika-csv-')), 'progress.csv');
    const run = await runExample('progress-csv.ts', ['--out', out]);
    expect(run.code).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('submitted_at,problem,language,status,passed,total,runtime_ms,memory_kb,submission_id');
    expect(lines.length).toBeGreaterThanOrEqual(2); // the daily bot's submission at least
    expect(run.stderr).toMatch(/\d+ submissions exported/);
  });

  it('quiz-runner answers from a key, finishes and prints the score', async () => {
    const key = Object.fromEntries(
      Array.from({ length: 6 }, (_, i) => [`sorting question ${i}?`, `right answer ${i}`] as const),
    );
    const keyFile = join(mkdtempSync(join(tmpdir(), 'avantika-quiz-')), 'key.json');
    writeFileSync(keyFile, JSON.stringify(key));
    const run = await runExample('quiz-runner.ts', ['--set', 'sdk-sorting', '--count', '3', '--answers', keyFile]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/score: 3\/3/);
  });

  it('quiz-runner refuses to start without a topic or set (usage error)', async () => {
    const run = await runExample('quiz-runner.ts');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/usage/);
  });
});
