import { searchPageSchema, searchQuerySchema } from '../resources/search.js';
import { defineRoute, routeGroup } from '../route.js';

/**
 * `GET /v1/search`: full-text search over problem statements, MCQ sets (with their questions) and learning paths,
 * typo-tolerant, best first. Unpublished content is never found; premium content is, marked `premium`.
 */
export const searchContent = defineRoute({
  id: 'search.query',
  method: 'GET',
  path: '/v1/search',
  summary: 'Search problems, MCQ sets and learning paths (statements and questions included)',
  auth: 'user',
  idempotent: true,
  query: searchQuerySchema,
  status: 200,
  response: searchPageSchema,
  errors: ['VALIDATION_FAILED', 'UNAUTHENTICATED', 'INVALID_CURSOR', 'UNAVAILABLE'],
  paginate: true,
});

/** Every search route keyed by id. */
export const searchRoutes = routeGroup([searchContent]);
