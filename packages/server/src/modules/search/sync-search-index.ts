import type { SearchIndex } from '../../adapters/search/search-index.js';
import type { Queryable } from '../../adapters/sql/sql.js';
import {
  loadSearchDocuments,
  SEARCH_KINDS,
  type SearchDocumentSource,
  type SearchKindName,
  type SearchScope,
} from './load-search-documents.js';

/** What a sync did: documents written per kind and documents removed (unpublished, or gone from the database). */
export interface SearchSyncReport {
  readonly index: SearchIndex['kind'];
  readonly indexed: Record<SearchKindName, number>;
  readonly deleted: number;
}

// Elasticsearch bulk requests stay well under its default 100 MB limit with statements of a few KB each.
const BATCH = 200;

/**
 * Brings the search index in line with the committed database for `scope`: visible content is upserted, unpublished
 * content deleted. With `all` (avantika-admin reindex) every document of a kind that is no longer visible in the
 * database is pruned as well, so running it twice in a row changes nothing the second time.
 */
export async function syncSearchIndex(
  index: SearchIndex,
  db: Queryable,
  source: SearchDocumentSource,
  scope: SearchScope,
): Promise<SearchSyncReport> {
  await index.ensure();
  const indexed = { problem: 0, mcq_set: 0, path: 0 };
  let deleted = 0;
  for (const kind of SEARCH_KINDS) {
    const { visible, hidden } = await loadSearchDocuments(db, source, kind, scope);
    for (let i = 0; i < visible.length; i += BATCH) await index.upsert(visible.slice(i, i + BATCH));
    indexed[kind] = visible.length;
    if (scope === 'all') {
      deleted += await index.prune(
        kind,
        visible.map((d) => d.id),
      );
    } else {
      for (const id of hidden) if (await index.delete(kind, id)) deleted++;
    }
  }
  return { index: index.kind, indexed, deleted };
}

/** The slugs an import touched, as a scope for {@link syncSearchIndex}. */
export function importScope(pack: {
  problems: readonly { slug: string }[];
  mcqSets: readonly { value: { set: string } }[];
  paths: readonly { value: { slug: string } }[];
}): SearchScope {
  return {
    problem: pack.problems.map((p) => p.slug),
    mcq_set: pack.mcqSets.map((s) => s.value.set),
    path: pack.paths.map((p) => p.value.slug),
  };
}
