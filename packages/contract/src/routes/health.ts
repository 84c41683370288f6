import { z } from 'zod';
import { defineRoute, routeGroup } from '../route.js';

/** The state of one dependency as /readyz reports it. */
export const dependencyStatusSchema = z.object({
  status: z.enum(['up', 'down', 'degraded', 'disabled']),
  required: z.boolean(),
  latencyMs: z.number().nullable(),
  message: z.string().optional(),
});

/** The /readyz answer: overall status and one entry per dependency (database, kv, judge …). */
export const readinessSchema = z.object({
  status: z.enum(['ready', 'degraded', 'unavailable']),
  checks: z.record(z.string(), dependencyStatusSchema),
});

/** Liveness: the process is up and serving HTTP. */
export const healthLive = defineRoute({
  id: 'health.live',
  method: 'GET',
  path: '/healthz',
  summary: 'Liveness: the process is up',
  auth: 'public',
  idempotent: true,
  status: 200,
  response: z.object({ status: z.literal('ok') }),
  errors: [],
});

/** Readiness per dependency; 503 (same body) when a required dependency is down. */
export const healthReady = defineRoute({
  id: 'health.ready',
  method: 'GET',
  path: '/readyz',
  summary: 'Readiness per dependency; answers 503 with the same body when a required one is down',
  auth: 'public',
  idempotent: true,
  status: 200,
  sameBodyStatus: 503,
  response: readinessSchema,
  errors: [],
});

/** Prometheus metrics in the text exposition format. */
export const healthMetrics = defineRoute({
  id: 'health.metrics',
  method: 'GET',
  path: '/metrics',
  summary: 'Prometheus metrics (text exposition format)',
  auth: 'public',
  idempotent: true,
  status: 200,
  response: z.string(),
  produces: 'text/plain',
  errors: [],
});

/** The OpenAPI 3.1 document generated from every route descriptor. */
export const healthOpenApi = defineRoute({
  id: 'health.openapi',
  method: 'GET',
  path: '/openapi.json',
  summary: 'The OpenAPI 3.1 document of this API',
  auth: 'public',
  idempotent: true,
  status: 200,
  response: z.record(z.string(), z.unknown()),
  errors: [],
});

/** Health, metrics and API-description routes keyed by id. */
export const healthRoutes = routeGroup([healthLive, healthReady, healthMetrics, healthOpenApi]);

/** One dependency in the /readyz answer. */
export type DependencyStatus = z.infer<typeof dependencyStatusSchema>;
/** The /readyz answer. */
export type Readiness = z.infer<typeof readinessSchema>;
