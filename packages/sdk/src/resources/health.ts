import { type Readiness, routes } from '@avantika/contract';
import type { RequestOptions } from '../core.js';
import { APIResource } from './resource.js';

/** The OpenAPI 3.1 document the server serves at `/openapi.json`, generated from the contract's route descriptors. */
export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string; description?: string; [field: string]: unknown };
  servers?: Array<{ url: string; [field: string]: unknown }>;
  /** Operations by path (`/v1/problems/{slug}`) and lower-case method. */
  paths: Record<string, Record<string, unknown>>;
  components?: { schemas?: Record<string, unknown>; [field: string]: unknown };
  [field: string]: unknown;
}

/** The server's health endpoints (no sign-in needed): liveness, per-dependency readiness, metrics and the API document. */
export class Health extends APIResource {
  /** Resolves when the server process answers `/healthz`. */
  async live(options?: RequestOptions): Promise<{ status: 'ok' }> {
    return this.client.call(routes['health.live'], {}, options);
  }

  /** Per-dependency readiness from `/readyz`; a 503 (a required dependency down) throws an APIError. */
  ready(options?: RequestOptions): Promise<Readiness> {
    return this.client.call(routes['health.ready'], {}, options);
  }

  /** The Prometheus metrics from `/metrics`, as the text exposition format (feed it to a parser or a scraper). */
  metrics(options?: RequestOptions): Promise<string> {
    return this.client.call(routes['health.metrics'], {}, options);
  }

  /** The OpenAPI 3.1 document from `/openapi.json`, the same one `@avantika/contract`'s `generateOpenApi` builds. */
  async openapi(options?: RequestOptions): Promise<OpenApiDocument> {
    return (await this.client.call(routes['health.openapi'], {}, options)) as OpenApiDocument;
  }
}
