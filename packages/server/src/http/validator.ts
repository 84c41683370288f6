import type { FastifySchemaCompiler } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { DomainError } from './domain-error.js';

const PART_NAMES: Record<string, string> = { querystring: 'query', body: 'body', params: 'params', headers: 'headers' };

/** The path of the first string containing a NUL character (PostgreSQL text cannot store one), or null. */
export function findNulCharacter(value: unknown, path: string[] = []): string[] | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findNulCharacter(item, [...path, String(index)]);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = key.includes('\u0000') ? [...path, key] : findNulCharacter(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

/**
 * The request validator: zod schemas from the descriptors (fastify-type-provider-zod), plus one rule for every
 * input — no NUL characters — so such input is a 400 instead of a database error.
 */
export const requestValidatorCompiler: FastifySchemaCompiler<z.ZodType> = (route) => {
  const validate = validatorCompiler(route);
  const part = PART_NAMES[route.httpPart ?? ''] ?? 'request';
  return (data) => {
    const nul = findNulCharacter(data);
    if (nul) {
      return {
        error: new DomainError('VALIDATION_FAILED', {
          issues: [
            { path: [part, ...nul].join('.'), code: 'invalid_string', message: 'must not contain NUL characters' },
          ],
        }),
      };
    }
    return validate(data);
  };
};
