import { searchContent } from '@avantika/contract';
import type { FastifyInstance } from 'fastify';
import { registerRoute } from '../../http/register-route.js';
import type { SearchService } from './search-service.js';

/** Registers `GET /v1/search` (signed-in callers, from the descriptor). */
export function registerSearchRoutes(app: FastifyInstance, service: SearchService): void {
  registerRoute(app, searchContent, ({ query }) => service.query(query));
}
