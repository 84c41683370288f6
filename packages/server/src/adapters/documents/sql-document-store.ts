import { randomUUID } from 'node:crypto';
import type { Queryable, Sql } from '../sql/sql.js';
import {
  checkCollectionName,
  checkField,
  checkFilter,
  checkFindOptions,
  checkIndex,
  DocumentError,
  toJsonDocument,
} from './document-error.js';
import type {
  DocumentCollection,
  DocumentFilter,
  DocumentStore,
  FindOptions,
  IndexSpec,
  StoredDocument,
  UpsertResult,
} from './document-store.js';

function nest(path: readonly string[], value: unknown): unknown {
  return path.reduceRight<unknown>((inner, key) => ({ [key]: inner }), value);
}

// Equality as MongoDB does it: a scalar matches the field or an element of an array field; both forms are
// containment (@>), which the GIN index on doc answers. null matches a missing field or a JSON null.
function whereClause(filter: DocumentFilter, params: unknown[]): string {
  const parts: string[] = [];
  for (const [field, value] of Object.entries(filter)) {
    const path = field.split('.');
    if (value === null) {
      params.push(path);
      parts.push(`(doc #> $${params.length}::text[] IS NULL OR doc #> $${params.length}::text[] = 'null'::jsonb)`);
    } else {
      params.push(JSON.stringify(nest(path, value)), JSON.stringify(nest(path, [value])));
      parts.push(`(doc @> $${params.length - 1}::jsonb OR doc @> $${params.length}::jsonb)`);
    }
  }
  return parts.length ? ` AND ${parts.join(' AND ')}` : '';
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string })?.code === '23505';
}

// Index names are at most 63 bytes in PostgreSQL; collection and index names are validated to [a-z0-9_].
function indexName(collection: string, name: string): string {
  return `doc_${collection}_${name}`.slice(0, 63);
}

class SqlDocumentCollection<T extends StoredDocument> implements DocumentCollection<T> {
  private readonly sql: Sql;
  private readonly name: string;

  constructor(sql: Sql, name: string) {
    checkCollectionName(name);
    this.sql = sql;
    this.name = name;
  }

  async get(id: string): Promise<T | null> {
    const { rows } = await this.sql.query<{ doc: T }>('SELECT doc FROM documents WHERE collection = $1 AND id = $2', [
      this.name,
      id,
    ]);
    return rows[0]?.doc ?? null;
  }

  async find(filter: DocumentFilter = {}, options: FindOptions = {}): Promise<T[]> {
    checkFilter(filter);
    checkFindOptions(options);
    const params: unknown[] = [this.name];
    let text = `SELECT doc FROM documents WHERE collection = $1${whereClause(filter, params)} ORDER BY `;
    for (const [field, dir] of Object.entries(options.sort ?? {})) {
      params.push(field.split('.'));
      text += `doc #> $${params.length}::text[] ${dir === 1 ? 'ASC NULLS FIRST' : 'DESC NULLS LAST'}, `;
    }
    text += 'id ASC';
    if (options.limit !== undefined) text += ` LIMIT ${options.limit}`;
    if (options.skip !== undefined) text += ` OFFSET ${options.skip}`;
    const { rows } = await this.sql.query<{ doc: T }>(text, params);
    return rows.map((r) => r.doc);
  }

  async findOne(filter: DocumentFilter): Promise<T | null> {
    return (await this.find(filter, { limit: 1 }))[0] ?? null;
  }

  async count(filter: DocumentFilter = {}): Promise<number> {
    checkFilter(filter);
    const params: unknown[] = [this.name];
    const { rows } = await this.sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM documents WHERE collection = $1${whereClause(filter, params)}`,
      params,
    );
    return rows[0]?.n ?? 0;
  }

  async upsert(doc: T): Promise<UpsertResult> {
    const json = toJsonDocument(doc);
    if (typeof json._id !== 'string') throw new DocumentError('DOCUMENT_INVALID', 'upsert needs an _id');
    return this.write(this.sql, json._id, json);
  }

  private async write(db: Queryable, id: string, json: Record<string, unknown>): Promise<UpsertResult> {
    try {
      const { rows } = await db.query<{ created: boolean }>(
        `INSERT INTO documents (collection, id, doc) VALUES ($1, $2, $3::jsonb)
         ON CONFLICT (collection, id) DO UPDATE SET doc = EXCLUDED.doc, updated_at = NOW()
         RETURNING (xmax = 0) AS created`,
        [this.name, id, JSON.stringify({ ...json, _id: id })],
      );
      return { id, created: rows[0]?.created === true };
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new DocumentError('DOCUMENT_CONFLICT', `${this.name}: a unique index already has this key`, {
          cause: error,
        });
      }
      throw error;
    }
  }

  async upsertBy(keyFields: readonly string[], doc: Omit<T, '_id'> & { _id?: string }): Promise<UpsertResult> {
    const json = toJsonDocument(doc);
    const key: Record<string, never> = {};
    for (const field of keyFields) {
      checkField(field);
      const value = field.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], json);
      (key as Record<string, unknown>)[field] = value ?? null;
    }
    checkFilter(key);
    return this.sql.transaction(async (tx) => {
      // Two writers of the same natural key serialise here, so neither inserts a duplicate.
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`${this.name}:${JSON.stringify(key)}`]);
      const params: unknown[] = [this.name];
      const { rows } = await tx.query<{ id: string }>(
        `SELECT id FROM documents WHERE collection = $1${whereClause(key, params)} ORDER BY id LIMIT 1`,
        params,
      );
      const existing = rows[0]?.id;
      const id = existing ?? (typeof json._id === 'string' ? json._id : randomUUID());
      const result = await this.write(tx, id, json);
      return { id, created: existing === undefined && result.created };
    });
  }

  async delete(id: string): Promise<boolean> {
    const { rowCount } = await this.sql.query('DELETE FROM documents WHERE collection = $1 AND id = $2', [
      this.name,
      id,
    ]);
    return rowCount > 0;
  }

  async deleteMany(filter: DocumentFilter): Promise<number> {
    checkFilter(filter);
    const params: unknown[] = [this.name];
    const { rowCount } = await this.sql.query(
      `DELETE FROM documents WHERE collection = $1${whereClause(filter, params)}`,
      params,
    );
    return rowCount;
  }

  async ensureIndex(spec: IndexSpec): Promise<void> {
    checkIndex(spec);
    // Unique keys compare as text (doc #>> path); other indexes keep jsonb order for ORDER BY doc #> path.
    const columns = Object.entries(spec.keys).map(([field, dir]) => {
      const path = `'{${field.split('.').join(',')}}'`;
      return `(doc ${spec.unique ? '#>>' : '#>'} ${path})${dir === -1 ? ' DESC' : ''}`;
    });
    await this.sql.exec(
      `CREATE ${spec.unique ? 'UNIQUE ' : ''}INDEX IF NOT EXISTS "${indexName(this.name, spec.name)}"
         ON documents (${columns.join(', ')}) WHERE collection = '${this.name}'`,
    );
  }
}

/** The embedded document store: collections as rows of the `documents` JSONB table (migration V9). */
export function createSqlDocumentStore(sql: Sql): DocumentStore {
  return {
    kind: 'postgres',
    collection: <T extends StoredDocument>(name: string) => new SqlDocumentCollection<T>(sql, name),
    async close() {
      // The Sql connection belongs to the caller, who may still use it.
    },
  };
}
