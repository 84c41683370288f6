import { getDailyProblem, getProblem, listProblems, runProblem } from '@avantika/contract';
import type { FastifyInstance } from 'fastify';
import { registerRoute } from '../../http/register-route.js';
import type { ProblemService } from './service.js';

/** Registers the problem routes: list, daily, get by slug, and run. */
export function registerProblemRoutes(app: FastifyInstance, service: ProblemService): void {
  registerRoute(app, listProblems, ({ query, auth }) => service.list(auth.userId, query));
  registerRoute(app, getDailyProblem, ({ query, auth }) => service.daily(auth.userId, query.date));
  registerRoute(app, getProblem, ({ params, auth }) => service.get(auth.userId, params.slug));
  registerRoute(app, runProblem, ({ params, body, auth }) => service.run(auth.userId, params.slug, body));
}
