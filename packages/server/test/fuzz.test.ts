import { errorEnvelopeSchema, isErrorCode, type RouteDescriptor, routeErrorCodes, routes } from '@avantika/contract';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sql } from '../src/adapters/sql/sql.js';
import { createApiToken } from '../src/modules/auth/api-tokens.js';
import { bodyFields, queryFields, sampleUrl } from './support/route-samples.js';
import { buildTestApp, openTestSql } from './support/test-app.js';
import { createTestUser } from './support/users.js';

const BODY_LIMIT = 64 * 1024;

/** A small deterministic PRNG so a failing case reproduces. */
function prng(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const WRONG_VALUES: unknown[] = [
  null,
  true,
  0,
  -1,
  1e308,
  '',
  ' ',
  'x'.repeat(5000),
  '\u0000\u202e\ud83d\ude00',
  [],
  [1, 'a', null],
  {},
  { $gt: '' },
  { nested: { deeper: { deepest: [[[[]]]] } } },
];
const WEIRD_SEGMENTS = [
  '%00',
  '..%2F..%2Fetc',
  'x'.repeat(2000),
  '%F0%9F%98%80',
  "'; DROP TABLE users; --",
  '-1',
  '1e999',
];
const WEIRD_QUERY = ['-1', 'abc', '1e999', '%00', 'x'.repeat(3000), '[]', 'true'];

function casesFor(descriptor: RouteDescriptor, random: () => number): InjectOptions[] {
  const url = sampleUrl(descriptor);
  const method = descriptor.method;
  const cases: InjectOptions[] = [];
  const json = { 'content-type': 'application/json' };
  const writes = method !== 'GET' && method !== 'DELETE';
  if (writes) {
    cases.push({ method, url, headers: json, payload: '{"unterminated": ' });
    cases.push({ method, url, headers: json, payload: '{"a":1}garbage' });
    cases.push({ method, url, headers: json, payload: '' });
    cases.push({ method, url, headers: json, payload: '{"__proto__": {"admin": true}}' });
    cases.push({ method, url, headers: json, payload: '{"constructor": {"prototype": {"x": 1}}}' });
    cases.push({ method, url, headers: json, payload: JSON.stringify({ pad: 'x'.repeat(BODY_LIMIT + 1024) }) });
    cases.push({ method, url, headers: { 'content-type': 'text/plain' }, payload: 'hello' });
    cases.push({ method, url, headers: { 'content-type': 'application/xml' }, payload: '<a/>' });
    for (const value of [12345, 'string', [], null, [{}]])
      cases.push({ method, url, payload: JSON.stringify(value), headers: json });
    const fields = bodyFields(descriptor);
    for (const field of fields) {
      for (let i = 0; i < 4; i += 1) {
        const value = WRONG_VALUES[Math.floor(random() * WRONG_VALUES.length)];
        cases.push({ method, url, headers: json, payload: JSON.stringify({ [field]: value }) });
      }
    }
    const everything = Object.fromEntries(
      fields.map((f) => [f, WRONG_VALUES[Math.floor(random() * WRONG_VALUES.length)]]),
    );
    cases.push({
      method,
      url,
      headers: json,
      payload: JSON.stringify({ ...everything, unknownField: 1, another: [1] }),
    });
  }
  for (const name of queryFields(descriptor)) {
    for (const value of WEIRD_QUERY) cases.push({ method, url: `${url}?${name}=${encodeURIComponent(value)}` });
    cases.push({ method, url: `${url}?${name}=1&${name}=2` });
  }
  cases.push({ method, url: `${url}?unknown=1&cursor[]=x` });
  if (descriptor.path.includes(':')) {
    for (const segment of WEIRD_SEGMENTS) {
      cases.push({ method, url: sampleUrl(descriptor, () => segment) });
    }
  }
  return cases;
}

describe('fuzzing every route in the contract', () => {
  let sql: Sql;
  let app: FastifyInstance;
  // Each malformed request is sent by an admin, by a plain user (who is turned away from admin and author routes
  // before the body is read) and anonymously.
  const callers: { name: string; authorization?: string; mayCall: (d: RouteDescriptor) => boolean }[] = [];

  beforeAll(async () => {
    sql = await openTestSql('pglite');
    app = await buildTestApp(sql, { bodyLimit: BODY_LIMIT });
    await app.ready();
    const tokenOf = async (role: 'admin' | 'user') => {
      const user = await createTestUser(app, sql, role);
      return `Bearer ${(await createApiToken(sql, user.id, { name: 'fuzz' }, new Date(), null)).token}`;
    };
    callers.push(
      { name: 'admin', authorization: await tokenOf('admin'), mayCall: () => true },
      { name: 'user', authorization: await tokenOf('user'), mayCall: (d) => d.auth === 'public' || d.auth === 'user' },
      { name: 'anonymous', mayCall: () => false },
    );
  });
  afterAll(async () => {
    await app?.close();
    await sql?.close();
  });

  const descriptors = Object.values(routes as Record<string, RouteDescriptor>);

  it.each(descriptors.map((d) => [d.id, d] as const))(
    '%s never answers 5xx to malformed, mistyped, oversized or unknown input from any caller',
    async (_id, descriptor) => {
      const random = prng(descriptor.id.length * 7919);
      const declared: string[] = routeErrorCodes(descriptor);
      for (const options of casesFor(descriptor, random)) {
        for (const caller of callers) {
          const headers = { ...(options.headers as Record<string, string> | undefined) };
          if (caller.authorization) headers.authorization = caller.authorization;
          const res = await app.inject({ ...options, headers });
          const label = `${caller.name}: ${options.method} ${String(options.url).slice(0, 120)} ${String(options.payload ?? '').slice(0, 80)}`;
          expect(res.statusCode, `${label} → ${res.body.slice(0, 300)}`).toBeLessThan(500);
          if (res.statusCode >= 400) {
            const envelope = errorEnvelopeSchema.parse(res.json());
            expect(isErrorCode(envelope.error.code), label).toBe(true);
            // OpenAPI documents each route's codes from routeErrorCodes; an answer outside it is undocumented.
            expect(declared, `${label} answered an undeclared code`).toContain(envelope.error.code);
          }
          // Routes with their own larger limit (content uploads) take this body and reject it as invalid instead.
          const oversized = String(options.payload ?? '').length > (descriptor.bodyLimit ?? BODY_LIMIT);
          if (oversized && caller.mayCall(descriptor)) expect(res.statusCode, label).toBe(413);
        }
      }
    },
  );
});
