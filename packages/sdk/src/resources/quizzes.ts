import {
  type PageQuery,
  type QuizAnswerParams,
  type QuizAnswerResult,
  type QuizAttempt,
  type QuizAttemptSummary,
  type QuizStartParams,
  routes,
} from '@avantika/contract';
import type { RequestOptions } from '../core.js';
import type { PagePromise } from '../pagination.js';
import { APIResource } from './resource.js';

/** Paging for {@link Quizzes.list}. */
export type QuizListParams = Partial<PageQuery>;

/** MCQ quizzes: start an attempt, lock answers one by one, finish for the score and explanations. */
export class Quizzes extends APIResource {
  /** Starts an attempt with `count` questions from an MCQ set (`set`) or a topic (`topic`). */
  create(params: QuizStartParams, options?: RequestOptions): Promise<QuizAttempt> {
    return this.client.call(routes['quizzes.start'], { body: params }, options);
  }

  /** One of the caller's attempts; correct answers appear only for locked questions. */
  retrieve(id: string, options?: RequestOptions): Promise<QuizAttempt> {
    return this.client.call(routes['quizzes.get'], { params: { id } }, options);
  }

  /** The caller's attempts, newest first. */
  list(params: QuizListParams = {}, options?: RequestOptions): PagePromise<QuizAttemptSummary> {
    return this.client.paginate(routes['quizzes.list'], { query: params }, options);
  }

  /** Locks the answer to question `index` and tells whether it was right, with the explanation. */
  answer(id: string, params: QuizAnswerParams, options?: RequestOptions): Promise<QuizAnswerResult> {
    return this.client.call(routes['quizzes.answer'], { params: { id }, body: params }, options);
  }

  /** Finishes the attempt: the score and every explanation. Finishing twice changes nothing. */
  finish(id: string, options?: RequestOptions): Promise<QuizAttempt> {
    return this.client.call(routes['quizzes.finish'], { params: { id } }, options);
  }
}
