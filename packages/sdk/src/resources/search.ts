import { routes, type SearchHit, type SearchPage, type SearchQueryParams } from '@avantika/contract';
import type { RequestOptions } from '../core.js';
import type { PagePromise } from '../pagination.js';
import { APIResource } from './resource.js';

/** What {@link Search.query} takes: `q` (required), `kind`, `limit`, and `cursor` or `offset`. */
export type SearchParams = Pick<SearchQueryParams, 'q'> & Partial<Omit<SearchQueryParams, 'q'>>;

/** Full-text search over problem statements, MCQ sets (with their questions) and learning paths. */
export class Search extends APIResource {
  /**
   * Hits best first; await it for one page or `for await` it for every hit across pages. Typos are forgiven;
   * unpublished content is never found, premium content is (with `fields.premium`).
   *
   * ```ts
   * for await (const hit of client.search.query({ q: 'overlapping intervals', kind: 'problem' })) {
   *   console.log(hit.kind, hit.fields.slug, hit.score);
   * }
   * ```
   */
  query(params: SearchParams, options?: RequestOptions): PagePromise<SearchHit> {
    return this.client.paginate(routes['search.query'], { query: params }, options);
  }

  /** One page with `total`, the number of matches across all pages (`offset` pages without a cursor). */
  page(params: SearchParams, options?: RequestOptions): Promise<SearchPage> {
    return this.client.call(routes['search.query'], { query: params }, options);
  }
}
