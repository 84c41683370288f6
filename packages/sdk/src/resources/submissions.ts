import {
  type RouteResponse,
  routes,
  type Submission,
  type SubmissionCreateParams,
  type SubmissionEvent,
  type SubmissionListQuery,
} from '@avantika/contract';
import type { RequestOptions } from '../core.js';
import type { PagePromise } from '../pagination.js';
import type { StreamOptions } from '../streaming.js';
import { APIResource } from './resource.js';

/** The 202 answer to {@link Submissions.create}: the id to fetch or stream. */
export type SubmissionAccepted = RouteResponse<(typeof routes)['submissions.create']>;
/** Filters and paging for {@link Submissions.list}. */
export type SubmissionListParams = Partial<SubmissionListQuery>;

/** Options for {@link Submissions.createAndWait}. */
export interface CreateAndWaitOptions extends StreamOptions {
  /** Called with every progress event (queued, compiling, running, verdict) as it arrives. */
  onEvent?: ((event: SubmissionEvent) => void | Promise<void>) | undefined;
}

/** Code submissions: submit, follow the judge live, read verdicts. */
export class Submissions extends APIResource {
  /** Queues code for judging; answers at once with the submission id (follow it with {@link stream}). */
  create(params: SubmissionCreateParams, options?: RequestOptions): Promise<SubmissionAccepted> {
    return this.client.call(routes['submissions.create'], { body: params }, options);
  }

  /** A submission with its verdict, counts, runtime, memory and code. */
  retrieve(id: string, options?: RequestOptions): Promise<Submission> {
    return this.client.call(routes['submissions.get'], { params: { id } }, options);
  }

  /** The signed-in user's submissions, newest first, optionally for one problem (`problem: slug`). */
  list(params: SubmissionListParams = {}, options?: RequestOptions): PagePromise<Submission> {
    return this.client.paginate(routes['submissions.list'], { query: params }, options);
  }

  /**
   * Follows a submission's progress over SSE until its verdict. A dropped connection is resumed with Last-Event-ID,
   * so each event arrives exactly once; events already sent are replayed first, so a late caller misses nothing.
   */
  async *stream(id: string, options: StreamOptions = {}): AsyncGenerator<SubmissionEvent> {
    const events = this.client.stream(
      routes['submissions.events'],
      { params: { id } },
      (event) => event.type === 'verdict',
      options,
    );
    for await (const { data } of events) yield data;
  }

  /** Submits, follows the judge to the verdict (reporting each event to `onEvent`) and returns the judged submission. */
  async createAndWait(params: SubmissionCreateParams, options: CreateAndWaitOptions = {}): Promise<Submission> {
    const { onEvent, lastEventId: _ignored, ...requestOptions } = options;
    const { id } = await this.create(params, requestOptions);
    for await (const event of this.stream(id, requestOptions)) await onEvent?.(event);
    return this.retrieve(id, requestOptions);
  }
}
