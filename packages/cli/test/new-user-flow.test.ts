import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './test-server.js';

// The definition of done, as a new user would type it: the built binary in a fresh directory, `start`,
// `test` on the untouched starter, `submit` it, edit in the reference solution, `test` and `submit` again.
const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const solutions = fileURLToPath(new URL('../../../content/problems/two-sum/solutions/', import.meta.url));
const languages = [
  { lang: 'py', ext: 'py', solution: 'python.py' },
  { lang: 'js', ext: 'js', solution: 'javascript.js' },
  { lang: 'java', ext: 'java', solution: 'java.java' },
  { lang: 'cpp', ext: 'cpp', solution: 'cpp.cpp' },
] as const;

let server: TestServer;
let env: NodeJS.ProcessEnv;

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built binary without blocking this process's event loop (the server under test lives in it). */
function avantika(cwd: string, args: string[], stdin = ''): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [bin, ...args], { cwd, env, encoding: 'utf8' }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? -1) : 0, stdout, stderr }),
    );
    child.stdin?.end(stdin);
  });
}

beforeAll(async () => {
  if (!existsSync(bin)) throw new Error('packages/cli/dist/bin.js is missing: the test command builds before testing');
  server = await startTestServer({ problems: ['two-sum'] });
  const home = mkdtempSync(join(tmpdir(), 'avantika-new-user-'));
  const { AVANTIKA_TOKEN: _token, ...inherited } = process.env;
  env = {
    ...inherited,
    NO_COLOR: '1',
    AVANTIKA_URL: server.url,
    AVANTIKA_CONFIG_DIR: join(home, 'config'),
    AVANTIKA_CACHE_DIR: join(home, 'cache'),
  };
  const argv = ['register', '--email', 'new@example.com', '--username', 'newcomer', '--password-stdin'];
  const registered = await avantika(home, argv, 'a new user password\n');
  expect(registered.code, registered.stderr).toBe(0);
}, 240_000);

afterAll(async () => {
  await server?.close();
});

describe('a new user with the built binary', () => {
  for (const { lang, ext, solution } of languages) {
    it(`starts two-sum in ${lang}, fails with a diff, then passes the samples and is accepted`, async () => {
      const dir = mkdtempSync(join(tmpdir(), `avantika-${lang}-`));
      const start = await avantika(dir, ['start', 'two-sum', '--lang', lang]);
      expect(start.code, start.stderr).toBe(0);
      expect(start.stderr).toContain(`Wrote two-sum.${ext}`);
      const file = join(dir, `two-sum.${ext}`);
      const starter = readFileSync(file, 'utf8');

      const untouched = await avantika(dir, ['test']);
      expect(untouched.code, untouched.stderr).toBe(1);
      expect(untouched.stdout).toMatch(/✗ Case 1 — /);
      expect(untouched.stdout).toContain('  --- expected\n  +++ actual\n  @@');
      expect(untouched.stderr).toContain('avantika test');

      const wrong = await avantika(dir, ['submit']);
      expect(wrong.code, wrong.stderr).toBe(1);
      expect(wrong.stdout).toMatch(/^✗ /);
      expect(wrong.stdout).toContain('First failing case (1): ');
      expect(wrong.stdout).toContain('--- expected\n+++ actual\n@@');

      // The edit a user makes: keep the header `start` wrote, replace the starter below it with a solution.
      const header = starter.split('\n').slice(0, 3).join('\n');
      writeFileSync(file, `${header}\n${readFileSync(join(solutions, solution), 'utf8')}`);
      const samples = await avantika(dir, ['test']);
      expect(samples.code, samples.stdout + samples.stderr).toBe(0);
      expect(samples.stdout).toMatch(/^(\d+)\/\1 cases passed/m);

      const accepted = await avantika(dir, ['submit']);
      expect(accepted.code, accepted.stdout + accepted.stderr).toBe(0);
      expect(accepted.stdout).toMatch(/^✓ Accepted {2}(\d+)\/\1 cases/);
    }, 90_000);
  }
});
