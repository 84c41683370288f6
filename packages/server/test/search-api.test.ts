import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SearchHit, SearchPage } from '@avantika/contract';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSqlDocumentStore } from '../src/adapters/documents/sql-document-store.js';
import { createSqlSearchIndex } from '../src/adapters/search/sql-search-index.js';
import type { Sql } from '../src/adapters/sql/sql.js';
import { createProblemDocuments } from '../src/modules/content/content-documents.js';
import { importContent } from '../src/modules/content/import-service.js';
import { syncSearchIndex } from '../src/modules/search/sync-search-index.js';
import { importPracticeContent } from '../src/testing.js';
import { postgresAvailable } from './support/postgres-available.js';
import { bearer, registerUser } from './support/practice-fixture.js';
import { buildTestApp, openTestSql } from './support/test-app.js';

const pg = await postgresAvailable();
const addTwo = fileURLToPath(new URL('./fixtures/content/valid/problems/add-two', import.meta.url));

/** The add-two fixture problem as `slug`, with its own title, statement and extra front matter. */
function problemFiles(slug: string, title: string, statement: string, frontMatter = ''): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string, rel: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name), `${rel}${entry.name}/`);
      else files[`problems/${slug}/${rel}${entry.name}`] = readFileSync(join(dir, entry.name), 'utf8');
    }
  };
  walk(addTwo, '');
  files[`problems/${slug}/problem.md`] = files[`problems/${slug}/problem.md`]!.replace('slug: add-two', `slug: ${slug}`)
    .replace('title: Add Two Numbers', `title: ${title}${frontMatter ? `\n${frontMatter}` : ''}`)
    .replace('Return the sum of `a` and `b`.', statement);
  return files;
}

