import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { PRACTICE_PROBLEMS } from '../../src/testing.js';

// The practice content fixture is shared with the SDK and CLI suites through @avantika/server/testing.
export { importPracticeContent } from '../../src/testing.js';

/** The problems of the pack the practice suites import (small, with a function, an in-place and a design problem). */
export const FIXTURE_PROBLEMS: string[] = [...PRACTICE_PROBLEMS];

/** Registers a user through the API and answers their access token and id. */
export async function registerUser(app: FastifyInstance, name: string): Promise<{ token: string; id: string }> {
  const res = await app.inject({
    method: 'POST',
    url: '/v1/auth/register',
    payload: { email: `${name}@example.com`, username: name, password: 'correct horse battery' },
  });
  expect(res.statusCode, res.body).toBe(201);
  const body = res.json() as { user: { id: string }; tokens: { accessToken: string } };
  return { token: body.tokens.accessToken, id: body.user.id };
}

/** Authorization header for a token. */
export function bearer(token: string): { authorization: string } {
  return { authorization: `Bearer ${token}` };
}
