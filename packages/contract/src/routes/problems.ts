import { z } from 'zod';
import {
  dailyProblemSchema,
  problemDetailSchema,
  problemListQuerySchema,
  problemSlugParamsSchema,
  problemSummarySchema,
  runRequestSchema,
  runResultSchema,
} from '../resources/problems.js';
import { defineRoute, pageSchema, routeGroup } from '../route.js';

/** `GET /v1/problems`: published problems, filtered and paginated; `status` needs a signed-in caller. */
export const listProblems = defineRoute({
  id: 'problems.list',
  method: 'GET',
  path: '/v1/problems',
  summary: 'List problems with filters (difficulty, topic, company, status, search)',
  auth: 'user',
  idempotent: true,
  query: problemListQuerySchema,
  etag: true,
  status: 200,
  response: pageSchema(problemSummarySchema),
  errors: ['VALIDATION_FAILED', 'UNAUTHENTICATED'],
  paginate: true,
});

/**
 * `GET /v1/problems/daily`: the same problem for everyone on a UTC date. Rule: order the published, non-premium
 * problems by id; pick index = (days since 1970-01-01) mod count, after hashing the date so neighbours differ.
 */
export const getDailyProblem = defineRoute({
  id: 'problems.daily',
  method: 'GET',
  path: '/v1/problems/daily',
  summary: 'The daily problem for today (UTC) or a given date',
  auth: 'user',
  idempotent: true,
  query: z.object({ date: z.iso.date().optional() }),
  etag: true,
  status: 200,
  response: dailyProblemSchema,
  errors: ['VALIDATION_FAILED', 'UNAUTHENTICATED', 'DAILY_PROBLEM_UNAVAILABLE'],
});

/** `GET /v1/problems/:slug`: the statement, examples, visible cases and starter code of the current version. */
export const getProblem = defineRoute({
  id: 'problems.get',
  method: 'GET',
  path: '/v1/problems/:slug',
  summary: 'Get a problem with its statement, visible cases and starter code',
  auth: 'user',
  idempotent: true,
  params: problemSlugParamsSchema,
  etag: true,
  status: 200,
  response: problemDetailSchema,
  errors: ['UNAUTHENTICATED', 'PROBLEM_NOT_FOUND'],
});

/** `POST /v1/problems/:slug/run`: judge code on the visible cases or custom inputs, synchronously, without recording it. */
export const runProblem = defineRoute({
  id: 'problems.run',
  method: 'POST',
  path: '/v1/problems/:slug/run',
  summary: 'Run code against the visible cases or custom inputs (not a submission)',
  auth: 'user',
  idempotent: false,
  params: problemSlugParamsSchema,
  body: runRequestSchema,
  status: 200,
  response: runResultSchema,
  errors: [
    'VALIDATION_FAILED',
    'UNAUTHENTICATED',
    'PROBLEM_NOT_FOUND',
    'RATE_LIMITED',
    'PROBLEM_INVALID',
    'JUDGE_UNAVAILABLE',
  ],
});

/** Every problem route keyed by id. */
export const problemRoutes = routeGroup([listProblems, getDailyProblem, getProblem, runProblem]);
