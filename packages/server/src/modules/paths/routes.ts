import { completePathItem, enrollPath, getPath, getPathNext, getPathProgress, listPaths } from '@avantika/contract';
import type { FastifyInstance } from 'fastify';
import { registerRoute } from '../../http/register-route.js';
import type { PathService } from './service.js';

/** Registers the learning-path routes: list, get, enroll, progress, next and article completion. */
export function registerPathRoutes(app: FastifyInstance, service: PathService): void {
  registerRoute(app, listPaths, ({ query, auth }) => service.list(auth.userId, query));
  registerRoute(app, getPath, ({ params, auth }) => service.get(auth.userId, params.slug));
  registerRoute(app, enrollPath, ({ params, auth }) => service.enroll(auth.userId, params.slug));
  registerRoute(app, getPathProgress, ({ params, auth }) => service.progress(auth.userId, params.slug));
  registerRoute(app, getPathNext, ({ params, auth }) => service.next(auth.userId, params.slug));
  registerRoute(app, completePathItem, ({ params, auth }) =>
    service.completeArticle(auth.userId, params.slug, params.itemId),
  );
}
