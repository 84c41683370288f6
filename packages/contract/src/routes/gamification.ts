import { statsSchema, streakSchema } from '../resources/gamification.js';
import { defineRoute, routeGroup } from '../route.js';

/** `GET /v1/me/stats`: XP, level, solved by difficulty, activity by local date and badges. */
export const meStats = defineRoute({
  id: 'me.stats',
  method: 'GET',
  path: '/v1/me/stats',
  summary: 'Get your XP, level, solved counts, activity heatmap and badges',
  auth: 'user',
  idempotent: true,
  status: 200,
  response: statsSchema,
  errors: ['UNAUTHENTICATED'],
});

/** `GET /v1/me/streak`: current and longest streak, whether today is done and when today closes. */
export const meStreak = defineRoute({
  id: 'me.streak',
  method: 'GET',
  path: '/v1/me/streak',
  summary: 'Get your streak in your time zone (today done, freezes left, when today closes)',
  auth: 'user',
  idempotent: true,
  status: 200,
  response: streakSchema,
  errors: ['UNAUTHENTICATED'],
});

/** Every gamification route keyed by id. */
export const gamificationRoutes = routeGroup([meStats, meStreak]);
