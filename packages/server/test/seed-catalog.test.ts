import { openScratchSql, type Sql } from '@avantika/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresAvailable } from './support/postgres-available.js';
import { findSeedSchema, loadSeedSchema, normaliseDefault } from './support/seed-schema.js';

// The expected catalog is derived at test time from ../shared/seed/database-schema.md, not copied here.
const seedFile = findSeedSchema();
if (!seedFile && process.env.CI === 'true') throw new Error('CI=true but ../shared/seed/database-schema.md is missing');
if (!seedFile) console.warn('skipping the seed catalog test: ../shared/seed/database-schema.md not found');
const seed = seedFile ? loadSeedSchema(seedFile) : { tables: [], indexes: [] };
const pgState = await postgresAvailable();

// The seed's documented defect fix: CURRENT_ROLE is reserved, so users.current_role is current_job_role (V1).
const renamed: Record<string, string> = { 'users.current_role': 'current_job_role' };
// V8 replaces user_progress's UNIQUE(user_id, module_id) with a partial unique index (module_id IS NOT NULL).
const partialUniqueOk = new Set(['user_progress:user_id,module_id']);

interface LiveColumn {
  table: string;
  column: string;
  type: string;
  not_null: boolean;
  default: string | null;
}
interface LiveIndex {
  name: string;
  table: string;
  method: string;
  unique: boolean;
  primary: boolean;
  partial: boolean;
  columns: string[];
}

async function readCatalog(sql: Sql) {
  const columns = await sql.query<LiveColumn>(`
    SELECT c.relname AS "table", a.attname AS "column", format_type(a.atttypid, a.atttypmod) AS type,
           a.attnotnull AS not_null, pg_get_expr(d.adbin, d.adrelid) AS "default"
      FROM pg_attribute a
      JOIN pg_class c ON c.oid = a.attrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
      LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
     WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped`);
  const indexes = await sql.query<LiveIndex>(`
    SELECT i.relname AS name, t.relname AS "table", am.amname AS method, ix.indisunique AS "unique",
           ix.indisprimary AS "primary", ix.indpred IS NOT NULL AS partial,
           array(SELECT a.attname::text FROM unnest(ix.indkey) WITH ORDINALITY k(attnum, ord)
                   JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum ORDER BY k.ord) AS columns
      FROM pg_index ix
      JOIN pg_class i ON i.oid = ix.indexrelid
      JOIN pg_class t ON t.oid = ix.indrelid
      JOIN pg_am am ON am.oid = i.relam
      JOIN pg_namespace n ON n.oid = t.relnamespace
     WHERE n.nspname = 'public'`);
  const foreignKeys = await sql.query<{
    table: string;
    column: string;
    ref_table: string;
    ref_column: string;
    on_delete: string;
  }>(`
    SELECT cl.relname AS "table", a.attname AS "column", rt.relname AS ref_table, ra.attname AS ref_column,
           con.confdeltype::text AS on_delete
      FROM pg_constraint con
      JOIN pg_class cl ON cl.oid = con.conrelid
      JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = con.conkey[1]
      JOIN pg_class rt ON rt.oid = con.confrelid
      JOIN pg_attribute ra ON ra.attrelid = con.confrelid AND ra.attnum = con.confkey[1]
     WHERE con.contype = 'f'`);
  const checks = await sql.query<{ table: string; def: string }>(`
    SELECT cl.relname AS "table", pg_get_constraintdef(con.oid) AS def
      FROM pg_constraint con JOIN pg_class cl ON cl.oid = con.conrelid WHERE con.contype = 'c'`);
  return { columns: columns.rows, indexes: indexes.rows, foreignKeys: foreignKeys.rows, checks: checks.rows };
}

const kinds = [
  { kind: 'pglite' as const, run: seedFile !== null },
  { kind: 'postgres' as const, run: seedFile !== null && pgState.ok },
];

