import type { DocumentCollection, DocumentStore, StoredDocument } from '../../adapters/documents/document-store.js';
import { createSqlDocumentStore } from '../../adapters/documents/sql-document-store.js';
import type { Sql, SqlTransaction } from '../../adapters/sql/sql.js';
import type { ProblemDocument } from './problem-document.js';

/**
 * What the importer and exporter need from the `problems` collection: documents keyed by `postgresId` (also their
 * `_id`). `tx` is the import's open transaction; on the JSONB store the documents are written inside it.
 */
export interface ProblemDocuments {
  /** The stored `contentHash` of each existing document, by postgresId. */
  contentHashes(postgresIds: readonly string[], tx?: SqlTransaction): Promise<Map<string, string>>;
  /** Whole documents by postgresId (export). */
  get(postgresIds: readonly string[]): Promise<Map<string, ProblemDocument>>;
  /** Inserts or replaces documents by postgresId. */
  put(docs: readonly ProblemDocument[], tx?: SqlTransaction): Promise<void>;
  /** How many documents the collection holds. */
  count(): Promise<number>;
}

type Stored = StoredDocument & { contentHash?: string };

// A transaction seen as an Sql, so the JSONB store's statements run on the import's connection: atomic with the rows,
// and no deadlock on PGlite, whose single connection is held by the open transaction.
function transactionAsSql(sql: Sql, tx: SqlTransaction): Sql {
  return {
    kind: sql.kind,
    raw: tx.raw,
    query: (text, params) => tx.query(text, params),
    exec: (text) => tx.exec(text),
    transaction: (fn) => fn(tx),
    close: async () => {},
  };
}

/**
 * The `problems` collection of a DocumentStore as {@link ProblemDocuments}. Pass the `sql` the store was opened on
 * when it is the JSONB store, so writes join the import's transaction; MongoDB writes happen before that commits.
 */
export function createProblemDocuments(store: DocumentStore, sql?: Sql): ProblemDocuments {
  const collection = (tx?: SqlTransaction): DocumentCollection<Stored> =>
    tx && sql && store.kind === 'postgres'
      ? createSqlDocumentStore(transactionAsSql(sql, tx)).collection<Stored>('problems')
      : store.collection<Stored>('problems');
  return {
    async contentHashes(ids, tx) {
      const c = collection(tx);
      const out = new Map<string, string>();
      for (const id of ids) {
        const doc = await c.get(id);
        if (typeof doc?.contentHash === 'string') out.set(id, doc.contentHash);
      }
      return out;
    },
    async get(ids) {
      const c = collection();
      const out = new Map<string, ProblemDocument>();
      for (const id of ids) {
        const doc = await c.get(id);
        if (doc) {
          const { _id, ...rest } = doc;
          out.set(id, rest as unknown as ProblemDocument);
        }
      }
      return out;
    },
    async put(docs, tx) {
      const c = collection(tx);
      for (const doc of docs) await c.upsert({ _id: doc.postgresId, ...doc } as unknown as Stored);
    },
    count: () => collection().count(),
  };
}
