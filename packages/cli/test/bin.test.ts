import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { collectHelp } from '../src/help/collect-help.js';
import { runCli } from '../src/run-cli.js';
import { createTestContext } from './test-context.js';

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const helpFile = fileURLToPath(new URL('../dist/help.json', import.meta.url));
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

/** Module specifiers other than node built-ins (`fs` and `node:fs` alike) and bin.js itself. */
const beyondBin = (stderr: string) => loaded(stderr).filter((s) => !isBuiltin(s) && !s.includes('bin.js'));

describe('the built avantika binary', () => {
  it('prints its version without loading any dependency', () => {
    const r = runBuilt(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    expect(beyondBin(r.stderr)).toEqual([]);
  });

  it('prints help for the program and for a subcommand without loading any dependency', () => {
    for (const args of [['--help'], ['problems', 'list', '-h'], ['help', 'search']]) {
      const r = runBuilt(args);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('Usage: avantika');
      expect(beyondBin(r.stderr)).toEqual([]);
    }
  });

  it('falls back to commander for help with extra arguments, still without ink, react, undici or zod', () => {
    const r = runBuilt(['problems', 'list', '-d', 'easy', '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Usage: avantika problems list');
    expect(loaded(r.stderr)).toContain('commander');
    const heavy = loaded(r.stderr).filter((s) => /(^|\/)(ink|react|undici|zod|@inquirer)(\/|$)/.test(s));
    expect(heavy).toEqual([]);
  });

  it('exits 2 on an unknown option', () => {
    expect(runBuilt(['--frobnicate']).status).toBe(2);
  });
});

describe('the help texts precomputed at build time', () => {
  it('equal what commander prints today for every command', async () => {
    if (!existsSync(helpFile)) throw new Error('packages/cli/dist/help.json is missing: build the CLI first');
    const built = JSON.parse(readFileSync(helpFile, 'utf8')) as Record<string, string>;
    expect(built).toEqual(await collectHelp());
  });

  it('are what the built binary prints for a subcommand', () => {
    const built = JSON.parse(readFileSync(helpFile, 'utf8')) as Record<string, string>;
    expect(runBuilt(['path', 'next', '--help']).stdout).toBe(built['path next']);
    expect(runBuilt(['help', 'submit']).stdout).toBe(built['submit']);
  });

  it('are also what commander prints for `help` and `help <command>`', async () => {
    const built = JSON.parse(readFileSync(helpFile, 'utf8')) as Record<string, string>;
    for (const [argv, key] of [
      [['help'], ''],
      [['help', 'submit'], 'submit'],
    ] as const) {
      const ctx = createTestContext();
      expect(await runCli(argv, { version: '0', context: ctx })).toBe(0);
      expect(ctx.stdout.text()).toBe(built[key]);
    }
  });

  it('match commander on a terminal wider than 80 columns, where help stays 80 wide', async () => {
    const built = JSON.parse(readFileSync(helpFile, 'utf8')) as Record<string, string>;
    for (const argv of [['--help'], ['help', 'quiz']]) {
      const ctx = createTestContext();
      const wide = { ...ctx, stdout: Object.assign(ctx.stdout, { isTTY: true, columns: 200 }) };
      expect(await runCli(argv, { version: '0', context: wide })).toBe(0);
      expect(ctx.stdout.text()).toBe(built[argv.at(-1) === '--help' ? '' : 'quiz']);
    }
    // A narrower terminal gets help wrapped to its width, which is why bin.js leaves it to commander.
    const ctx = createTestContext();
    const narrow = { ...ctx, stdout: Object.assign(ctx.stdout, { isTTY: true, columns: 50 }) };
    expect(await runCli(['--help'], { version: '0', context: narrow })).toBe(0);
    expect(ctx.stdout.text()).not.toBe(built['']);
    expect(ctx.stdout.text()).toContain('Practise coding interviews from your terminal:\nproblems');
  });
});
