import { randomUUID } from 'node:crypto';
import {
  type Collection,
  type Db,
  type Document,
  type Filter,
  MongoClient,
  MongoServerError,
  type Sort,
} from 'mongodb';
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

type Raw = Document & { _id: string };

function isDuplicateKey(error: unknown): boolean {
  return error instanceof MongoServerError && error.code === 11000;
}

class MongoDocumentCollection<T extends StoredDocument> implements DocumentCollection<T> {
  private readonly coll: Collection<Raw>;

  constructor(db: Db, name: string) {
    checkCollectionName(name);
    this.coll = db.collection<Raw>(name);
  }

  async get(id: string): Promise<T | null> {
    return (await this.coll.findOne({ _id: id })) as T | null;
  }

  async find(filter: DocumentFilter = {}, options: FindOptions = {}): Promise<T[]> {
    checkFilter(filter);
    checkFindOptions(options);
    // _id breaks ties so pages are stable, matching the JSONB store's `ORDER BY …, id`.
    let cursor = this.coll.find(filter as Filter<Raw>).sort({ ...(options.sort ?? {}), _id: 1 } as Sort);
    if (options.skip !== undefined) cursor = cursor.skip(options.skip);
    if (options.limit !== undefined) cursor = cursor.limit(options.limit);
    return (await cursor.toArray()) as T[];
  }

  async findOne(filter: DocumentFilter): Promise<T | null> {
    return (await this.find(filter, { limit: 1 }))[0] ?? null;
  }

  async count(filter: DocumentFilter = {}): Promise<number> {
    checkFilter(filter);
    return this.coll.countDocuments(filter as Filter<Raw>);
  }

  async upsert(doc: T): Promise<UpsertResult> {
    const json = toJsonDocument(doc) as Raw;
    if (typeof json._id !== 'string') throw new DocumentError('DOCUMENT_INVALID', 'upsert needs an _id');
    try {
      const result = await this.coll.replaceOne({ _id: json._id }, json, { upsert: true });
      return { id: json._id, created: result.upsertedCount > 0 };
    } catch (error) {
      if (isDuplicateKey(error))
        throw new DocumentError('DOCUMENT_CONFLICT', 'a unique index already has this key', { cause: error });
      throw error;
    }
  }

  async upsertBy(keyFields: readonly string[], doc: Omit<T, '_id'> & { _id?: string }): Promise<UpsertResult> {
    const json = toJsonDocument(doc);
    const key: Record<string, unknown> = {};
    for (const field of keyFields) {
      checkField(field);
      key[field] =
        field.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], json) ?? null;
    }
    checkFilter(key as DocumentFilter);
    // Find-then-write; a concurrent insert of the same key surfaces as a duplicate key and is retried as an update.
    for (let attempt = 0; attempt < 2; attempt++) {
      const existing = await this.coll.findOne(key as Filter<Raw>, { projection: { _id: 1 } });
      try {
        if (existing) {
          await this.coll.replaceOne({ _id: existing._id }, { ...json, _id: existing._id });
          return { id: existing._id, created: false };
        }
        const id = typeof json._id === 'string' ? json._id : randomUUID();
        await this.coll.insertOne({ ...json, _id: id });
        return { id, created: true };
      } catch (error) {
        if (!isDuplicateKey(error) || attempt === 1) {
          if (isDuplicateKey(error))
            throw new DocumentError('DOCUMENT_CONFLICT', 'a unique index already has this key', { cause: error });
          throw error;
        }
      }
    }
    throw new DocumentError('DOCUMENT_CONFLICT', 'a unique index already has this key');
  }

  async delete(id: string): Promise<boolean> {
    return (await this.coll.deleteOne({ _id: id })).deletedCount > 0;
  }

  async deleteMany(filter: DocumentFilter): Promise<number> {
    checkFilter(filter);
    return (await this.coll.deleteMany(filter as Filter<Raw>)).deletedCount;
  }

  async ensureIndex(spec: IndexSpec): Promise<void> {
    checkIndex(spec);
    await this.coll.createIndex({ ...spec.keys }, { name: spec.name, unique: spec.unique === true });
  }
}

/** Options for {@link createMongoDocumentStore}. */
export interface MongoDocumentStoreOptions {
  /** `mongodb://…` (MONGODB_URL). */
  readonly url: string;
  /** The database; default: the URL's path, else `avantika`. */
  readonly dbName?: string;
}

/** The scale-out document store on MongoDB via the official driver. */
export async function createMongoDocumentStore(options: MongoDocumentStoreOptions): Promise<DocumentStore> {
  const client = await MongoClient.connect(options.url, { serverSelectionTimeoutMS: 5000 });
  const fromUrl = /^mongodb(?:\+srv)?:\/\/[^/]*\/([^?]*)/.exec(options.url)?.[1];
  const db = client.db(options.dbName ?? (fromUrl || 'avantika'));
  return {
    kind: 'mongodb',
    collection: <T extends StoredDocument>(name: string) => new MongoDocumentCollection<T>(db, name),
    async close() {
      await client.close();
    },
  };
}
