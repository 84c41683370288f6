// TEMPORARY: the documents side is in memory until storage's DocumentStore lands (replaced then).

import type { ProblemDocument, ProblemDocuments, Sql } from '../src/index.js';
import { openScratchSql } from '../src/index.js';

export interface ContentTestDb {
  readonly sql: Sql;
  readonly docs: ProblemDocuments & { count(): Promise<number> };
  close(): Promise<void>;
}

function memDocs(): ContentTestDb['docs'] {
  const m = new Map<string, string>();
  return {
    async count() {
      return m.size;
    },
    async contentHashes(ids) {
      return new Map(
        ids.filter((i) => m.has(i)).map((i) => [i, (JSON.parse(m.get(i)!) as ProblemDocument).contentHash]),
      );
    },
    async get(ids) {
      return new Map(ids.filter((i) => m.has(i)).map((i) => [i, JSON.parse(m.get(i)!)]));
    },
    async put(docs) {
      for (const d of docs) m.set(d.postgresId, JSON.stringify(d));
    },
  };
}

export async function openContentTestDb(kind: 'pglite' | 'postgres'): Promise<ContentTestDb> {
  const sql = await openScratchSql(kind);
  return { sql, docs: memDocs(), close: () => sql.close() };
}
