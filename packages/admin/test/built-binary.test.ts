import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Page, User } from '@avantika/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAdminCommand as admin, captureIo } from './support/capture-io.js';
import { openScratchPostgres, postgresAvailable, type ScratchPostgres } from './support/scratch-postgres.js';

const run = promisify(execFile);
const adminDir = fileURLToPath(new URL('..', import.meta.url));
const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const tsup = fileURLToPath(new URL('../../../node_modules/.bin/tsup', import.meta.url));
const hasPostgres = (await postgresAvailable()).ok;

// True when dist/bin.js is missing or older than any source file, so a stale build is never the one tested.
function isStale(): boolean {
  if (!existsSync(bin)) return true;
  const builtAt = statSync(bin).mtimeMs;
  const sources = readdirSync(`${adminDir}/src`, { recursive: true, withFileTypes: true });
  return sources.some((f) => f.isFile() && statSync(`${f.parentPath}/${f.name}`).mtimeMs > builtAt);
}

// Records every module specifier the process resolves and prints them to stderr at exit.
const tracer = `data:text/javascript,${encodeURIComponent(`
import { registerHooks } from 'node:module';
const seen = [];
registerHooks({ resolve(spec, ctx, next) { seen.push(spec); return next(spec, ctx); } });
process.on('exit', () => process.stderr.write('\\nLOADED ' + JSON.stringify(seen)));
`)}`;

/** Command names listed under "Commands:" in a --help text (commander's own `help` left out). */
function commandGroups(help: string): string[] {
  const section = help.split(/^Commands:$/m)[1] ?? '';
  return [...section.matchAll(/^ {2}([a-z][\w-]*)/gm)].map((m) => m[1]!).filter((name) => name !== 'help');
}

// The bundler moves code between chunks, so what the source registers is checked against what the build prints.
beforeAll(() => {
  if (isStale()) execFileSync(tsup, { cwd: adminDir, stdio: 'pipe' });
}, 120_000);

describe('the built avantika-admin binary', () => {
  it('lists every command group in --help, the same ones the source registers', async () => {
    const built = await run(process.execPath, [bin, '--help']);
    const io = captureIo();
    expect(await admin(['--help'], io)).toBe(0);
    const groups = commandGroups(built.stdout);
    expect(groups.sort()).toEqual(commandGroups(io.out()).sort());
    expect(groups).toEqual(
      expect.arrayContaining(['migrate', 'import', 'export', 'seed', 'reindex', 'users', 'tokens', 'gamification']),
    );
  });

  it('prints --help without loading the server, the judge or the SDK', async () => {
    const { stderr } = await run(process.execPath, ['--import', tracer, bin, '--help']);
    const loaded = JSON.parse(stderr.split('\nLOADED ').at(-1) ?? '[]') as string[];
    expect(loaded).toContain('commander');
    expect(loaded.filter((s) => s.startsWith('@avantika/'))).toEqual([]);
  });

  describe.skipIf(!hasPostgres)('on PostgreSQL', () => {
    let db: ScratchPostgres;
    beforeAll(async () => {
      db = await openScratchPostgres();
      await db.sql.query(`INSERT INTO users (email, username, full_name) VALUES ('carol@example.test', 'carol', 'C')`);
    });
    afterAll(async () => {
      await db?.close();
    });

    it('runs `users list` against a database and prints its accounts as JSON', async () => {
      const { stdout } = await run(process.execPath, [bin, 'users', 'list', '--json', '--database-url', db.url]);
      const page = JSON.parse(stdout) as Page<User>;
      expect(page.data.map((u) => u.username)).toEqual(['carol']);
    });
  });
});
