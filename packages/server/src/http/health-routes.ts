import {
  type DependencyStatus,
  generateOpenApi,
  healthLive,
  healthMetrics,
  healthOpenApi,
  healthReady,
  type Readiness,
} from '@avantika/contract';
import type { FastifyInstance } from 'fastify';
import type { ServerMetrics } from './metrics.js';
import { registerRoute } from './register-route.js';
import { READINESS_RETRY_AFTER_SECONDS } from './retry-after.js';
import type { ReadinessCheck } from './server-context.js';

const CHECK_TIMEOUT_MS = 2000;

async function runCheck(check: ReadinessCheck): Promise<DependencyStatus> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
    });
    const ok = await Promise.race([check.check(), timeout]);
    const latencyMs = Math.round(performance.now() - started);
    if (ok === false) return { status: check.required ? 'down' : 'degraded', required: check.required, latencyMs };
    return { status: 'up', required: check.required, latencyMs };
  } catch (error) {
    return {
      status: check.required ? 'down' : 'degraded',
      required: check.required,
      latencyMs: Math.round(performance.now() - started),
      message: error instanceof Error ? error.message : String(error),
    };
  } finally {
    clearTimeout(timer);
  }
}

/** Runs every readiness check in parallel: unavailable when a required one is down, degraded when an optional one is. */
export async function checkReadiness(checks: readonly ReadinessCheck[]): Promise<Readiness> {
  const results = await Promise.all(checks.map(async (check) => [check.name, await runCheck(check)] as const));
  const statuses = results.map(([, result]) => result);
  const status = statuses.some((s) => s.required && s.status === 'down')
    ? 'unavailable'
    : statuses.some((s) => s.status === 'degraded' || s.status === 'down')
      ? 'degraded'
      : 'ready';
  return { status, checks: Object.fromEntries(results) };
}

/** Registers /healthz, /readyz, /metrics and /openapi.json. */
export function registerHealthRoutes(
  app: FastifyInstance,
  metrics: ServerMetrics,
  checks: readonly ReadinessCheck[],
): void {
  let openApi: Record<string, unknown> | undefined;
  registerRoute(app, healthLive, () => ({ status: 'ok' as const }));
  registerRoute(app, healthReady, async ({ reply }) => {
    const readiness = await checkReadiness(checks);
    // Same body either way; 503 tells load balancers to stop sending traffic.
    if (readiness.status === 'unavailable') {
      return reply
        .code(healthReady.sameBodyStatus)
        .header('retry-after', String(READINESS_RETRY_AFTER_SECONDS))
        .send(readiness);
    }
    return readiness;
  });
  registerRoute(app, healthMetrics, async ({ reply }) => {
    reply.header('content-type', metrics.registry.contentType);
    return reply.code(200).send(await metrics.registry.metrics());
  });
  registerRoute(app, healthOpenApi, () => {
    openApi ??= generateOpenApi();
    return openApi;
  });
}
