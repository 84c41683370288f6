import { APIClient, AuthenticationError, type Tokens } from '@avantika/sdk';
import { MockAgent } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { interceptExpiringMe } from './support/expiring-me.js';

const origin = 'http://api.test';
let agent: MockAgent;
let refreshCalls: number;

// The core's refresh hook, wired to a scripted refresh endpoint (the Avantika client wires it to auth.refresh).
class RefreshingClient extends APIClient {
  protected override async exchangeRefreshToken(refreshToken: string): Promise<Tokens> {
    const response = await this.send({
      method: 'POST',
      path: '/v1/auth/refresh',
      body: { refreshToken },
      auth: false,
      idempotent: false,
    });
    return JSON.parse(response.bodyText) as Tokens;
  }
}

beforeEach(() => {
  agent = new MockAgent();
  agent.disableNetConnect();
  refreshCalls = 0;
  agent
    .get(origin)
    .intercept({ path: '/v1/auth/refresh', method: 'POST' })
    .reply<object>((opts) => {
      refreshCalls++;
      const body = JSON.parse(String(opts.body)) as { refreshToken: string };
      if (body.refreshToken !== 'refresh-1')
        return { statusCode: 401, data: { error: { code: 'REFRESH_TOKEN_INVALID', message: 'm', requestId: 'r' } } };
      return { statusCode: 200, data: { accessToken: 'access-2', refreshToken: 'refresh-2' } };
    })
    .persist();
  // Answers 401 TOKEN_EXPIRED to the old access token and 200 to the new one.
  interceptExpiringMe(agent, origin);
});
afterEach(async () => {
  await agent.close();
});

function client(refreshToken: string | undefined, onTokens?: (tokens: Tokens) => void) {
  return new RefreshingClient({ baseUrl: origin, token: 'access-1', refreshToken, onTokens, dispatcher: agent });
}

const me = { method: 'GET', path: '/v1/me', auth: true, idempotent: true } as const;

describe('token refresh', () => {
  it('refreshes once on TOKEN_EXPIRED, retries the request and reports the new tokens', async () => {
    const seen: Tokens[] = [];
    const api = client('refresh-1', (tokens) => seen.push(tokens));
    const response = await api.send(me);
    expect(JSON.parse(response.bodyText)).toEqual({ id: 'me' });
    expect(refreshCalls).toBe(1);
    expect(seen).toEqual([{ accessToken: 'access-2', refreshToken: 'refresh-2' }]);
    expect(api.currentRefreshToken).toBe('refresh-2');
  });

  it('shares one refresh between concurrent requests', async () => {
    const api = client('refresh-1');
    await Promise.all([api.send(me), api.send(me), api.send(me)]);
    expect(refreshCalls).toBe(1);
  });

  it('throws the 401 when there is no refresh token', async () => {
    const error = await client(undefined)
      .send(me)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ code: 'TOKEN_EXPIRED' });
    expect(refreshCalls).toBe(0);
  });

  it('throws the refresh error when the refresh token is rejected', async () => {
    const error = await client('stale')
      .send(me)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ code: 'REFRESH_TOKEN_INVALID' });
    expect(refreshCalls).toBe(1);
  });
});
