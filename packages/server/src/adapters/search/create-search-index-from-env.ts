import type { Sql } from '../sql/sql.js';
import { createElasticSearchIndex } from './elastic-search-index.js';
import type { SearchIndex } from './search-index.js';
import { createSqlSearchIndex } from './sql-search-index.js';

/**
 * The search index the environment asks for: Elasticsearch 8 at ELASTICSEARCH_URL (index ELASTICSEARCH_INDEX, default
 * `avantika-search`) when set, else PostgreSQL full-text + pg_trgm in `sql` (DESIGN.md §3).
 */
export function createSearchIndexFromEnv(env: NodeJS.ProcessEnv, sql: Sql): SearchIndex {
  if (!env.ELASTICSEARCH_URL) return createSqlSearchIndex(sql);
  return createElasticSearchIndex({
    url: env.ELASTICSEARCH_URL,
    ...(env.ELASTICSEARCH_INDEX ? { index: env.ELASTICSEARCH_INDEX } : {}),
  });
}
