import type { FastifySchemaCompiler } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { DomainError } from './domain-error.js';

const PART_NAMES: Record<string, string> = { querystring: 'query', body: 'body', params: 'params', headers: 'headers' };
/** Parts whose accepted values are remembered: small, and repeated verbatim by clients polling the same URL. */
const MEMO_PARTS = new Set(['querystring', 'params']);
/** Accepted inputs remembered per route part; the oldest is forgotten first. */
export const VALIDATION_MEMO_LIMIT = 500;

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

/** Freezes a parsed value and everything in it, so one remembered value can be handed to every request. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
}

/**
 * The request validator: zod schemas from the descriptors (fastify-type-provider-zod), plus one rule for every
 * input — no NUL characters — so such input is a 400 instead of a database error. Query strings and path
 * parameters that passed once are remembered by their JSON (the descriptors' query and params schemas are pure
 * functions of their input: no clock, no randomness), so a client polling the same URL costs one map lookup instead
 * of a zod parse; the remembered value is deep-frozen. Rejections are never remembered: each gets a fresh error.
 */
export const requestValidatorCompiler: FastifySchemaCompiler<z.ZodType> = (route) => {
  const validate = checkInput(route);
  if (!MEMO_PARTS.has(route.httpPart ?? '')) return validate;
  const accepted = new Map<string, { value: unknown }>();
  return (data) => {
    const key = JSON.stringify(data);
    const hit = accepted.get(key);
    if (hit !== undefined) return hit;
    const result = validate(data) as { value?: unknown; error?: Error };
    if (result.error !== undefined) return result;
    const remembered = { value: deepFreeze(result.value) };
    if (accepted.size >= VALIDATION_MEMO_LIMIT) accepted.delete(accepted.keys().next().value as string);
    accepted.set(key, remembered);
    return remembered;
  };
};

function checkInput(route: Parameters<FastifySchemaCompiler<z.ZodType>>[0]) {
  const validate = validatorCompiler(route);
  const part = PART_NAMES[route.httpPart ?? ''] ?? 'request';
  return (data: unknown) => {
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
}
