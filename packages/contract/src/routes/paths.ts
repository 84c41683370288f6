import {
  pathDetailSchema,
  pathEnrollmentSchema,
  pathItemCompletionSchema,
  pathItemParamsSchema,
  pathNextSchema,
  pathProgressSchema,
  pathSlugParamsSchema,
  pathSummarySchema,
} from '../resources/paths.js';
import { defineRoute, pageQuerySchema, pageSchema, routeGroup } from '../route.js';

/** `GET /v1/paths`: published learning paths in their display order, with whether the caller is enrolled. */
export const listPaths = defineRoute({
  id: 'paths.list',
  method: 'GET',
  path: '/v1/paths',
  summary: 'List learning paths',
  auth: 'user',
  idempotent: true,
  query: pageQuerySchema,
  status: 200,
  response: pageSchema(pathSummarySchema),
  errors: ['VALIDATION_FAILED', 'UNAUTHENTICATED'],
  paginate: true,
});

/** `GET /v1/paths/:slug`: a path's modules and items with the caller's progress. */
export const getPath = defineRoute({
  id: 'paths.get',
  method: 'GET',
  path: '/v1/paths/:slug',
  summary: "Get a learning path with its modules, items and the caller's progress",
  auth: 'user',
  idempotent: true,
  params: pathSlugParamsSchema,
  status: 200,
  response: pathDetailSchema,
  errors: ['UNAUTHENTICATED', 'PATH_NOT_FOUND'],
});

/**
 * `POST /v1/paths/:slug/enroll`: enrol the caller, awarding the modules already complete; enrolling again answers the
 * first enrolment's date (and a null award, as it earns nothing new).
 */
export const enrollPath = defineRoute({
  id: 'paths.enroll',
  method: 'POST',
  path: '/v1/paths/:slug/enroll',
  summary: 'Enrol in a learning path (idempotent)',
  auth: 'user',
  idempotent: true,
  params: pathSlugParamsSchema,
  status: 200,
  response: pathEnrollmentSchema,
  errors: ['UNAUTHENTICATED', 'PATH_NOT_FOUND'],
});

/** `GET /v1/paths/:slug/progress`: completion per module and item, from solved problems and finished quizzes. */
export const getPathProgress = defineRoute({
  id: 'paths.progress',
  method: 'GET',
  path: '/v1/paths/:slug/progress',
  summary: "The caller's progress on a learning path",
  auth: 'user',
  idempotent: true,
  params: pathSlugParamsSchema,
  status: 200,
  response: pathProgressSchema,
  errors: ['UNAUTHENTICATED', 'PATH_NOT_FOUND'],
});

/** `GET /v1/paths/:slug/next`: the first item the caller has not completed, in module and item order. */
export const getPathNext = defineRoute({
  id: 'paths.next',
  method: 'GET',
  path: '/v1/paths/:slug/next',
  summary: 'The next item for the caller on a learning path',
  auth: 'user',
  idempotent: true,
  params: pathSlugParamsSchema,
  status: 200,
  response: pathNextSchema,
  errors: ['UNAUTHENTICATED', 'PATH_NOT_FOUND'],
});

/**
 * `POST /v1/paths/:slug/items/:itemId/complete`: mark an article item read (problems and MCQ sets complete
 * themselves); answers the progress and what a module it completed awarded.
 */
export const completePathItem = defineRoute({
  id: 'paths.completeItem',
  method: 'POST',
  path: '/v1/paths/:slug/items/:itemId/complete',
  summary: 'Mark an article item of a learning path as read',
  auth: 'user',
  idempotent: true,
  params: pathItemParamsSchema,
  status: 200,
  response: pathItemCompletionSchema,
  errors: ['VALIDATION_FAILED', 'UNAUTHENTICATED', 'PATH_NOT_FOUND', 'NOT_FOUND'],
});

/** Every learning-path route, for registration and OpenAPI. */
export const pathRoutes = routeGroup([listPaths, getPath, enrollPath, getPathProgress, getPathNext, completePathItem]);
