import { meStats, meStreak } from '@avantika/contract';
import type { FastifyInstance } from 'fastify';
import { registerRoute } from '../../http/register-route.js';
import type { GamificationService } from './gamification-service.js';

/** Registers `GET /v1/me/stats` and `GET /v1/me/streak` for the signed-in caller. */
export function registerGamificationRoutes(app: FastifyInstance, service: GamificationService): void {
  registerRoute(app, meStats, async ({ auth }) => service.stats(auth.userId));
  registerRoute(app, meStreak, async ({ auth }) => service.streak(auth.userId));
}
