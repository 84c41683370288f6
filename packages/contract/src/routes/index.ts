import { adminRoutes } from './admin.js';
import { adminContentRoutes } from './admin-content.js';
import { authRoutes } from './auth.js';
import { gamificationRoutes } from './gamification.js';
import { healthRoutes } from './health.js';
import { leaderboardRoutes } from './leaderboards.js';
import { meRoutes } from './me.js';
import { pathRoutes } from './paths.js';
import { problemRoutes } from './problems.js';
import { quizRoutes } from './quizzes.js';
import { searchRoutes } from './search.js';
import { submissionRoutes } from './submissions.js';

/**
 * Every route descriptor of the API keyed by id. The server registers from it, the SDK calls it, OpenAPI is
 * generated from it, and the authorization matrix test walks it. Each area adds its group here.
 */
export const routes = {
  ...healthRoutes,
  ...authRoutes,
  ...meRoutes,
  ...adminRoutes,
  ...adminContentRoutes,
  ...problemRoutes,
  ...submissionRoutes,
  ...quizRoutes,
  ...pathRoutes,
  ...searchRoutes,
  ...gamificationRoutes,
  ...leaderboardRoutes,
} as const;

/** The id of any route of the API. */
export type RouteId = keyof typeof routes;
