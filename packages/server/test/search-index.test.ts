import { randomBytes } from 'node:crypto';
import { createElasticSearchIndex, createSqlSearchIndex, openScratchSql, type SearchIndex } from '@avantika/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresAvailable } from './support/postgres-available.js';

const pgState = await postgresAvailable();

interface Target {
  name: string;
  run: boolean;
  open: () => Promise<{ index: SearchIndex; close: () => Promise<void> }>;
}

const sqlTarget = (kind: 'pglite' | 'postgres') => async () => {
  const sql = await openScratchSql(kind);
  return { index: createSqlSearchIndex(sql), close: () => sql.close() };
};

const targets: Target[] = [
  { name: 'PostgreSQL full-text on PGlite', run: true, open: sqlTarget('pglite') },
  { name: 'PostgreSQL full-text on PostgreSQL', run: pgState.ok, open: sqlTarget('postgres') },
  {
    // No Elasticsearch runs in CI; this runs only when ELASTICSEARCH_URL points at an Elasticsearch 8.
    name: 'Elasticsearch on ELASTICSEARCH_URL',
    run: Boolean(process.env.ELASTICSEARCH_URL),
    open: async () => {
      const index = createElasticSearchIndex({
        url: process.env.ELASTICSEARCH_URL!,
        index: `avantika-t-${randomBytes(4).toString('hex')}`,
      });
      return { index, close: () => index.close() };
    },
  },
];

for (const target of targets) {
  describe.skipIf(!target.run)(`SearchIndex: ${target.name}`, () => {
    let index: SearchIndex;
    let close: () => Promise<void>;
    beforeAll(async () => {
      ({ index, close } = await target.open());
      await index.ensure();
      await index.upsert([
        {
          kind: 'problem',
          id: 'two-sum',
          title: 'Two Sum',
          body: 'Given an array of integers, return indices of the two numbers that add up to a target.',
          tags: ['arrays', 'hash-table'],
          fields: { difficulty: 'easy' },
        },
        {
          kind: 'problem',
          id: 'merge-intervals',
          title: 'Merge Intervals',
          body: 'Merge all overlapping intervals in an array.',
          tags: ['arrays', 'sorting'],
          fields: { difficulty: 'medium' },
        },
        {
          kind: 'forum_post',
          id: 'p1',
          title: 'Google L5 interview experience',
          body: 'The system design round asked for a URL shortener; the coding round was two sum.',
          tags: ['google'],
        },
      ]);
    });
    afterAll(async () => {
      await close?.();
    });

    it('finds by words in the title or body, ranking title matches first', async () => {
      const result = await index.search({ text: 'two sum' });
      expect(result.hits.map((h) => `${h.kind}:${h.id}`)).toEqual(['problem:two-sum', 'forum_post:p1']);
      expect(result.total).toBe(2);
      expect(result.hits[0]!.fields).toEqual({ difficulty: 'easy' });
    });

    it('matches word stems ("merging overlaps" finds Merge Intervals)', async () => {
      const result = await index.search({ text: 'merging overlapping' });
      expect(result.hits.map((h) => h.id)).toEqual(['merge-intervals']);
    });

    it('tolerates a typo in the title', async () => {
      const result = await index.search({ text: 'Merge Intervls' });
      expect(result.hits[0]?.id).toBe('merge-intervals');
    });

    it('narrows by kind and by tags', async () => {
      expect((await index.search({ text: 'two sum', kind: 'forum_post' })).hits.map((h) => h.id)).toEqual(['p1']);
      expect((await index.search({ text: 'array', tags: ['sorting'] })).hits.map((h) => h.id)).toEqual([
        'merge-intervals',
      ]);
      expect((await index.search({ text: 'quantum chromodynamics' })).hits).toEqual([]);
      // One good word does not carry a query whose other word is nowhere near the document.
      expect((await index.search({ text: 'zebra intervals' })).hits).toEqual([]);
    });

    it('narrows to a set of kinds', async () => {
      const result = await index.search({ text: 'two sum', kinds: ['problem', 'profile'] });
      expect(result.hits.map((h) => `${h.kind}:${h.id}`)).toEqual(['problem:two-sum']);
    });

    it('prunes every document of a kind outside the ids to keep, and nothing of other kinds', async () => {
      await index.upsert([
        { kind: 'note', id: 'n1', title: 'Keep me', body: 'pruning test' },
        { kind: 'note', id: 'n2', title: 'Drop me', body: 'pruning test' },
      ]);
      expect(await index.prune('note', ['n1'])).toBe(1);
      expect(await index.prune('note', ['n1'])).toBe(0);
      expect((await index.search({ text: 'pruning' })).hits.map((h) => h.id)).toEqual(['n1']);
      expect((await index.search({ text: 'two sum', kind: 'problem' })).total).toBe(1);
      expect(await index.prune('note', [])).toBe(1);
    });

    it('replaces a document on upsert and forgets it on delete', async () => {
      await index.upsert([{ kind: 'profile', id: 'u1', title: 'Ada Lovelace', body: 'analytical engines' }]);
      await index.upsert([{ kind: 'profile', id: 'u1', title: 'Ada King', body: 'analytical engines' }]);
      expect((await index.search({ text: 'lovelace' })).hits).toEqual([]);
      expect((await index.search({ text: 'analytical' })).hits.map((h) => h.title)).toEqual(['Ada King']);
      expect(await index.delete('profile', 'u1')).toBe(true);
      expect(await index.delete('profile', 'u1')).toBe(false);
      expect((await index.search({ text: 'analytical' })).hits).toEqual([]);
    });
  });
}
