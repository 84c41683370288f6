import type { Sql } from '../sql/sql.js';
import type { SearchDocument, SearchHit, SearchIndex, SearchQuery, SearchResult } from './search-index.js';

interface Row {
  kind: string;
  id: string;
  title: string;
  fields: Record<string, string | number | boolean>;
  score: number;
  total: number;
}

/**
 * The embedded search index on the `search_documents` table: websearch syntax over a weighted tsvector (title above
 * body), plus pg_trgm word similarity on title (ranked) and body (V52, matched only) so a typo still finds the problem.
 */
export function createSqlSearchIndex(sql: Sql): SearchIndex {
  const index: SearchIndex = {
    kind: 'postgres',
    async ensure() {
      // The table and its indexes are migration V9.1; nothing to create at run time.
    },
    async upsert(docs: readonly SearchDocument[]) {
      if (docs.length === 0) return;
      await sql.transaction(async (tx) => {
        for (const doc of docs) {
          await tx.query(
            `INSERT INTO search_documents (kind, id, title, body, tags, fields) VALUES ($1, $2, $3, $4, $5, $6::jsonb)
             ON CONFLICT (kind, id) DO UPDATE SET title = EXCLUDED.title, body = EXCLUDED.body, tags = EXCLUDED.tags,
               fields = EXCLUDED.fields, updated_at = NOW()
             -- Re-indexing unchanged content (every import, every reindex) then rewrites no row and no index entry.
             WHERE (search_documents.title, search_documents.body, search_documents.tags, search_documents.fields)
               IS DISTINCT FROM (EXCLUDED.title, EXCLUDED.body, EXCLUDED.tags, EXCLUDED.fields)`,
            [doc.kind, doc.id, doc.title, doc.body ?? '', [...(doc.tags ?? [])], JSON.stringify(doc.fields ?? {})],
          );
        }
      });
    },
    async delete(kind: string, id: string) {
      const { rowCount } = await sql.query('DELETE FROM search_documents WHERE kind = $1 AND id = $2', [kind, id]);
      return rowCount > 0;
    },
    async prune(kind: string, keep: readonly string[]) {
      const { rowCount } = await sql.query(
        'DELETE FROM search_documents WHERE kind = $1 AND NOT (id = ANY($2::text[]))',
        [kind, [...keep]],
      );
      return rowCount;
    },
    async search(query: SearchQuery): Promise<SearchResult> {
      const limit = Math.min(Math.max(query.limit ?? 20, 1), 100);
      const offset = Math.max(query.offset ?? 0, 0);
      const { rows } = await sql.query<Row>(
        `WITH q AS (SELECT websearch_to_tsquery('english', $1) AS ts)
         SELECT d.kind, d.id, d.title, d.fields,
                (ts_rank_cd(d.tsv, q.ts) + word_similarity($1, d.title))::float8 AS score,
                count(*) OVER ()::int AS total
           FROM search_documents d, q
          WHERE (d.tsv @@ q.ts
                 -- Typos: the whole query is near the title or a stretch of the body (both indexed), and every word
                 -- of three letters or more is near a word of the document, so "zebra crossing" does not match a
                 -- document that only says "crossing".
                 OR (($1 <% d.title OR $1 <% d.body) AND NOT EXISTS (
                       SELECT 1 FROM regexp_split_to_table(lower($1), '[^[:alnum:]]+') AS w(word)
                        WHERE length(w.word) >= 3 AND word_similarity(w.word, d.title || ' ' || d.body) < 0.5)))
            AND ($2::text IS NULL OR d.kind = $2)
            AND ($6::text[] IS NULL OR d.kind = ANY($6::text[]))
            AND d.tags @> $3::text[]
          ORDER BY score DESC, d.kind, d.id
          LIMIT $4 OFFSET $5`,
        [query.text, query.kind ?? null, [...(query.tags ?? [])], limit, offset, query.kinds ? [...query.kinds] : null],
      );
      const hits: SearchHit[] = rows.map((r) => ({
        kind: r.kind,
        id: r.id,
        title: r.title,
        score: r.score,
        fields: r.fields,
      }));
      if (rows.length > 0 || offset === 0) return { total: rows[0]?.total ?? 0, hits };
      // A page past the end has no row to carry the window count, but the total is still asked for.
      const all = await index.search({ ...query, limit: 1, offset: 0 });
      return { total: all.total, hits };
    },
    async close() {
      // The Sql connection belongs to the caller.
    },
  };
  return index;
}
