import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
// Records every module specifier the process resolves and prints them to stderr at exit.
const tracer = `data:text/javascript,${encodeURIComponent(`
import { registerHooks } from 'node:module';
const seen = [];
registerHooks({ resolve(spec, ctx, next) { seen.push(spec); return next(spec, ctx); } });
process.on('exit', () => process.stderr.write('\\nLOADED ' + JSON.stringify(seen)));
`)}`;

function runBuilt(args: string[]) {
  if (!existsSync(bin)) throw new Error('packages/cli/dist/bin.js is missing: the test command builds before testing');
  return spawnSync(process.execPath, ['--import', tracer, bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
}

function loaded(stderr: string): string[] {
  const line = stderr.split('\nLOADED ').at(-1) ?? '[]';
  return JSON.parse(line) as string[];
}

describe('the built avantika binary', () => {
  it('prints its version without loading any dependency', () => {
    const r = runBuilt(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    expect(loaded(r.stderr).filter((s) => !s.startsWith('node:') && !s.includes('bin.js'))).toEqual([]);
  });

  it('prints help without loading ink, react, undici or zod', () => {
    const r = runBuilt(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Usage: avantika');
    const heavy = loaded(r.stderr).filter((s) => /(^|\/)(ink|react|undici|zod|@inquirer)(\/|$)/.test(s));
    expect(heavy).toEqual([]);
  });

  it('exits 2 on an unknown option', () => {
    expect(runBuilt(['--frobnicate']).status).toBe(2);
  });
});
