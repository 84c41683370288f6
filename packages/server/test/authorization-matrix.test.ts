import { type AuthRequirement, type RouteDescriptor, routes } from '@avantika/contract';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sql } from '../src/adapters/sql/sql.js';
import { createApiToken } from '../src/modules/auth/api-tokens.js';
import { sampleUrl } from './support/route-samples.js';
import { buildTestApp, openTestSql } from './support/test-app.js';
import { createTestUser } from './support/users.js';

type Caller = 'anonymous' | 'user' | 'author' | 'admin';
const CALLERS: Caller[] = ['anonymous', 'user', 'author', 'admin'];
const RANK: Record<Caller, number> = { anonymous: 0, user: 1, author: 2, admin: 3 };
const NEEDED: Record<AuthRequirement, number> = { public: 0, user: 1, author: 2, admin: 3 };

/** What the central rule says a caller gets before any handler logic runs. */
function expectedGate(caller: Caller, descriptor: RouteDescriptor): 'UNAUTHENTICATED' | 'INSUFFICIENT_ROLE' | 'pass' {
  if (RANK[caller] >= NEEDED[descriptor.auth]) return 'pass';
  return caller === 'anonymous' ? 'UNAUTHENTICATED' : 'INSUFFICIENT_ROLE';
}

// Every descriptor in the contract, including the ones other areas add later, against every role. Callers use API
// tokens so routes like logout-all, which end JWT sessions, do not disturb the rest of the walk.
describe('authorization matrix over every route in the contract', () => {
  let sql: Sql;
  let app: FastifyInstance;
  const tokens = new Map<Caller, string>();

  beforeAll(async () => {
    sql = await openTestSql('pglite');
    app = await buildTestApp(sql);
    await app.ready();
    for (const caller of ['user', 'author', 'admin'] as const) {
      const user = await createTestUser(app, sql, caller);
      const created = await createApiToken(sql, user.id, { name: `matrix-${caller}` }, new Date(), null);
      tokens.set(caller, created.token);
    }
  });
  afterAll(async () => {
    await app?.close();
    await sql?.close();
  });

  const cases = Object.values(routes as Record<string, RouteDescriptor>).flatMap((descriptor) =>
    CALLERS.map((caller) => [descriptor.id, caller, descriptor] as const),
  );

  it.each(cases)('%s as %s follows the central auth rule', async (_id, caller, descriptor) => {
    const token = tokens.get(caller);
    const hasBody = descriptor.method !== 'GET' && descriptor.method !== 'DELETE';
    const res = await app.inject({
      method: descriptor.method,
      url: sampleUrl(descriptor),
      headers: token ? { authorization: `Bearer ${token}` } : {},
      ...(hasBody && descriptor.body ? { payload: {} } : {}),
    });
    const code: string | undefined = res.statusCode >= 400 ? res.json().error?.code : undefined;
    expect(res.statusCode, res.body).toBeLessThan(500);
    expect(code, 'every contract route is registered').not.toBe('ROUTE_NOT_FOUND');
    const gate = expectedGate(caller, descriptor);
    if (gate === 'pass') {
      expect(['UNAUTHENTICATED', 'INSUFFICIENT_ROLE', 'TOKEN_INVALID', 'TOKEN_EXPIRED']).not.toContain(code);
    } else {
      expect(code).toBe(gate);
      expect(res.statusCode).toBe(gate === 'UNAUTHENTICATED' ? 401 : 403);
    }
  });
});
