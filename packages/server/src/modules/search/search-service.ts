import type { SearchHit, SearchHitFields, SearchKind, SearchPage, SearchQueryParams } from '@avantika/contract';
import { z } from 'zod';
import type { SearchHit as IndexHit, SearchIndex } from '../../adapters/search/search-index.js';
import { DomainError, isDomainError } from '../../http/domain-error.js';
import { decodeCursor, encodeCursor } from '../../http/pagination.js';
import { SEARCH_KINDS } from './load-search-documents.js';

const OFFSET_CURSOR = z.tuple([z.number().int().min(0).max(10_000)]);

function toFields(raw: IndexHit['fields']): SearchHitFields {
  const num = (key: string) => (typeof raw[key] === 'number' ? { [key]: raw[key] as number } : {});
  return {
    slug: String(raw['slug'] ?? ''),
    premium: raw['premium'] === true,
    ...(typeof raw['difficulty'] === 'string' ? { difficulty: raw['difficulty'] } : {}),
    ...num('number'),
    ...num('questions'),
    ...num('modules'),
  };
}

/**
 * Answers `GET /v1/search` from the configured {@link SearchIndex}. The index holds only what the catalog shows
 * (published content; premium content marked), so its answer needs no second visibility check.
 */
export class SearchService {
  constructor(private readonly index: SearchIndex) {}

  /** A page of hits best first, paged by an opaque cursor (an offset inside) or a plain `offset`. */
  async query(params: SearchQueryParams): Promise<SearchPage> {
    const offset = decodeCursor(params.cursor, OFFSET_CURSOR)?.[0] ?? params.offset ?? 0;
    let result: Awaited<ReturnType<SearchIndex['search']>>;
    try {
      result = await this.index.search({
        text: params.q,
        ...(params.kind ? { kind: params.kind } : { kinds: SEARCH_KINDS }),
        limit: params.limit,
        offset,
      });
    } catch (error) {
      if (isDomainError(error) || this.index.kind !== 'elasticsearch') throw error;
      // Elasticsearch is a separate server: its being down is a retryable outage, not a bug.
      throw new DomainError('UNAVAILABLE', { dependency: 'search' }, { cause: error });
    }
    const data: SearchHit[] = result.hits.map((h) => ({
      kind: h.kind as SearchKind,
      id: h.id,
      title: h.title,
      score: h.score,
      fields: toFields(h.fields),
    }));
    const next = offset + data.length;
    return {
      data,
      nextCursor: data.length > 0 && next < result.total && next <= 10_000 ? encodeCursor([next]) : null,
      total: result.total,
    };
  }
}
