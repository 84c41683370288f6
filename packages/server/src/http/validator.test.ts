import { createSubmission, listProblems } from '@avantika/contract';
import type { FastifySchemaCompiler } from 'fastify';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { toErrorResponse } from './error-handler.js';
import { requestValidatorCompiler, VALIDATION_MEMO_LIMIT } from './validator.js';

function compile(schema: z.ZodType, httpPart: string) {
  const route = { schema, method: 'GET', url: '/test', httpPart };
  return requestValidatorCompiler(route as Parameters<FastifySchemaCompiler<z.ZodType>>[0]);
}

/** The error code the client would see for a validation result (undefined when it passed). */
function codeOf(result: unknown): string | undefined {
  const error = (result as { error?: unknown }).error;
  if (error === undefined) return undefined;
  // Fastify wraps a list of schema issues into an error carrying them as `validation` before its error handler runs.
  return toErrorResponse(Array.isArray(error) ? Object.assign(new Error('invalid'), { validation: error }) : error)
    .code;
}

describe('request validation', () => {
  it('answers a repeated query string with the same frozen value it parsed the first time', () => {
    const validate = compile(listProblems.query, 'querystring');
    const first = validate({ limit: '50', topic: 'graphs' }) as { value: Record<string, unknown> };
    const again = validate({ limit: '50', topic: 'graphs' }) as { value: Record<string, unknown> };
    expect(first.value).toEqual({ limit: 50, topic: 'graphs' });
    expect(again.value).toBe(first.value);
    expect(Object.isFrozen(again.value)).toBe(true);
    expect(() => {
      again.value.limit = 1;
    }).toThrow(TypeError);
  });

  it('rejects a repeated invalid query string with a fresh VALIDATION_FAILED every time', () => {
    const validate = compile(listProblems.query, 'querystring');
    const first = validate({ limit: '500' }) as { error: unknown };
    const again = validate({ limit: '500' }) as { error: unknown };
    expect(codeOf(first)).toBe('VALIDATION_FAILED');
    expect(codeOf(again)).toBe('VALIDATION_FAILED');
    expect(again.error).not.toBe(first.error);
    expect(codeOf(validate({ limit: '20', topic: 'a\u0000b' }))).toBe('VALIDATION_FAILED');
  });

  it('keeps validating after more distinct query strings than it remembers', () => {
    const validate = compile(listProblems.query, 'querystring');
    for (let i = 0; i <= VALIDATION_MEMO_LIMIT + 10; i += 1) validate({ topic: `t${i}` });
    expect((validate({ topic: 't0' }) as { value: unknown }).value).toEqual({ limit: 20, topic: 't0' });
    expect(codeOf(validate({ difficulty: 'impossible' }))).toBe('VALIDATION_FAILED');
  });

  it('parses every request body afresh so handlers get their own object', () => {
    const validate = compile(createSubmission.body, 'body');
    const body = { problemSlug: 'two-sum', language: 'python', code: 'print(1)' };
    const first = validate(body) as { value: unknown };
    const again = validate(body) as { value: unknown };
    expect(again.value).not.toBe(first.value);
    expect(Object.isFrozen(again.value)).toBe(false);
  });
});
