import { Counter, Gauge, Histogram, Registry } from 'prom-client';

/** The server's Prometheus metrics, in a registry of its own (several apps can live in one test process). */
export interface ServerMetrics {
  readonly registry: Registry;
  /** Records one finished request by route id, method and status. */
  observe(routeId: string, method: string, status: number, seconds: number): void;
  readonly inFlight: Gauge;
}

/** Creates the request counters, latency histogram and gauges served at /metrics. */
export function createMetrics(): ServerMetrics {
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
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const inFlight = new Gauge({
    name: 'avantika_http_requests_in_flight',
    help: 'HTTP requests being handled',
    registers: [registry],
  });
  const started = Date.now();
  new Gauge({
    name: 'avantika_uptime_seconds',
    help: 'Seconds since this server started',
    registers: [registry],
    collect() {
      this.set((Date.now() - started) / 1000);
    },
  });
  new Gauge({
    name: 'avantika_process_resident_memory_bytes',
    help: 'Resident set size of the server process',
    registers: [registry],
    collect() {
      this.set(process.memoryUsage.rss());
    },
  });
  return {
    registry,
    inFlight,
    observe(routeId, method, status, seconds) {
      const labels = { route: routeId, method, status: String(status) };
      requests.inc(labels);
      latency.observe(labels, seconds);
    },
  };
}
