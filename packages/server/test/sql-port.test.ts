import { openScratchSql, openSql, type Sql } from '@avantika/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresAvailable } from './support/postgres-available.js';

const pgState = await postgresAvailable();
const kinds = [
  { kind: 'pglite' as const, run: true },
  { kind: 'postgres' as const, run: pgState.ok },
];

for (const { kind, run } of kinds) {
  describe.skipIf(!run)(`Sql port on ${kind}`, () => {
    let sql: Sql;
    beforeAll(async () => {
      sql = await openScratchSql(kind);
      await sql.exec('CREATE TABLE t_items (id SERIAL PRIMARY KEY, name TEXT NOT NULL, day DATE, price NUMERIC(8,2))');
    });
    afterAll(async () => {
      await sql?.close();
    });

    it('runs parameterised queries and returns typed rows with the same shapes on both implementations', async () => {
      const inserted = await sql.query<{ id: number }>(
        'INSERT INTO t_items (name, day, price) VALUES ($1, $2, $3), ($4, $5, $6) RETURNING id',
        ['a', '2026-03-01', '1.50', 'b', null, null],
      );
      expect(inserted.rowCount).toBe(2);
      const { rows } = await sql.query<{ n: number; day: string | null; price: string | null }>(
        'SELECT count(*) OVER () AS n, day, price FROM t_items WHERE name = $1',
        ['a'],
      );
      expect(rows).toEqual([{ n: 1, day: '2026-03-01', price: '1.50' }]);
    });

    it('commits a transaction that resolves and rolls back one that throws', async () => {
      await sql.transaction(async (tx) => {
        await tx.query('INSERT INTO t_items (name) VALUES ($1)', ['kept']);
      });
      await expect(
        sql.transaction(async (tx) => {
          await tx.query('INSERT INTO t_items (name) VALUES ($1)', ['lost']);
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      const { rows } = await sql.query<{ name: string }>("SELECT name FROM t_items WHERE name IN ('kept', 'lost')");
      expect(rows.map((r) => r.name)).toEqual(['kept']);
    });

    it('runs after-commit tasks only after a commit, where they see the committed rows', async () => {
      const seen: string[] = [];
      await sql.transaction(async (tx) => {
        await tx.query('INSERT INTO t_items (name) VALUES ($1)', ['after']);
        tx.afterCommit(async () => {
          // Outside the transaction: on PGlite this would wait forever if the transaction were still open.
          const { rows } = await sql.query<{ name: string }>("SELECT name FROM t_items WHERE name = 'after'");
          seen.push(...rows.map((r) => r.name));
        });
        tx.afterCommit(() => {
          throw new Error('a failing cache write');
        });
        tx.afterCommit(() => seen.push('still runs'));
        expect(seen).toEqual([]);
      });
      expect(seen).toEqual(['after', 'still runs']);
      await expect(
        sql.transaction(async (tx) => {
          tx.afterCommit(() => seen.push('rolled back'));
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(seen).toEqual(['after', 'still runs']);
    });

    it('never interleaves statements of concurrent transactions', async () => {
      const txids = async () =>
        sql.transaction(async (tx) => {
          const seen: string[] = [];
          for (let i = 0; i < 3; i++) {
            const { rows } = await tx.query<{ id: string }>('SELECT txid_current()::text AS id');
            seen.push(rows[0]!.id);
            await new Promise((resolve) => setTimeout(resolve, 5));
          }
          return seen;
        });
      const [a, b, c] = await Promise.all([txids(), txids(), sql.query<{ id: string }>('SELECT 1 AS id')]);
      expect(new Set(a).size).toBe(1);
      expect(new Set(b).size).toBe(1);
      expect(a[0]).not.toBe(b[0]);
      expect(c.rows).toEqual([{ id: 1 }]);
    });

    it('has the seed tables and the contrib extensions after migrating', async () => {
      const { rows } = await sql.query<{ extname: string }>(
        "SELECT extname FROM pg_extension WHERE extname IN ('pg_trgm', 'pgcrypto', 'uuid-ossp') ORDER BY extname",
      );
      expect(rows.map((r) => r.extname)).toEqual(['pg_trgm', 'pgcrypto', 'uuid-ossp']);
      const sim = await sql.query<{ s: number }>("SELECT similarity('two sum', 'two-sum') > 0.3 AS s");
      expect(sim.rows[0]!.s).toBe(true);
    });
  });
}

describe('openSql', () => {
  it('opens an embedded database in memory', async () => {
    const sql = await openSql({ memory: true });
    try {
      expect(sql.kind).toBe('pglite');
      expect((await sql.query<{ x: number }>('SELECT 1 + 1 AS x')).rows).toEqual([{ x: 2 }]);
    } finally {
      await sql.close();
    }
  });
});
