import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  applyDocumentChangelog,
  createMongoDocumentStore,
  createSqlDocumentStore,
  type DocumentStore,
  findMigrationsDir,
  openScratchSql,
  type Sql,
  type StoredDocument,
} from '@avantika/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresAvailable } from './support/postgres-available.js';
import { jongodbBinary, startJongodb } from './support/start-jongodb.js';

const pgState = await postgresAvailable();
const jongodb = jongodbBinary();
if (!jongodb && process.env.CI === 'true') throw new Error('CI=true but the jongodb test server binary is missing');

interface Target {
  name: string;
  run: boolean;
  open: () => Promise<{ store: DocumentStore; close: () => Promise<void> }>;
}

const sqlTarget = (kind: 'pglite' | 'postgres') => async () => {
  const sql: Sql = await openScratchSql(kind);
  return { store: createSqlDocumentStore(sql), close: () => sql.close() };
};

const mongoTarget = (url: () => Promise<{ url: string; stop: () => Promise<void> }>) => async () => {
  const server = await url();
  const store = await createMongoDocumentStore({
    url: server.url,
    dbName: `avantika_t_${randomBytes(4).toString('hex')}`,
  });
  return {
    store,
    close: async () => {
      await store.close();
      await server.stop();
    },
  };
};

const targets: Target[] = [
  { name: 'JSONB on PGlite', run: true, open: sqlTarget('pglite') },
  { name: 'JSONB on PostgreSQL', run: pgState.ok, open: sqlTarget('postgres') },
  { name: 'MongoDB driver on jongodb', run: jongodb !== null, open: mongoTarget(() => startJongodb(jongodb!)) },
  {
    name: 'MongoDB driver on MONGODB_URL',
    run: Boolean(process.env.MONGODB_URL),
    open: mongoTarget(async () => ({ url: process.env.MONGODB_URL!, stop: async () => {} })),
  },
];

interface Problem extends StoredDocument {
  postgresId?: string;
  type: string;
  title: string;
  topics?: string[];
  meta?: { level: number };
  rank?: number;
}

async function code(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
}

