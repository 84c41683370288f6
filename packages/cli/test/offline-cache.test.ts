import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/run-cli.js';
import { createTestContext } from './test-context.js';
import { startTestServer, type TestServer } from './test-server.js';

let server: TestServer | undefined;
let env: Record<string, string>;

beforeAll(async () => {
  server = await startTestServer({ problems: ['two-sum'] });
  const ctx = createTestContext({ env: { AVANTIKA_URL: server.url }, stdin: 'offline password 1' });
  const argv = ['register', '--email', 'o@example.com', '--username', 'offline', '--password-stdin'];
  expect(await runCli(argv, { version: '0', context: ctx })).toBe(0);
  // Every run below shares the config (credentials) and the cache directory.
  env = {
    AVANTIKA_URL: server.url,
    AVANTIKA_CONFIG_DIR: ctx.env['AVANTIKA_CONFIG_DIR'] ?? '',
    AVANTIKA_CACHE_DIR: ctx.env['AVANTIKA_CACHE_DIR'] ?? '',
  };
}, 240_000);
afterAll(async () => {
  await server?.close();
});

async function cli(argv: string[]) {
  const ctx = createTestContext({ env });
  const code = await runCli(argv, { version: '0', context: ctx });
  return { code, stdout: ctx.stdout.text(), stderr: ctx.stderr.text() };
}

/** The cache file whose name starts with `prefix`, parsed, and a function writing it back. */
function cacheFile(prefix: string) {
  const dir = env['AVANTIKA_CACHE_DIR'] ?? '';
  const name = readdirSync(dir).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`no cache file ${prefix}* in ${dir}`);
  const file = join(dir, name);
  return {
    json: JSON.parse(readFileSync(file, 'utf8')),
    write: (v: unknown) => writeFileSync(file, JSON.stringify(v)),
  };
}

describe('the offline cache of problems list/show', () => {
  it('stores the ETag and reuses the cached body when the server answers 304', async () => {
    const first = await cli(['problems', 'list', '--json']);
    expect(first.code).toBe(0);
    expect(first.stderr).not.toContain('offline');
    const cached = cacheFile('problems-');
    const page = cached.json.value.pages[0];
    expect(page.etag).toMatch(/^".+"$/);
    // Only a 304 can make the CLI print this title: the server still has the real one.
    page.data[0].title = 'Title from the cache';
    cached.write(cached.json);
    const second = await cli(['problems', 'list', '--json']);
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout)[0].title).toBe('Title from the cache');
    // A copy whose ETag no longer matches is replaced by the server's body.
    page.etag = '"stale"';
    cached.write(cached.json);
    const third = await cli(['problems', 'list', '--json']);
    expect(JSON.parse(third.stdout)[0].title).toBe('Two Sum');
    expect(cacheFile('problems-').json.value.pages[0].etag).toMatch(/^".+"$/);
  });

  it('revalidates a shown problem with its ETag', async () => {
    expect((await cli(['problems', 'show', 'two-sum', '--json'])).code).toBe(0);
    const cached = cacheFile('problem-two-sum');
    expect(cached.json.value.etag).toMatch(/^".+"$/);
    cached.json.value.problem.title = 'Cached Two Sum';
    cached.write(cached.json);
    expect(JSON.parse((await cli(['problems', 'show', 'two-sum', '--json'])).stdout).title).toBe('Cached Two Sum');
  });

  it('serves the cached copies marked as cached once the server is stopped, and fails without a copy', async () => {
    await server?.close();
    server = undefined;
    const list = await cli(['problems', 'list']);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain('two-sum');
    expect(list.stderr).toMatch(/\(offline: cached \d+ seconds? ago, at \d{4}-/);
    const show = await cli(['problems', 'show', 'two-sum', '--json']);
    expect(show.code).toBe(0);
    expect(JSON.parse(show.stdout).slug).toBe('two-sum');
    expect(show.stderr).toContain('(offline: cached');
    const uncached = await cli(['problems', 'list', '--difficulty', 'hard']);
    expect(uncached.code).toBe(4);
  }, 60_000);
});
