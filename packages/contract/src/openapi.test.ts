import { describe, expect, it } from 'vitest';
import { errorRegistry } from './errors.js';
import { generateOpenApi, routeErrorCodes } from './openapi.js';
import { routes } from './routes/index.js';

describe('generateOpenApi', () => {
  const doc = generateOpenApi() as { openapi: string; paths: Record<string, Record<string, { operationId: string }>> };

  it('describes every route descriptor once, by id', () => {
    const operationIds = Object.values(doc.paths).flatMap((methods) =>
      Object.values(methods).map((op) => op.operationId),
    );
    expect(operationIds.sort()).toEqual(Object.keys(routes).sort());
    expect(doc.openapi).toBe('3.1.0');
  });

  it('converts :params to {params} in paths', () => {
    expect(Object.keys(doc.paths)).toContain('/v1/auth/tokens/{tokenId}');
    expect(Object.keys(doc.paths).some((path) => path.includes(':'))).toBe(false);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(generateOpenApi())).toBe(JSON.stringify(generateOpenApi()));
  });

  it("documents /readyz's 503 with the readiness body, not an error envelope", () => {
    type Responses = Record<string, { content?: Record<string, { schema: unknown }> }>;
    const paths = doc.paths as unknown as Record<string, { get: { responses: Responses } }>;
    const responses = paths['/readyz']?.get.responses ?? {};
    const bodyOf = (status: string) => responses[status]?.content?.['application/json']?.schema;
    expect(bodyOf('503')).toBeDefined();
    expect(bodyOf('503')).toEqual(bodyOf('200'));
  });

  it('documents Retry-After on every 429 and 503 answer, and on no other', () => {
    type Responses = Record<string, { headers?: Record<string, unknown> }>;
    const operations = Object.values(doc.paths).flatMap((methods) =>
      Object.values(methods as unknown as Record<string, { responses: Responses }>),
    );
    let seen = 0;
    for (const { responses } of operations) {
      for (const [status, response] of Object.entries(responses)) {
        const retryAfter = response.headers?.['Retry-After'];
        if (status === '429' || status === '503') {
          expect(retryAfter, status).toMatchObject({ required: true, schema: { type: 'integer' } });
          seen += 1;
        } else {
          expect(retryAfter, status).toBeUndefined();
        }
      }
    }
    // /readyz (its same-body 503), the rate-limited auth routes and search's UNAVAILABLE at least.
    expect(seen).toBeGreaterThanOrEqual(4);
  });

  it('adds the errors every protected POST can answer', () => {
    const codes = routeErrorCodes(routes['auth.tokens.create']);
    expect(codes).toEqual(expect.arrayContaining(['UNAUTHENTICATED', 'IDEMPOTENCY_KEY_REUSED', 'VALIDATION_FAILED']));
  });
});

describe('routes', () => {
  it('keys every descriptor by its own id and uses only registered error codes', () => {
    for (const [key, descriptor] of Object.entries(routes)) {
      expect(descriptor.id).toBe(key);
      for (const code of descriptor.errors) expect(Object.hasOwn(errorRegistry, code)).toBe(true);
    }
  });

  it('gives every route a unique method and path', () => {
    const seen = new Set(Object.values(routes).map((d) => `${d.method} ${d.path}`));
    expect(seen.size).toBe(Object.keys(routes).length);
  });
});
