import type { MockAgent } from 'undici';

/** A 401 TOKEN_EXPIRED envelope, as the server sends for an expired access token. */
export const expiredTokenError = { error: { code: 'TOKEN_EXPIRED', message: 'm', requestId: 'r' } };

/** Makes `origin`'s `GET /v1/me` answer 401 TOKEN_EXPIRED to every token but `access-2`, which gets `{ id: 'me' }`. */
export function interceptExpiringMe(agent: MockAgent, origin: string): void {
  agent
    .get(origin)
    .intercept({ path: '/v1/me' })
    .reply<object>((opts) => {
      const auth = (opts.headers as Record<string, string>)['authorization'];
      return auth === 'Bearer access-2'
        ? { statusCode: 200, data: { id: 'me' } }
        : { statusCode: 401, data: expiredTokenError };
    })
    .persist();
}
