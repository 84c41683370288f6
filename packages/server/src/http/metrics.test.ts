import { Counter, Histogram, Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { createMetrics, LATENCY_BUCKETS } from './metrics.js';

// The reference: prom-client's own Counter and Histogram, as the server used them before its cheaper request stats.
function referenceRegistry() {
  const registry = new Registry();
  const labelNames = ['route', 'method', 'status'] as const;
  const requests = new Counter({
    name: 'avantika_http_requests_total',
    help: 'HTTP requests by route id, method and status',
    labelNames,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'avantika_http_request_duration_seconds',
    help: 'HTTP request latency by route id, method and status',
    labelNames,
    buckets: [...LATENCY_BUCKETS],
    registers: [registry],
  });
  return {
    registry,
    observe(route: string, method: string, status: number, seconds: number) {
      const labels = { route, method, status: String(status) };
      requests.inc(labels);
      latency.observe(labels, seconds);
    },
  };
}

const OBSERVATIONS: [string, string, number, number][] = [
  ['problems.list', 'GET', 200, 0.0004],
  ['problems.list', 'GET', 200, 0.005],
  ['problems.list', 'GET', 304, 0.0051],
  ['auth.login', 'POST', 401, 0.3],
  ['problems.list', 'GET', 200, 7.5],
  ['unmatched', 'GET', 404, 1],
  ['auth.login', 'POST', 401, 2.5],
];

describe('server metrics', () => {
  it('exposes request counts and latency buckets exactly as prom-client counters and histograms would', async () => {
    const metrics = createMetrics();
    const reference = referenceRegistry();
    for (const [route, method, status, seconds] of OBSERVATIONS) {
      metrics.observe(route, method, status, seconds);
      reference.observe(route, method, status, seconds);
    }
    const ours = (await metrics.registry.metrics()).split('\n\n').slice(0, 2).join('\n\n');
    expect(ours).toBe((await reference.registry.metrics()).trimEnd());
    expect(ours).toContain('avantika_http_requests_total{route="problems.list",method="GET",status="200"} 3');
    expect(ours).toContain(
      'avantika_http_request_duration_seconds_bucket{le="0.005",route="problems.list",method="GET",status="200"} 2',
    );
  });

  it('counts requests in flight and forgets request stats on a registry reset', async () => {
    const metrics = createMetrics();
    metrics.inFlight.inc();
    metrics.inFlight.inc();
    metrics.inFlight.dec();
    metrics.observe('health.live', 'GET', 200, 0.001);
    expect(await metrics.registry.metrics()).toContain('avantika_http_requests_in_flight 1');
    metrics.registry.resetMetrics();
    expect(await metrics.registry.metrics()).not.toContain('route="health.live"');
  });
});
