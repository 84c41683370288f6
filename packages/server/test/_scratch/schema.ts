import { readdirSync, readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { Sql, SqlTransaction } from '../../src/adapters/sql/sql.js';

export async function scratchSql(): Promise<Sql> {
  const db = new PGlite({ extensions: { pg_trgm } });
  const md = readFileSync('/work/shared/seed/database-schema.md', 'utf8');
  const blocks = [...md.matchAll(/```sql\n([\s\S]*?)```/g)].map((m) => m[1] as string);
  let ddl = blocks.join('\n').replace(/current_role /, 'current_job_role ');
  // tenants before users
  const t = ddl.match(/-- Multi-tenancy\nCREATE TABLE tenants \([\s\S]*?\);\n/)![0];
  ddl = t + ddl.replace(t, '');
  await db.exec(ddl);
  const dirs = ['/work/wt/content-import/migrations/postgres', '/work/wt/server-practice/migrations/postgres'];
  for (const dir of dirs) {
    for (const f of readdirSync(dir).sort(
      (a, b) => Number(a.slice(1).split('__')[0]) - Number(b.slice(1).split('__')[0]),
    )) {
      await db.exec(readFileSync(`${dir}/${f}`, 'utf8'));
    }
  }
  await db.exec(`CREATE TABLE IF NOT EXISTS submission_events (submission_id UUID, seq INT, type TEXT, payload JSONB,
    PRIMARY KEY (submission_id, seq));
    ALTER TABLE code_submissions ADD COLUMN memory_kb INT; ALTER TABLE code_submissions ADD COLUMN failed_case JSONB;`);
  const wrap = (q: { query: PGlite['query'] }) => ({
    async query<Row>(text: string, params?: readonly unknown[]) {
      const r = await q.query<Row>(text, params as unknown[]);
      return { rows: r.rows, rowCount: r.affectedRows ?? r.rows.length };
    },
  });
  const base = wrap(db);
  return {
    kind: 'pglite',
    query: base.query,
    async transaction<T>(fn: (tx: SqlTransaction) => Promise<T>) {
      return db.transaction(async (tx) => fn({ ...wrap(tx as unknown as { query: PGlite['query'] }), raw: tx }));
    },
    exec: (s: string) => db.exec(s).then(() => undefined),
    close: () => db.close(),
  };
}
