// Content import throughput: a generated pack of 1,000 problems (BENCH_PROBLEMS to change) imported into a fresh
// embedded database (and PostgreSQL when DATABASE_URL is set). Baseline, measured in the same run: parsing and
// validating the same pack without writing (`validateOnly`), so the ratio is the cost of the database writes.
// Needs the built packages (`npm run build`).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeContentPack } from './content-pack.mjs';

const server = await import(new URL('../packages/server/dist/index.js', import.meta.url).href);
const count = Number(process.env.BENCH_PROBLEMS ?? 1000);
const dir = mkdtempSync(join(tmpdir(), 'avantika-bench-content-'));

async function timed(fn) {
  const t0 = performance.now();
  const result = await fn();
  return { ms: performance.now() - t0, result };
}

function line(name, ms, baseline) {
  const rate = (count / (ms / 1000)).toFixed(0);
  const ratio = baseline === undefined ? '(baseline)' : `${(ms / baseline).toFixed(2)}x baseline`;
  console.log(`${name.padEnd(34)} ${ms.toFixed(0).padStart(7)} ms  ${rate.padStart(6)} problems/s  ${ratio}`);
}

try {
  const gen = await timed(() => writeContentPack(dir, count));
  console.log(`# content import: ${count} generated problems (written in ${gen.ms.toFixed(0)} ms)`);
  const kinds = ['pglite', ...(process.env.DATABASE_URL ? ['postgres'] : [])];
  for (const kind of kinds) {
    const sql = await server.openScratchSql(kind);
    const docs = server.createProblemDocuments(server.createSqlDocumentStore(sql), sql);
    try {
      const base = await timed(() => server.importContent(sql, docs, { paths: [dir] }, { validateOnly: true }));
      if (!base.result.ok) throw new Error(JSON.stringify(base.result.issues.slice(0, 3)));
      line(`${kind}: parse + validate only`, base.ms);
      const first = await timed(() => server.importContent(sql, docs, { paths: [dir] }));
      if (first.result.counts.problems.created !== count) throw new Error('the import did not create every problem');
      line(`${kind}: import into empty database`, first.ms, base.ms);
      const again = await timed(() => server.importContent(sql, docs, { paths: [dir] }));
      if (again.result.changed !== 0) throw new Error('re-import changed something');
      line(`${kind}: re-import, nothing changed`, again.ms, base.ms);
    } finally {
      await sql.close();
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
