// Embedded database start: first start (empty data dir -> PGlite created and every migration applied) and warm start
// (existing data dir, nothing pending), each a fresh `node` process, against a bare `node -e 0`, interleaved.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { report, timeCommands } from './lib.mjs';

const server = fileURLToPath(new URL('../packages/server/dist/index.js', import.meta.url));
if (!existsSync(server)) throw new Error('build the server first: npm run build');
const serverUrl = pathToFileURL(server).href;
const node = process.execPath;
const root = mkdtempSync(join(tmpdir(), 'avantika-bench-storage-'));

// One child program for both cases: open the embedded store in a data dir, apply pending migrations, run a query.
const child = `
const { openSql, migrate, findMigrationsDir } = await import(${JSON.stringify(serverUrl)});
const { mkdtempSync } = await import('node:fs');
const mode = process.argv[1];
const dataDir = mode === 'first' ? mkdtempSync(process.argv[2] + '/first-') : process.argv[2] + '/warm';
const sql = await openSql({ dataDir });
const { applied } = await migrate(sql, { dir: findMigrationsDir() });
await sql.query('SELECT count(*) FROM users');
await sql.close();
if (mode === 'first' && applied.length === 0) throw new Error('first start applied nothing');
if (mode === 'warm' && applied.length !== 0) throw new Error('warm start applied migrations');
`;
const run = (mode) => [node, '--input-type=module', '-e', child, mode, root];

try {
  // The warm case needs a migrated data dir: create it once, untimed.
  timeCommands({ prepare: run('prepare') }, { runs: 1, warmup: 0 });
  const times = timeCommands(
    {
      'node -e 0': [node, '-e', '0'],
      'first start (empty dir)': run('first'),
      'warm start (migrated dir)': run('warm'),
    },
    { runs: Number(process.env.BENCH_RUNS ?? 5), warmup: 1 },
  );
  report(
    'Embedded PGlite start (first: create + all migrations; warm: open + validate + one query)',
    times,
    'node -e 0',
  );
} finally {
  rmSync(root, { recursive: true, force: true });
}
