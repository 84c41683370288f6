import { type Readiness, routes } from '@avantika/contract';
import type { RequestOptions } from '../core.js';
import { APIResource } from './resource.js';

/** The server's health endpoints (no sign-in needed): liveness and per-dependency readiness. */
export class Health extends APIResource {
  /** Resolves when the server process answers `/healthz`. */
  async live(options?: RequestOptions): Promise<{ status: 'ok' }> {
    return this.client.call(routes['health.live'], {}, options);
  }

  /** Per-dependency readiness from `/readyz`; a 503 (a required dependency down) throws an APIError. */
  ready(options?: RequestOptions): Promise<Readiness> {
    return this.client.call(routes['health.ready'], {}, options);
  }
}