for (const { kind, run } of kinds) {
  describe.skipIf(!run)(`the migrated ${kind} catalog against the seed schema`, () => {
    let catalog: Awaited<ReturnType<typeof readCatalog>>;
    let sql: Sql;
    beforeAll(async () => {
      sql = await openScratchSql(kind);
      catalog = await readCatalog(sql);
    });
    afterAll(async () => {
      await sql?.close();
    });

    it('parses all 22 seed tables from the seed file', () => {
      expect(seed.tables.length).toBe(22);
      expect(seed.indexes.length).toBeGreaterThanOrEqual(20);
    });

    it('has every seed column with its type, nullability and default', () => {
      const mismatches: string[] = [];
      for (const table of seed.tables) {
        for (const col of table.columns) {
          const name = renamed[`${table.name}.${col.name}`] ?? col.name;
          const live = catalog.columns.find((c) => c.table === table.name && c.column === name);
          if (!live) {
            mismatches.push(`${table.name}.${name}: missing`);
            continue;
          }
          if (live.type !== col.type) mismatches.push(`${table.name}.${name}: type ${live.type}, seed ${col.type}`);
          if (live.not_null !== col.notNull) mismatches.push(`${table.name}.${name}: not null ${live.not_null}`);
          const liveDefault = live.default === null ? null : normaliseDefault(live.default);
          if (liveDefault !== col.default)
            mismatches.push(`${table.name}.${name}: default ${liveDefault}, seed ${col.default}`);
        }
      }
      expect(mismatches).toEqual([]);
    });

    it('has every seed primary key, unique constraint, foreign key and CHECK', () => {
      const missing: string[] = [];
      const hasUnique = (table: string, cols: string[], allowPartial: boolean) =>
        catalog.indexes.some(
          (i) =>
            i.table === table && i.unique && (allowPartial || !i.partial) && i.columns.join(',') === cols.join(','),
        );
      for (const table of seed.tables) {
        for (const col of table.columns) {
          if (
            col.primaryKey &&
            !catalog.indexes.some((i) => i.table === table.name && i.primary && i.columns.join() === col.name)
          ) {
            missing.push(`${table.name}: primary key (${col.name})`);
          }
          if (col.unique && !hasUnique(table.name, [col.name], false))
            missing.push(`${table.name}: unique (${col.name})`);
          if (col.references) {
            const fk = catalog.foreignKeys.find((f) => f.table === table.name && f.column === col.name);
            const onDelete = col.references.onDelete === 'CASCADE' ? 'c' : 'a';
            if (
              !fk ||
              fk.ref_table !== col.references.table ||
              fk.ref_column !== col.references.column ||
              fk.on_delete !== onDelete
            ) {
              missing.push(
                `${table.name}.${col.name}: foreign key to ${col.references.table}(${col.references.column})`,
              );
            }
          }
          if (col.checkValues) {
            const ok = catalog.checks.some(
              (c) =>
                c.table === table.name &&
                c.def.includes(col.name) &&
                col.checkValues!.every((v) => c.def.includes(`'${v}'`)),
            );
            if (!ok) missing.push(`${table.name}.${col.name}: CHECK IN (${col.checkValues.join(', ')})`);
          }
        }
        for (const cols of table.uniques) {
          if (!hasUnique(table.name, cols, partialUniqueOk.has(`${table.name}:${cols.join(',')}`))) {
            missing.push(`${table.name}: unique (${cols.join(', ')})`);
          }
        }
      }
      expect(missing).toEqual([]);
    });

    it('has every seed index by name, table, columns and access method', () => {
      const missing = seed.indexes.filter(
        (want) =>
          !catalog.indexes.some(
            (i) =>
              i.name === want.name &&
              i.table === want.table &&
              i.method === want.method &&
              i.columns.join() === want.columns.join(),
          ),
      );
      expect(missing).toEqual([]);
    });

    it('has the seed fixes: token_hash and payments indexes, leaderboard unique key, user_progress partial keys', () => {
      const find = (table: string, cols: string) =>
        catalog.indexes.filter((i) => i.table === table && i.columns.join() === cols);
      // One index serves refresh-token lookups: V30's unique one (V41.1 drops V8's plain duplicate).
      expect(find('refresh_tokens', 'token_hash').map((i) => [i.name, i.unique])).toEqual([
        ['idx_refresh_tokens_token_hash_unique', true],
      ]);
      expect(find('payments', 'user_id').length).toBeGreaterThan(0);
      expect(find('leaderboard_snapshots', 'period,period_date,user_id').some((i) => i.unique && !i.partial)).toBe(
        true,
      );
      expect(find('user_progress', 'user_id,module_id').every((i) => i.partial)).toBe(true);
      expect(find('user_progress', 'user_id,path_id').some((i) => i.unique && i.partial)).toBe(true);
    });
  });
}
