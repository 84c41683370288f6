/** A JSON scalar, the only value an equality filter may compare against. */
export type JsonScalar = string | number | boolean | null;

/** A stored document: JSON with a string `_id`. */
export interface StoredDocument {
  readonly _id: string;
  readonly [field: string]: unknown;
}

/**
 * Equality on top-level or dotted (`metadata.model`) fields, all of which must match. As in MongoDB, a scalar also
 * matches an array field that contains it (`{ topics: 'arrays' }`), and `null` matches a missing field.
 */
export type DocumentFilter = Readonly<Record<string, JsonScalar>>;

/** Sort, limit and skip for {@link DocumentCollection.find}; missing and null values sort first ascending. */
export interface FindOptions {
  readonly sort?: Readonly<Record<string, 1 | -1>>;
  readonly limit?: number;
  readonly skip?: number;
}

/** An index declared on a collection (the same definition on JSONB and MongoDB). */
export interface IndexSpec {
  readonly name: string;
  readonly keys: Readonly<Record<string, 1 | -1>>;
  readonly unique?: boolean;
}

/** The outcome of an upsert: the document's id and whether it was new. */
export interface UpsertResult {
  readonly id: string;
  readonly created: boolean;
}

/** One collection of JSON documents. */
export interface DocumentCollection<T extends StoredDocument = StoredDocument> {
  get(id: string): Promise<T | null>;
  find(filter?: DocumentFilter, options?: FindOptions): Promise<T[]>;
  findOne(filter: DocumentFilter): Promise<T | null>;
  count(filter?: DocumentFilter): Promise<number>;
  /** Inserts or replaces the document with this `_id`. */
  upsert(doc: T): Promise<UpsertResult>;
  /**
   * Inserts or replaces the document whose `keyFields` equal `doc`'s (a natural key such as `postgresId`), keeping
   * the stored `_id`; a new document gets `doc._id` or a random UUID.
   */
  upsertBy(keyFields: readonly string[], doc: Omit<T, '_id'> & { _id?: string }): Promise<UpsertResult>;
  /** Deletes by id; true when something was deleted. */
  delete(id: string): Promise<boolean>;
  deleteMany(filter: DocumentFilter): Promise<number>;
  ensureIndex(spec: IndexSpec): Promise<void>;
}

/**
 * The document-store port: the embedded default on PostgreSQL JSONB (same database) and MongoDB on the official
 * driver. Documents are JSON: values round-trip through JSON on both (a Date is stored as its ISO string).
 */
export interface DocumentStore {
  readonly kind: 'postgres' | 'mongodb';
  collection<T extends StoredDocument = StoredDocument>(name: string): DocumentCollection<T>;
  close(): Promise<void>;
}
