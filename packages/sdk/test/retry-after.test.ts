import { Avantika, InternalServerError } from '@avantika/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RealServer, startRealServer } from './support/real-server.js';

// The server's 503s name their wait (Retry-After); the SDK must wait that long, not its own shorter backoff.
describe('Retry-After from the real server', () => {
  let server: RealServer;
  let checks = 0;
  let client: Avantika;

  beforeAll(async () => {
    server = await startRealServer('pglite', {
      // A required dependency that is down for the first readiness check only.
      app: { readinessChecks: [{ name: 'flaky', required: true, check: async () => ++checks > 1 }] },
    });
    client = new Avantika({ baseUrl: server.baseUrl });
  });
  afterAll(async () => {
    await client?.close();
    await server?.close();
  });

  it('waits as long as a 503 from /readyz asks before retrying, then gets the readiness', async () => {
    const started = performance.now();
    const readiness = await client.health.ready();
    expect(readiness.status).toBe('ready');
    expect(checks).toBe(2);
    // The server asks for 5 s; the SDK's own backoff before a first retry is at most 625 ms.
    expect(performance.now() - started).toBeGreaterThanOrEqual(4900);
  });

  it('hands the wait to the caller when it does not retry', async () => {
    checks = 0;
    const error = await client.health.ready({ maxRetries: 0 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as InternalServerError).headers?.['retry-after']).toBe('5');
  });
});
