import { getLeaderboard, meStats, meStreak } from '@avantika/contract';
import type { FastifyInstance } from 'fastify';
import { registerRoute } from '../../http/register-route.js';
import type { GamificationService } from './gamification-service.js';
import type { LeaderboardService } from './leaderboard-service.js';

/** Registers `GET /v1/me/stats`, `GET /v1/me/streak` and `GET /v1/leaderboards/:period` for the signed-in caller. */
export function registerGamificationRoutes(
  app: FastifyInstance,
  service: GamificationService,
  leaderboards: LeaderboardService,
): void {
  registerRoute(app, getLeaderboard, async ({ auth, params, query }) =>
    leaderboards.get(auth.userId, params.period, query.limit),
  );
  registerRoute(app, meStats, async ({ auth }) => service.stats(auth.userId));
  registerRoute(app, meStreak, async ({ auth }) => service.streak(auth.userId));
}
