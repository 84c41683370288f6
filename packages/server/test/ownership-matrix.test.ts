import { type RouteDescriptor, routes } from '@avantika/contract';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sql } from '../src/adapters/sql/sql.js';
import { importPracticeContent } from './support/practice-fixture.js';
import { buildTestApp, openTestSql } from './support/test-app.js';
import { createTestUser, type TestUser } from './support/users.js';

/** Path parameters that name something a user owns; other parameters (slugs, periods) name shared content. */
const OWNED_PARAMS = ['id', 'tokenId'] as const;
type Owned = 'submission' | 'quizAttempt' | 'apiToken';

/** Which of the owner's resources a route's owned parameter names, by route area. */
const OWNED_BY_AREA: Record<string, Owned> = { submissions: 'submission', quizzes: 'quizAttempt', auth: 'apiToken' };

/** A body that passes validation, so a refusal can only come from ownership. */
const VALID_BODIES: Record<string, unknown> = { 'quizzes.answer': { index: 0, selected: [1] } };

/** Milliseconds a refusal may take; a stream route that leaks would otherwise hold the test to vitest's timeout. */
const ANSWER_WITHIN_MS = 5_000;

/**
 * Injects a request that must finish within `ms`. A stream the caller may not see is refused at once, but a leaked
 * one stays open (a queued submission's verdict never comes); the abort ends it and the test fails saying so.
 */
async function injectWithin(app: FastifyInstance, options: InjectOptions, ms: number): Promise<LightMyRequestResponse> {
  const controller = new AbortController();
  const expired = new Promise<never>((_, reject) => {
    controller.signal.addEventListener('abort', () =>
      reject(
        new Error(
          `${options.method} ${options.url} did not finish within ${ms} ms: it is streaming a resource the caller must not see`,
        ),
      ),
    );
  });
  const timer = setTimeout(() => controller.abort(), ms);
  const injected = app.inject({ ...options, signal: controller.signal });
  // Once the limit has rejected the race, the aborted injection's own outcome has no one left to report to.
  injected.catch(() => {});
  try {
    return await Promise.race([injected, expired]);
  } finally {
    clearTimeout(timer);
  }
}

function ownedParam(descriptor: RouteDescriptor): string | undefined {
  return OWNED_PARAMS.find((name) => descriptor.path.includes(`:${name}`));
}

// Every non-admin route whose path names a user's own resource, walked with another user's resource: the rule is
// 404 with the resource's NOT_FOUND code (never 403, which would confirm the id exists). Admin routes act on other
// users by design and are covered by the role matrix.
const ownedRoutes = Object.values(routes as Record<string, RouteDescriptor>).filter(
  (d) => d.auth !== 'admin' && ownedParam(d) !== undefined,
);

describe("ownership matrix: another user's resources through every route that names one", () => {
  let sql: Sql;
  let app: FastifyInstance;
  let owner: TestUser;
  let intruder: TestUser;
  const resources = {} as Record<Owned, string>;

  beforeAll(async () => {
    sql = await openTestSql('pglite');
    await importPracticeContent(sql);
    // Submissions stay queued: the judge is not what this test is about.
    app = await buildTestApp(sql, { practice: { enqueue: async () => {} } });
    await app.ready();
    owner = await createTestUser(app, sql);
    intruder = await createTestUser(app, sql);
    const post = async (url: string, payload: object) => {
      const res = await app.inject({ method: 'POST', url, headers: owner.headers, payload });
      expect(res.statusCode, res.body).toBeLessThan(300);
      return res.json() as { id: string };
    };
    const code = 'class Solution:\n    def twoSum(self, nums, target):\n        return [0, 1]\n';
    resources.submission = (await post('/v1/submissions', { problemSlug: 'two-sum', language: 'python', code })).id;
    resources.quizAttempt = (await post('/v1/quizzes', { set: 'sorting-basics', count: 2 })).id;
    resources.apiToken = (await post('/v1/auth/tokens', { name: 'owned' })).id;
  });
  afterAll(async () => {
    await app?.close();
    await sql?.close();
  });

  it('finds the routes to walk', () => {
    expect(ownedRoutes.map((d) => d.id).sort()).toEqual(
      expect.arrayContaining(['auth.tokens.revoke', 'quizzes.get', 'submissions.events', 'submissions.get']),
    );
  });

  it.each(ownedRoutes.map((d) => [d.id, d] as const))('%s hides the owner’s resource', async (id, descriptor) => {
    const area = id.split('.')[0] ?? '';
    const kind = OWNED_BY_AREA[area];
    expect(kind, `map the owned parameter of ${id} to a resource in OWNED_BY_AREA`).toBeDefined();
    if (descriptor.body) expect(VALID_BODIES[id], `give ${id} an entry in VALID_BODIES`).toBeDefined();
    const url = descriptor.path.replace(/:([A-Za-z]+)/g, (_, name: string) =>
      name === ownedParam(descriptor) ? resources[kind as Owned] : name,
    );
    const body = VALID_BODIES[id];
    const res = await injectWithin(
      app,
      {
        method: descriptor.method,
        url,
        headers: intruder.headers,
        ...(body !== undefined ? { payload: body as object } : descriptor.method === 'POST' ? { payload: {} } : {}),
      },
      ANSWER_WITHIN_MS,
    );
    expect(res.statusCode, `${descriptor.method} ${url} → ${res.body}`).toBe(404);
    const code = res.json().error.code as string;
    expect(code).toMatch(/_NOT_FOUND$/);
    expect(descriptor.errors as readonly string[]).toContain(code);
  });

  it('leaves the resources working for their owner', async () => {
    const get = (url: string) => app.inject({ method: 'GET', url, headers: owner.headers });
    expect((await get(`/v1/submissions/${resources.submission}`)).statusCode).toBe(200);
    expect((await get(`/v1/quizzes/${resources.quizAttempt}`)).statusCode).toBe(200);
    const tokens = (await get('/v1/auth/tokens')).json() as { data: Array<{ id: string }> };
    expect(tokens.data.map((t) => t.id)).toContain(resources.apiToken);
  });
});
