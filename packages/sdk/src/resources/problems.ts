import {
  type DailyProblem,
  type Page,
  type ProblemDetail,
  type ProblemListQuery,
  type ProblemSummary,
  type RouteBody,
  type RouteQuery,
  type RunResult,
  routes,
} from '@avantika/contract';
import type { Conditional, ConditionalRequestOptions, RequestOptions } from '../core.js';
import type { PagePromise } from '../pagination.js';
import { APIResource } from './resource.js';

/** Filters and paging for {@link Problems.list}: difficulty, topic, company, status, search, cursor, limit. */
export type ProblemListParams = Partial<ProblemListQuery>;
/** Parameters for {@link Problems.daily}: a UTC date (`YYYY-MM-DD`), today when omitted. */
export type DailyProblemParams = NonNullable<RouteQuery<(typeof routes)['problems.daily']>>;
/** Parameters for {@link Problems.run}: language, code and optional custom inputs. */
export type ProblemRunParams = RouteBody<(typeof routes)['problems.run']>;

/** Coding problems: browse, read, and run code against the visible cases. */
export class Problems extends APIResource {
  /**
   * Lists published problems; await it for one page or `for await` it for every problem across pages.
   *
   * ```ts
   * for await (const p of client.problems.list({ difficulty: 'easy' })) console.log(p.slug);
   * ```
   */
  list(params: ProblemListParams = {}, options?: RequestOptions): PagePromise<ProblemSummary> {
    return this.client.paginate(routes['problems.list'], { query: params }, options);
  }

  /** A problem by slug: statement, examples, visible cases and starter code per language. */
  retrieve(slug: string, options?: RequestOptions): Promise<ProblemDetail> {
    return this.client.call(routes['problems.get'], { params: { slug } }, options);
  }

  /**
   * One page of the list as a conditional GET: pass the ETag of the copy you hold as `ifNoneMatch` and get
   * `notModified: true` while it is current (the server then sends no body), or the page with its new `etag`.
   *
   * ```ts
   * const res = await client.problems.listPage({ limit: 50 }, { ifNoneMatch: saved.etag });
   * const page = res.notModified ? saved.page : res.data;
   * ```
   */
  listPage(
    params: ProblemListParams = {},
    options?: ConditionalRequestOptions,
  ): Promise<Conditional<Page<ProblemSummary>>> {
    return this.client.callConditional(routes['problems.list'], { query: params }, options);
  }

  /** {@link retrieve} as a conditional GET: `notModified: true` while the `ifNoneMatch` ETag is current. */
  retrieveConditional(slug: string, options?: ConditionalRequestOptions): Promise<Conditional<ProblemDetail>> {
    return this.client.callConditional(routes['problems.get'], { params: { slug } }, options);
  }

  /** The daily problem: the same for everyone on a UTC date. */
  daily(params: DailyProblemParams = {}, options?: RequestOptions): Promise<DailyProblem> {
    return this.client.call(routes['problems.daily'], { query: params }, options);
  }

  /** Runs code on the visible cases (or custom inputs) and answers per case; nothing is recorded. */
  run(slug: string, params: ProblemRunParams, options?: RequestOptions): Promise<RunResult> {
    return this.client.call(routes['problems.run'], { params: { slug }, body: params }, options);
  }
}
