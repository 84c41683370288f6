import { Agent, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sql } from '../src/adapters/sql/sql.js';
import { bearer, registerUser } from './support/practice-fixture.js';
import { buildTestApp, openTestSql } from './support/test-app.js';

// The auth check remembers the last verified token per connection: these requests share one keep-alive socket.
describe('authentication on a keep-alive connection', () => {
  let sql: Sql;
  let app: FastifyInstance;
  let now = Date.now();
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const sockets = new Set<unknown>();

  beforeAll(async () => {
    sql = await openTestSql('pglite');
    // A caller cache that outlives the token, so only the token's own expiry can turn the third request away.
    app = await buildTestApp(sql, { clock: () => new Date(now), authCacheTtlMs: 60 * 60_000 });
    await app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    agent.destroy();
    await app?.close();
    await sql?.close();
  });

  const get = (token: string) =>
    new Promise<{ status: number; code?: string }>((resolve, reject) => {
      const { port } = app.server.address() as AddressInfo;
      const req = request({ host: '127.0.0.1', port, path: '/v1/me', agent, headers: bearer(token) }, (res) => {
        sockets.add(res.socket);
        let body = '';
        res.on('data', (chunk) => {
          body += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, code: JSON.parse(body).error?.code }));
      });
      req.on('error', reject);
      req.end();
    });

  it('still rejects a remembered token once it expires, and a session once it is logged out', async () => {
    const alice = await registerUser(app, 'alice');
    expect(await get(alice.token)).toEqual({ status: 200 });
    expect(await get(alice.token)).toEqual({ status: 200 });
    now += 16 * 60_000;
    expect(await get(alice.token)).toEqual({ status: 401, code: 'TOKEN_EXPIRED' });

    const bob = await registerUser(app, 'bob');
    expect(await get(bob.token)).toEqual({ status: 200 });
    const out = await app.inject({ method: 'POST', url: '/v1/auth/logout-all', headers: bearer(bob.token) });
    expect(out.statusCode).toBe(204);
    expect(await get(bob.token)).toEqual({ status: 401, code: 'TOKEN_INVALID' });
    // Every request above went over the same connection.
    expect(sockets.size).toBe(1);
  });
});
