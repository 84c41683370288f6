import {
  quizAnswerResultSchema,
  quizAnswerSchema,
  quizAttemptSchema,
  quizAttemptSummarySchema,
  quizIdParamsSchema,
  quizStartSchema,
} from '../resources/quizzes.js';
import { defineRoute, pageQuerySchema, pageSchema, routeGroup } from '../route.js';

/** `POST /v1/quizzes`: start an attempt with N questions drawn (seeded, stored) from a set or a topic. */
export const startQuiz = defineRoute({
  id: 'quizzes.start',
  method: 'POST',
  path: '/v1/quizzes',
  summary: 'Start a quiz attempt for an MCQ set or a topic',
  auth: 'user',
  idempotent: false,
  body: quizStartSchema,
  status: 201,
  response: quizAttemptSchema,
  errors: ['VALIDATION_FAILED', 'UNAUTHENTICATED', 'MCQ_SET_NOT_FOUND', 'NOT_ENOUGH_QUESTIONS'],
});

/** `GET /v1/quizzes`: the caller's attempts, newest first. */
export const listQuizzes = defineRoute({
  id: 'quizzes.list',
  method: 'GET',
  path: '/v1/quizzes',
  summary: "List the caller's quiz attempts (newest first)",
  auth: 'user',
  idempotent: true,
  query: pageQuerySchema,
  status: 200,
  response: pageSchema(quizAttemptSummarySchema),
  errors: ['VALIDATION_FAILED', 'UNAUTHENTICATED'],
  paginate: true,
});

/** `GET /v1/quizzes/:id`: one of the caller's attempts; correct answers only for locked questions. */
export const getQuiz = defineRoute({
  id: 'quizzes.get',
  method: 'GET',
  path: '/v1/quizzes/:id',
  summary: 'Get a quiz attempt (own only)',
  auth: 'user',
  idempotent: true,
  params: quizIdParamsSchema,
  status: 200,
  response: quizAttemptSchema,
  errors: ['VALIDATION_FAILED', 'UNAUTHENTICATED', 'QUIZ_ATTEMPT_NOT_FOUND'],
});

/** `POST /v1/quizzes/:id/answers`: lock an answer and learn whether it was right; a locked question answers 409. */
export const answerQuiz = defineRoute({
  id: 'quizzes.answer',
  method: 'POST',
  path: '/v1/quizzes/:id/answers',
  summary: 'Lock the answer to one question and get its result',
  auth: 'user',
  idempotent: false,
  params: quizIdParamsSchema,
  body: quizAnswerSchema,
  status: 200,
  response: quizAnswerResultSchema,
  errors: [
    'VALIDATION_FAILED',
    'UNAUTHENTICATED',
    'QUIZ_ATTEMPT_NOT_FOUND',
    'QUESTION_NOT_FOUND',
    'INVALID_OPTION',
    'QUESTION_ALREADY_ANSWERED',
    'QUIZ_ATTEMPT_FINISHED',
  ],
});

/** `POST /v1/quizzes/:id/finish`: close the attempt; answers the score and every explanation. Finishing twice is a no-op. */
export const finishQuiz = defineRoute({
  id: 'quizzes.finish',
  method: 'POST',
  path: '/v1/quizzes/:id/finish',
  summary: 'Finish a quiz attempt: score and all explanations',
  auth: 'user',
  idempotent: false,
  params: quizIdParamsSchema,
  status: 200,
  response: quizAttemptSchema,
  errors: ['VALIDATION_FAILED', 'UNAUTHENTICATED', 'QUIZ_ATTEMPT_NOT_FOUND'],
});

/** Every quiz route, for registration and OpenAPI. */
export const quizRoutes = routeGroup([startQuiz, listQuizzes, getQuiz, answerQuiz, finishQuiz]);
