import { getDailyProblem, getProblem, listProblems, runProblem } from '@avantika/contract';
import type { FastifyInstance } from 'fastify';
import { registerRoute } from '../../http/register-route.js';
import { sendCacheable } from '../../http/send-cacheable.js';
import type { ProblemService } from './service.js';

/** Registers the problem routes: list, daily, get by slug (the GETs with ETags, see sendCacheable), and run. */
export function registerProblemRoutes(app: FastifyInstance, service: ProblemService): void {
  registerRoute(app, listProblems, ({ query, auth, ctx, request, reply }) => {
    const representation = service.listJson(auth.userId, query);
    // A warm list answers without a promise (see listJson); a cold one once the catalog or statuses are read.
    if (representation instanceof Promise) {
      return representation.then((loaded) => sendCacheable(ctx, listProblems, request, reply, loaded));
    }
    return sendCacheable(ctx, listProblems, request, reply, representation);
  });
  registerRoute(app, getDailyProblem, async ({ query, auth, ctx, request, reply }) =>
    sendCacheable(ctx, getDailyProblem, request, reply, JSON.stringify(await service.daily(auth.userId, query.date))),
  );
  registerRoute(app, getProblem, async ({ params, auth, ctx, request, reply }) =>
    sendCacheable(ctx, getProblem, request, reply, JSON.stringify(await service.get(auth.userId, params.slug))),
  );
  registerRoute(app, runProblem, ({ params, body, auth }) => service.run(auth.userId, params.slug, body));
}
