import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import { beforeAll, describe, expect, it } from 'vitest';

const sdkDir = fileURLToPath(new URL('..', import.meta.url));
const contractDir = fileURLToPath(new URL('../../contract', import.meta.url));
const tsup = fileURLToPath(new URL('../../../node_modules/.bin/tsup', import.meta.url));

// True when the ESM or CJS build is missing or older than any source file (so a stale build is never tested).
function isStale(dir: string): boolean {
  const built = [`${dir}/dist/index.js`, `${dir}/dist/index.cjs`];
  if (!built.every((file) => existsSync(file))) return true;
  const builtAt = Math.min(...built.map((file) => statSync(file).mtimeMs));
  const sources = readdirSync(`${dir}/src`, { recursive: true, withFileTypes: true });
  return sources.some((f) => f.isFile() && statSync(`${f.parentPath}/${f.name}`).mtimeMs > builtAt);
}

// The published shape is what integrators get, so build it the way `npm run build` does and lint it.
beforeAll(() => {
  if (isStale(contractDir)) execFileSync(tsup, { cwd: contractDir, stdio: 'pipe' });
  if (isStale(sdkDir)) execFileSync(tsup, { cwd: sdkDir, stdio: 'pipe' });
}, 120_000);

describe('the published package', () => {
  it('passes publint with no errors, warnings or suggestions', async () => {
    const { messages } = await publint({ pkgDir: sdkDir, level: 'suggestion', pack: 'pnpm' });
    expect(messages.map((m) => `${m.type} ${m.code} ${m.path.join('.')}`)).toEqual([]);
  });

  it('depends on a contract package that also passes publint (errors and warnings)', async () => {
    const { messages } = await publint({ pkgDir: contractDir, level: 'warning', pack: 'pnpm' });
    expect(messages.map((m) => `${m.type} ${m.code} ${m.path.join('.')}`)).toEqual([]);
  });

  // CommonJS consumers that cannot require() ES modules (Jest, bundlers, Node with the flag off) load it too.
  it('loads through require() with require(esm) switched off', () => {
    const script = `const { Avantika, routes } = { ...require('@avantika/sdk'), ...require('@avantika/contract') };
      process.stdout.write(typeof Avantika + ' ' + typeof routes['auth.login']);`;
    const out = execFileSync(process.execPath, ['--no-experimental-require-module', '-e', script], {
      cwd: sdkDir,
      encoding: 'utf8',
    });
    expect(out).toBe('function object');
  });

  it('loads through require() and import() with the same public names', () => {
    const script = `
      const cjs = require('@avantika/sdk');
      import('@avantika/sdk').then((esm) => {
        const names = (m) => Object.keys(m).filter((k) => k !== 'default' && k !== 'module.exports').sort().join(',');
        if (names(cjs) !== names(esm)) throw new Error('cjs and esm differ: ' + names(cjs) + ' / ' + names(esm));
        const client = new cjs.Avantika({ baseUrl: 'http://127.0.0.1:1' });
        process.stdout.write(JSON.stringify({ names: names(esm).split(','), base: client.baseUrl }));
        return client.close();
      });`;
    const out = execFileSync(process.execPath, ['-e', script], { cwd: sdkDir, encoding: 'utf8' });
    const parsed = JSON.parse(out) as { names: string[]; base: string };
    expect(parsed.names).toContain('Avantika');
    expect(parsed.names).toContain('APIError');
    expect(parsed.base).toBe('http://127.0.0.1:1');
  });
});
