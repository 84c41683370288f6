import type { Queryable } from '../../adapters/sql/sql.js';

/**
 * Bumps the catalog's content version (call inside the import's transaction, so it moves exactly when the content
 * commits) and returns the new value. Caches of the catalog key on {@link readContentVersion}.
 */
export async function bumpContentVersion(tx: Queryable): Promise<number> {
  const { rows } = await tx.query<{ version: string | number }>(
    `INSERT INTO content_catalog (id, version, updated_at) VALUES (TRUE, 1, NOW())
     ON CONFLICT (id) DO UPDATE SET version = content_catalog.version + 1, updated_at = NOW()
     RETURNING version`,
  );
  return Number(rows[0]!.version);
}

/** The catalog's content version: 0 before the first import, then one more for every import that changed content. */
export async function readContentVersion(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ version: string | number }>('SELECT version FROM content_catalog WHERE id');
  return rows.length === 0 ? 0 : Number(rows[0]!.version);
}
