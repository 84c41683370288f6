import { Gauge, Registry } from 'prom-client';

/** The server's Prometheus metrics, in a registry of its own (several apps can live in one test process). */
export interface ServerMetrics {
  readonly registry: Registry;
  /** Records one finished request by route id, method and status. */
  observe(routeId: string, method: string, status: number, seconds: number): void;
  /** Requests being handled: a plain counter, read into its gauge only when /metrics is scraped. */
  readonly inFlight: { inc(): void; dec(): void };
}

/** The latency histogram's upper bounds in seconds. */
export const LATENCY_BUCKETS: readonly number[] = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

type RouteLabels = { route: string; method: string; status: string };

/** One exposed sample, shaped as prom-client's own metrics answer `get()` (its registry formats these). */
interface Sample {
  readonly labels: Record<string, string | number>;
  readonly sharedLabels?: RouteLabels;
  readonly value: number;
  readonly metricName?: string;
}

/** A metric object for `registry.registerMetric`. */
interface ExposedMetric {
  readonly name: string;
  readonly help: string;
  get(): { name: string; help: string; type: string; aggregator: 'sum'; values: Sample[] };
  reset(): void;
}

interface RouteStats {
  readonly labels: RouteLabels;
  /** Requests per bucket, not cumulative: `counts[i]` had `LATENCY_BUCKETS[i - 1] < seconds <= LATENCY_BUCKETS[i]`. */
  readonly counts: number[];
  sum: number;
  count: number;
}

/**
 * Request counts and latencies per label set, exposed as the counter `avantika_http_requests_total` and the
 * histogram `avantika_http_request_duration_seconds` in prom-client's own exposition format. prom-client's Counter
 * and Histogram build and hash a label object on every observation (≈ 3–6 µs a request); here a request costs one
 * Map lookup and the text is built only when /metrics is scraped.
 */
class RequestStats {
  // route → method → status: the keys are the route's and the parser's own strings, so no key is built per request.
  private readonly stats = new Map<string, Map<string, Map<number, RouteStats>>>();

  observe(route: string, method: string, status: number, seconds: number): void {
    let byMethod = this.stats.get(route);
    if (byMethod === undefined) {
      byMethod = new Map();
      this.stats.set(route, byMethod);
    }
    let byStatus = byMethod.get(method);
    if (byStatus === undefined) {
      byStatus = new Map();
      byMethod.set(method, byStatus);
    }
    let entry = byStatus.get(status);
    if (entry === undefined) {
      entry = {
        labels: { route, method, status: String(status) },
        counts: LATENCY_BUCKETS.map(() => 0),
        sum: 0,
        count: 0,
      };
      byStatus.set(status, entry);
    }
    entry.sum += seconds;
    entry.count += 1;
    // Above the last bound the observation only counts towards +Inf, as in prom-client.
    for (let i = 0; i < LATENCY_BUCKETS.length; i += 1) {
      if (seconds <= (LATENCY_BUCKETS[i] as number)) {
        entry.counts[i] = (entry.counts[i] as number) + 1;
        break;
      }
    }
  }

  private entries(): RouteStats[] {
    const all: RouteStats[] = [];
    for (const byMethod of this.stats.values()) {
      for (const byStatus of byMethod.values()) all.push(...byStatus.values());
    }
    return all;
  }

  /** The two metric objects for `registry.registerMetric`, answering `get()` as prom-client's would. */
  metrics(): ExposedMetric[] {
    const reset = () => this.stats.clear();
    const requests = 'avantika_http_requests_total';
    const latency = 'avantika_http_request_duration_seconds';
    const help = (what: string) => `HTTP ${what} by route id, method and status`;
    return [
      {
        name: requests,
        help: help('requests'),
        reset,
        get: () => ({
          name: requests,
          help: help('requests'),
          type: 'counter',
          aggregator: 'sum',
          values: this.entries().map((entry) => ({ labels: entry.labels, value: entry.count })),
        }),
      },
      {
        name: latency,
        help: help('request latency'),
        reset,
        get: () => ({
          name: latency,
          help: help('request latency'),
          type: 'histogram',
          aggregator: 'sum',
          values: this.entries().flatMap((entry) => histogramValues(latency, entry)),
        }),
      },
    ];
  }
}

function histogramValues(name: string, entry: RouteStats): Sample[] {
  let cumulative = 0;
  const values = LATENCY_BUCKETS.map((bound, i) => {
    cumulative += entry.counts[i] as number;
    return { labels: { le: bound }, sharedLabels: entry.labels, value: cumulative, metricName: `${name}_bucket` };
  });
  return [
    ...values,
    { labels: { le: '+Inf' }, sharedLabels: entry.labels, value: entry.count, metricName: `${name}_bucket` },
    { labels: {}, sharedLabels: entry.labels, value: entry.sum, metricName: `${name}_sum` },
    { labels: {}, sharedLabels: entry.labels, value: entry.count, metricName: `${name}_count` },
  ];
}

/** Creates the request counters, latency histogram and gauges served at /metrics. */
export function createMetrics(): ServerMetrics {
  const registry = new Registry();
  const stats = new RequestStats();
  for (const metric of stats.metrics()) registry.registerMetric(metric as never);
  let inFlight = 0;
  new Gauge({
    name: 'avantika_http_requests_in_flight',
    help: 'HTTP requests being handled',
    registers: [registry],
    collect() {
      this.set(inFlight);
    },
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
    inFlight: {
      inc: () => {
        inFlight += 1;
      },
      dec: () => {
        inFlight -= 1;
      },
    },
    observe: (routeId, method, status, seconds) => stats.observe(routeId, method, status, seconds),
  };
}
