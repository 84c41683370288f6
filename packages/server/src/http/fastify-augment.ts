import type { AuthContext } from './auth-context.js';
import type { ServerContext } from './server-context.js';

/** An Idempotency-Key this request owns: its response is stored when it is sent. */
export interface IdempotencyClaim {
  readonly scope: string;
  readonly key: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The services every route handler can use (set by buildApp). */
    avantika: ServerContext;
  }
  interface FastifyRequest {
    /** The authenticated caller, or null (anonymous). Set before validation on every descriptor route. */
    auth: AuthContext | null;
    idempotency: IdempotencyClaim | null;
    /** The contract descriptor id of the matched route (null: no route matched); the metrics label. */
    routeId: string | null;
  }
  interface FastifyContextConfig {
    /** The contract descriptor id of the route (metrics label, logs). */
    routeId?: string;
  }
}
