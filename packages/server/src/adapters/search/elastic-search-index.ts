import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client, errors } from '@elastic/elasticsearch';
import { findMigrationsDir } from '../../migrations/find-migrations-dir.js';
import type { SearchDocument, SearchIndex, SearchQuery, SearchResult } from './search-index.js';

/** Options for {@link createElasticSearchIndex}. */
export interface ElasticSearchIndexOptions {
  /** `http://…:9200` (ELASTICSEARCH_URL). */
  readonly url: string;
  /** The index name; default `avantika-search`. */
  readonly index?: string;
}

interface Source {
  kind: string;
  id: string;
  title: string;
  fields?: Record<string, string | number | boolean>;
}

/**
 * The scale-out search index on Elasticsearch 8 (official client). Mappings come from
 * `migrations/search/avantika-search.json`; title matches weigh three times body matches, fuzziness AUTO forgives
 * typos. Exercised only when ELASTICSEARCH_URL is set (no Elasticsearch runs in CI).
 */
export function createElasticSearchIndex(options: ElasticSearchIndexOptions): SearchIndex {
  const client = new Client({ node: options.url });
  const index = options.index ?? 'avantika-search';
  const docId = (kind: string, id: string) => `${kind}:${id}`;
  return {
    kind: 'elasticsearch',
    async ensure() {
      if (await client.indices.exists({ index })) return;
      const definition = JSON.parse(
        readFileSync(join(findMigrationsDir('search'), 'avantika-search.json'), 'utf8'),
      ) as Record<string, never>;
      await client.indices.create({ index, ...definition });
    },
    async upsert(docs: readonly SearchDocument[]) {
      if (docs.length === 0) return;
      const now = new Date().toISOString();
      const operations = docs.flatMap((d) => [
        { index: { _index: index, _id: docId(d.kind, d.id) } },
        {
          kind: d.kind,
          id: d.id,
          title: d.title,
          body: d.body ?? '',
          tags: d.tags ?? [],
          fields: d.fields ?? {},
          updatedAt: now,
        },
      ]);
      const result = await client.bulk({ operations, refresh: 'wait_for' });
      if (result.errors)
        throw new Error(`Elasticsearch bulk index failed: ${JSON.stringify(result.items.find((i) => i.index?.error))}`);
    },
    async delete(kind: string, id: string) {
      try {
        await client.delete({ index, id: docId(kind, id), refresh: 'wait_for' });
        return true;
      } catch (error) {
        if (error instanceof errors.ResponseError && error.statusCode === 404) return false;
        throw error;
      }
    },
    async prune(kind: string, keep: readonly string[]) {
      const result = await client.deleteByQuery({
        index,
        refresh: true,
        conflicts: 'proceed',
        query: {
          bool: { filter: [{ term: { kind } }], must_not: [{ ids: { values: keep.map((id) => docId(kind, id)) } }] },
        },
      });
      return result.deleted ?? 0;
    },
    async search(query: SearchQuery): Promise<SearchResult> {
      const filter: object[] = [];
      if (query.kind) filter.push({ term: { kind: query.kind } });
      if (query.kinds) filter.push({ terms: { kind: [...query.kinds] } });
      for (const tag of query.tags ?? []) filter.push({ term: { tags: tag } });
      const response = await client.search<Source>({
        index,
        from: Math.max(query.offset ?? 0, 0),
        size: Math.min(Math.max(query.limit ?? 20, 1), 100),
        track_total_hits: true,
        query: {
          bool: {
            must: [
              {
                // Every word must match (fuzzily), as the PostgreSQL index requires, rather than any one of them.
                multi_match: { query: query.text, fields: ['title^3', 'body'], fuzziness: 'AUTO', operator: 'and' },
              },
            ],
            filter,
          },
        },
      });
      const total = typeof response.hits.total === 'number' ? response.hits.total : (response.hits.total?.value ?? 0);
      return {
        total,
        hits: response.hits.hits.map((h) => ({
          kind: h._source!.kind,
          id: h._source!.id,
          title: h._source!.title,
          score: h._score ?? 0,
          fields: h._source!.fields ?? {},
        })),
      };
    },
    async close() {
      await client.close();
    },
  };
}
