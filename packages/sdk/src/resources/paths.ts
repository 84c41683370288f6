import {
  type PageQuery,
  type PathDetail,
  type PathEnrollment,
  type PathItemCompletion,
  type PathNext,
  type PathProgress,
  type PathSummary,
  routes,
} from '@avantika/contract';
import type { RequestOptions } from '../core.js';
import type { PagePromise } from '../pagination.js';
import { APIResource } from './resource.js';

/** Paging for {@link Paths.list}. */
export type PathListParams = Partial<PageQuery>;

/** Learning paths: modules of problems, MCQ sets and articles, with the caller's progress. */
export class Paths extends APIResource {
  /** Published learning paths in display order, with whether the caller is enrolled. */
  list(params: PathListParams = {}, options?: RequestOptions): PagePromise<PathSummary> {
    return this.client.paginate(routes['paths.list'], { query: params }, options);
  }

  /** A path's modules and items with the caller's progress. */
  retrieve(slug: string, options?: RequestOptions): Promise<PathDetail> {
    return this.client.call(routes['paths.get'], { params: { slug } }, options);
  }

  /** Enrols the caller; `award` is what the modules already complete earned (null on a repeat, which changes nothing). */
  enroll(slug: string, options?: RequestOptions): Promise<PathEnrollment> {
    return this.client.call(routes['paths.enroll'], { params: { slug } }, options);
  }

  /** Completion per module and item, from solved problems, finished quizzes and read articles. */
  progress(slug: string, options?: RequestOptions): Promise<PathProgress> {
    return this.client.call(routes['paths.progress'], { params: { slug } }, options);
  }

  /** The first item the caller has not completed. */
  next(slug: string, options?: RequestOptions): Promise<PathNext> {
    return this.client.call(routes['paths.next'], { params: { slug } }, options);
  }

  /**
   * Marks an article item as read (problems and MCQ sets complete themselves); answers the progress and `award`, what
   * a module this completed earned, or null.
   */
  completeItem(slug: string, itemId: string, options?: RequestOptions): Promise<PathItemCompletion> {
    return this.client.call(routes['paths.completeItem'], { params: { slug, itemId } }, options);
  }
}