for (const kind of ['pglite', 'postgres'] as const) {
  describe.skipIf(kind === 'postgres' && !pg.ok)(`GET /v1/search on ${kind}`, () => {
    let sql: Sql;
    let app: FastifyInstance;
    let token: string;
    const docs = () => createProblemDocuments(createSqlDocumentStore(sql), sql);
    const importFiles = async (files: Record<string, string>) => {
      const report = await importContent(sql, docs(), { files });
      expect(report.issues).toEqual([]);
      return report;
    };
    const search = async (query: string) => {
      const res = await app.inject({ method: 'GET', url: `/v1/search?${query}`, headers: bearer(token) });
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as SearchPage;
    };
    const slugs = (hits: SearchHit[]) => hits.map((h) => `${h.kind}:${h.fields.slug}`);

    beforeAll(async () => {
      sql = await openTestSql(kind);
      await importPracticeContent(sql);
      await importFiles({
        ...problemFiles('vault-sum', 'Vault Sum', 'A zeppelin pilot adds `a` and `b`.', 'premium: true'),
        ...problemFiles('draft-sum', 'Draft Sum', 'A xylophone tuner adds `a` and `b`.', 'published: false'),
      });
      app = await buildTestApp(sql);
      token = (await registerUser(app, 'searcher')).token;
    });
    afterAll(async () => {
      await app?.close();
      await sql?.close();
    });

    it('finds a problem by words that appear only in its statement', async () => {
      const page = await search('q=boredom%20stride');
      expect(slugs(page.data)).toEqual(['problem:climbing-stairs']);
      expect(page.data[0]).toMatchObject({
        title: 'Lighthouse Stairs',
        fields: { premium: false, difficulty: 'easy' },
      });
      expect(page.total).toBe(1);
    });

    it('forgives a typo in a title and in a statement word', async () => {
      expect(slugs((await search('q=Lighthuose%20Stairs')).data)[0]).toBe('problem:climbing-stairs');
      expect(slugs((await search('q=laundromt')).data)).toEqual(['problem:single-number']);
      expect(slugs((await search('q=stairkase')).data)).toEqual(['problem:climbing-stairs']);
    });

    it('finds MCQ sets by their questions and paths by their modules and articles, narrowed by kind', async () => {
      expect(slugs((await search('q=stable%20sorts')).data)).toEqual(['mcq_set:sorting-basics']);
      const article = await search('q=Big-O%20in%20ten%20minutes&kind=path');
      expect(slugs(article.data)).toEqual(['path:practice-path']);
      expect(article.data[0]!.fields.modules).toBe(2);
      const sets = await search('q=sorting&kind=mcq_set');
      expect(sets.data.every((h) => h.kind === 'mcq_set')).toBe(true);
      expect(sets.data[0]!.fields).toMatchObject({ slug: 'sorting-basics', questions: 7 });
      expect((await search('q=lighthouse&kind=path')).data).toEqual([]);
    });

    it('finds premium problems marked premium, never unpublished ones, like the problem list', async () => {
      const vault = await search('q=zeppelin');
      expect(vault.data.map((h) => [h.fields.slug, h.fields.premium])).toEqual([['vault-sum', true]]);
      expect((await search('q=xylophone')).data).toEqual([]);
      const list = await app.inject({ method: 'GET', url: '/v1/problems?search=zeppelin', headers: bearer(token) });
      expect(list.json().data.map((p: { slug: string; premium: boolean }) => [p.slug, p.premium])).toEqual([
        ['vault-sum', true],
      ]);
      const hidden = await app.inject({ method: 'GET', url: '/v1/problems?search=xylophone', headers: bearer(token) });
      expect(hidden.json().data).toEqual([]);
    });

    it('pages by cursor and by offset, and refuses both at once', async () => {
      const first = await search('q=sum&limit=1');
      expect(first.total).toBeGreaterThan(1);
      expect(first.data).toHaveLength(1);
      const byCursor = await search(`q=sum&limit=1&cursor=${first.nextCursor}`);
      const byOffset = await search('q=sum&limit=1&offset=1');
      expect(byCursor.data).toEqual(byOffset.data);
      expect(byCursor.data[0]!.id).not.toBe(first.data[0]!.id);
      const past = await search(`q=sum&offset=${first.total}`);
      expect(past).toMatchObject({ data: [], nextCursor: null, total: first.total });
      const both = await app.inject({
        method: 'GET',
        url: `/v1/search?q=sum&offset=1&cursor=${first.nextCursor}`,
        headers: bearer(token),
      });
      expect(both.json().error.code).toBe('VALIDATION_FAILED');
      const bad = await app.inject({ method: 'GET', url: '/v1/search?q=sum&cursor=bogus', headers: bearer(token) });
      expect(bad.json().error.code).toBe('INVALID_CURSOR');
    });

    it('drops a problem after a re-import unpublishes it and a question after its set loses it', async () => {
      const once = problemFiles('obelisk-sum', 'Obelisk Sum', 'An obelisk carver adds `a` and `b`.');
      await importFiles(once);
      expect(slugs((await search('q=obelisk')).data)).toEqual(['problem:obelisk-sum']);
      const gone = problemFiles(
        'obelisk-sum',
        'Obelisk Sum',
        'An obelisk carver adds `a` and `b`.',
        'published: false',
      );
      const report = await importFiles(gone);
      expect(report.search?.deleted).toBe(1);
      expect((await search('q=obelisk')).data).toEqual([]);

      const set = (questions: string) => ({
        'mcq/quarry.yaml': `set: quarry\ntitle: Quarry\ndomain: dsa\ntopic: sorting\nquestions:\n${questions}`,
      });
      const q = (id: string, text: string) =>
        `  - id: ${id}\n    difficulty: easy\n    question: ${text}\n    options:\n      - text: yes\n        correct: true\n      - text: no\n    explanation: Geology.\n`;
      await importFiles(set(q('a', 'Is granite igneous?') + q('b', 'Is marble metamorphic?')));
      expect(slugs((await search('q=marble&kind=mcq_set')).data)).toEqual(['mcq_set:quarry']);
      await importFiles(set(q('a', 'Is granite igneous?')));
      expect((await search('q=marble&kind=mcq_set')).data).toEqual([]);
      expect(slugs((await search('q=granite&kind=mcq_set')).data)).toEqual(['mcq_set:quarry']);
    });

    it('rebuilds the index from the database idempotently, removing what no longer belongs', async () => {
      const index = createSqlSearchIndex(sql);
      await sql.query(`INSERT INTO search_documents (kind, id, title) VALUES ('problem', 'stale', 'Stale lighthouse')`);
      const first = await syncSearchIndex(index, sql, docs(), 'all');
      expect(first.deleted).toBe(1);
      const rows = () =>
        sql.query(`SELECT kind, id, title, body, tags, fields, updated_at FROM search_documents ORDER BY kind, id`);
      const before = (await rows()).rows;
      const again = await syncSearchIndex(index, sql, docs(), 'all');
      expect(again).toEqual({ ...first, deleted: 0 });
      expect(again.indexed).toEqual({ problem: 6, mcq_set: 2, path: 2 });
      expect((await rows()).rows).toEqual(before);
      expect(slugs((await search('q=lighthouse')).data)).toEqual(['problem:climbing-stairs']);
    });
  });
}
