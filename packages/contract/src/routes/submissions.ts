import {
  submissionAcceptedSchema,
  submissionCreateSchema,
  submissionEventSchema,
  submissionEventsQuerySchema,
  submissionIdParamsSchema,
  submissionListQuerySchema,
  submissionSchema,
} from '../resources/submissions.js';
import { defineRoute, pageSchema, routeGroup } from '../route.js';

/** `POST /v1/submissions`: queue code for judging against the problem's current version; answers 202 with the id. */
export const createSubmission = defineRoute({
  id: 'submissions.create',
  method: 'POST',
  path: '/v1/submissions',
  summary: 'Submit code for judging (202 with the submission id)',
  auth: 'user',
  idempotent: false,
  body: submissionCreateSchema,
  status: 202,
  response: submissionAcceptedSchema,
  // JUDGE_UNAVAILABLE: the judge job could not be queued (a server started without the judge queue).
  errors: ['VALIDATION_FAILED', 'UNAUTHENTICATED', 'PROBLEM_NOT_FOUND', 'RATE_LIMITED', 'JUDGE_UNAVAILABLE'],
});

/** `GET /v1/submissions`: the caller's submissions, newest first, optionally for one problem. */
export const listSubmissions = defineRoute({
  id: 'submissions.list',
  method: 'GET',
  path: '/v1/submissions',
  summary: "List the caller's submissions (newest first)",
  auth: 'user',
  idempotent: true,
  query: submissionListQuerySchema,
  status: 200,
  response: pageSchema(submissionSchema),
  errors: ['VALIDATION_FAILED', 'UNAUTHENTICATED'],
  paginate: true,
});

/** `GET /v1/submissions/:id`: one submission with its code; another user's is 404 unless the caller is an admin. */
export const getSubmission = defineRoute({
  id: 'submissions.get',
  method: 'GET',
  path: '/v1/submissions/:id',
  summary: 'Get a submission (own only; admins any)',
  auth: 'user',
  idempotent: true,
  params: submissionIdParamsSchema,
  status: 200,
  response: submissionSchema,
  errors: ['VALIDATION_FAILED', 'UNAUTHENTICATED', 'SUBMISSION_NOT_FOUND'],
});

/**
 * `GET /v1/submissions/:id/events`: Server-Sent Events queued → compiling → running → verdict. Past events are
 * replayed first (after `Last-Event-ID` when given); the stream ends after the verdict.
 */
export const streamSubmissionEvents = defineRoute({
  id: 'submissions.events',
  method: 'GET',
  path: '/v1/submissions/:id/events',
  summary: 'Stream progress and the verdict of a submission (SSE)',
  auth: 'user',
  idempotent: true,
  params: submissionIdParamsSchema,
  query: submissionEventsQuerySchema,
  status: 200,
  response: submissionEventSchema,
  errors: ['VALIDATION_FAILED', 'UNAUTHENTICATED', 'SUBMISSION_NOT_FOUND'],
  stream: 'sse',
});

/** Every submission route, for registration and OpenAPI. */
export const submissionRoutes = routeGroup([createSubmission, listSubmissions, getSubmission, streamSubmissionEvents]);