for (const target of targets) {
  describe.skipIf(!target.run)(`DocumentStore: ${target.name}`, () => {
    let store: DocumentStore;
    let close: () => Promise<void>;
    beforeAll(async () => {
      ({ store, close } = await target.open());
    });
    afterAll(async () => {
      await close?.();
    });

    it('upserts by id, reports whether it created, and returns JSON documents', async () => {
      const problems = store.collection<Problem>('t_upsert');
      const first = await problems.upsert({ _id: 'p1', type: 'dsa', title: 'Two Sum', at: new Date(0) } as Problem);
      expect(first).toEqual({ id: 'p1', created: true });
      expect(await problems.upsert({ _id: 'p1', type: 'dsa', title: 'Two Sum II' })).toEqual({
        id: 'p1',
        created: false,
      });
      expect(await problems.get('p1')).toEqual({ _id: 'p1', type: 'dsa', title: 'Two Sum II' });
      expect(await problems.get('nope')).toBeNull();
    });

    it('finds by equality on scalars, array elements, dotted paths and null, with sort, skip and limit', async () => {
      const c = store.collection<Problem>('t_find');
      await c.upsert({
        _id: 'a',
        type: 'dsa',
        title: 'A',
        topics: ['arrays', 'hash-table'],
        meta: { level: 1 },
        rank: 3,
      });
      await c.upsert({ _id: 'b', type: 'dsa', title: 'B', topics: ['graphs'], meta: { level: 2 }, rank: 1 });
      await c.upsert({ _id: 'c', type: 'mcq', title: 'C', topics: ['arrays'], rank: 2 });
      const ids = (docs: Problem[]) => docs.map((d) => d._id);
      expect(ids(await c.find({ type: 'dsa' }, { sort: { rank: 1 } }))).toEqual(['b', 'a']);
      expect(ids(await c.find({ topics: 'arrays' }, { sort: { rank: -1 } }))).toEqual(['a', 'c']);
      expect(ids(await c.find({ 'meta.level': 2 }))).toEqual(['b']);
      expect(ids(await c.find({ meta: null }))).toEqual(['c']);
      expect(ids(await c.find({}, { sort: { rank: 1 }, skip: 1, limit: 1 }))).toEqual(['c']);
      expect(ids(await c.find({}, { sort: { meta: 1, rank: 1 } }))[0]).toBe('c'); // missing sorts first ascending
      expect(await c.count({ topics: 'arrays' })).toBe(2);
      expect(await c.count()).toBe(3);
      expect((await c.findOne({ title: 'B' }))?._id).toBe('b');
    });

    it('upserts by a natural key, keeping the stored id and replacing the content', async () => {
      const c = store.collection<Problem>('t_natural');
      const created = await c.upsertBy(['postgresId'], {
        postgresId: 'uuid-1',
        type: 'dsa',
        title: 'v1',
        _id: 'given',
      });
      expect(created).toEqual({ id: 'given', created: true });
      const again = await c.upsertBy(['postgresId'], { postgresId: 'uuid-1', type: 'dsa', title: 'v2' });
      expect(again).toEqual({ id: 'given', created: false });
      expect(await c.get('given')).toEqual({ _id: 'given', postgresId: 'uuid-1', type: 'dsa', title: 'v2' });
      const generated = await c.upsertBy(['postgresId'], { postgresId: 'uuid-2', type: 'mcq', title: 'q' });
      expect(generated.created).toBe(true);
      expect(generated.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(await c.count()).toBe(2);
    });

    it('deletes by id and by filter', async () => {
      const c = store.collection<Problem>('t_delete');
      for (const id of ['x', 'y', 'z']) await c.upsert({ _id: id, type: id === 'x' ? 'dsa' : 'mcq', title: id });
      expect(await c.delete('x')).toBe(true);
      expect(await c.delete('x')).toBe(false);
      expect(await c.deleteMany({ type: 'mcq' })).toBe(2);
      expect(await c.count()).toBe(0);
    });

    it('rejects bad collection names, filters and sorts with DOCUMENT_INVALID and writes nothing', async () => {
      expect(await code(Promise.resolve().then(() => store.collection('Bad-Name')))).toBe('DOCUMENT_INVALID');
      const c = store.collection<Problem>('t_invalid');
      expect(await code(c.find({ $where: 'x' }))).toBe('DOCUMENT_INVALID');
      expect(await code(c.find({ type: { $gt: 1 } as never }))).toBe('DOCUMENT_INVALID');
      expect(await code(c.find({}, { sort: { rank: 2 as 1 } }))).toBe('DOCUMENT_INVALID');
      expect(await code(c.upsert({ _id: 42 as unknown as string, type: 'x', title: 'x' }))).toBe('DOCUMENT_INVALID');
      expect(await c.count()).toBe(0);
    });

    it('enforces a unique index with DOCUMENT_CONFLICT', async () => {
      const c = store.collection<Problem>('t_unique');
      await c.ensureIndex({ name: 'postgresId_unique', keys: { postgresId: 1 }, unique: true });
      await c.ensureIndex({ name: 'postgresId_unique', keys: { postgresId: 1 }, unique: true }); // idempotent
      await c.upsert({ _id: 'one', postgresId: 'k', type: 'dsa', title: '1' });
      expect(await code(c.upsert({ _id: 'two', postgresId: 'k', type: 'dsa', title: '2' }))).toBe('DOCUMENT_CONFLICT');
      expect(await c.count()).toBe(1);
    });

    it('applies the repository change sets once and records them in the changelog collection', async () => {
      const dir = findMigrationsDir('documents');
      const first = await applyDocumentChangelog(store, dir);
      expect(first.applied).toContain('001-seed-collection-indexes');
      expect((await applyDocumentChangelog(store, dir)).applied).toEqual([]);
      const entry = await store.collection('changelog').get('001-seed-collection-indexes');
      expect(entry).toMatchObject({ changeId: '001-seed-collection-indexes', state: 'EXECUTED', author: 'storage' });
      // The seed's natural key is unique on problems.postgresId.
      const problems = store.collection<Problem>('problems');
      await problems.upsert({ _id: 'p-a', postgresId: 'pg-1', type: 'dsa', title: 'a' });
      expect(await code(problems.upsert({ _id: 'p-b', postgresId: 'pg-1', type: 'dsa', title: 'b' }))).toBe(
        'DOCUMENT_CONFLICT',
      );
    });

    it('refuses a change set that changed after it was applied', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'avantika-docs-'));
      const file = join(dir, '001-x.json');
      writeFileSync(file, JSON.stringify({ id: 't-001-x', author: 't', changes: [] }));
      expect((await applyDocumentChangelog(store, dir)).applied).toEqual(['t-001-x']);
      writeFileSync(
        file,
        JSON.stringify({
          id: 't-001-x',
          author: 't',
          changes: [{ collection: 't_x', createIndex: { name: 'a', keys: { a: 1 } } }],
        }),
      );
      expect(await code(applyDocumentChangelog(store, dir))).toBe('MIGRATION_CHECKSUM_MISMATCH');
      rmSync(dir, { recursive: true, force: true });
    });
  });
}
