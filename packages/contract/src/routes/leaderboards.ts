import { z } from 'zod';
import { leaderboardPeriodSchema, leaderboardSchema } from '../resources/gamification.js';
import { defineRoute, routeGroup } from '../route.js';

/** `GET /v1/leaderboards/:period`: top N (default 50), the caller's rank and two rows either side. */
export const getLeaderboard = defineRoute({
  id: 'leaderboards.get',
  method: 'GET',
  path: '/v1/leaderboards/:period',
  summary: 'Get a weekly, monthly or all-time XP leaderboard with your rank and neighbours',
  auth: 'user',
  idempotent: true,
  params: z.strictObject({ period: leaderboardPeriodSchema }),
  query: z.object({ limit: z.coerce.number().int().min(1).max(100).default(50) }),
  status: 200,
  response: leaderboardSchema,
  errors: ['VALIDATION_FAILED', 'UNAUTHENTICATED'],
});

/** Every leaderboard route keyed by id. */
export const leaderboardRoutes = routeGroup([getLeaderboard]);
