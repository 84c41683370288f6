import { APIConnectionTimeoutError, APIUserAbortError, Avantika } from '@avantika/sdk';
import { MockAgent } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { interceptExpiringMe } from './support/expiring-me.js';

const origin = 'http://api.test';
let agent: MockAgent;

beforeEach(() => {
  agent = new MockAgent();
  agent.disableNetConnect();
  // 401 TOKEN_EXPIRED to the old access token, 200 to the one the refresh issues.
  interceptExpiringMe(agent, origin);
});
afterEach(async () => {
  await agent.close();
});

const tokens = { accessToken: 'access-2', refreshToken: 'refresh-2' };

/** Queues one answer of the refresh endpoint, sent after `delayMs`. */
function refreshAnswers(delayMs: number): void {
  const answer = agent.get(origin).intercept({ path: '/v1/auth/refresh', method: 'POST' }).reply(200, tokens);
  if (delayMs > 0) answer.delay(delayMs);
}

function client() {
  return new Avantika({ baseUrl: origin, token: 'access-1', refreshToken: 'refresh-1', dispatcher: agent });
}

describe('token refresh under the caller’s timeout and signal', () => {
  it('times out a call whose refresh is slow, and the next call starts a fresh refresh', async () => {
    refreshAnswers(3000);
    refreshAnswers(0);
    const api = client();
    const started = performance.now();
    const error = await api.me.retrieve({ timeout: 200, maxRetries: 0 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect(performance.now() - started).toBeLessThan(1500);
    // The abandoned refresh was stopped, not left for the next call to join.
    const again = performance.now();
    await expect(api.me.retrieve({ timeout: 1000 })).resolves.toEqual({ id: 'me' });
    expect(performance.now() - again).toBeLessThan(1000);
    expect(api.currentRefreshToken).toBe('refresh-2');
  });

  it('aborts a call waiting for its refresh with APIUserAbortError, and the next call starts a fresh refresh', async () => {
    refreshAnswers(3000);
    refreshAnswers(0);
    const api = client();
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const started = performance.now();
    const error = await api.me.retrieve({ signal: controller.signal }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(performance.now() - started).toBeLessThan(1500);
    const again = performance.now();
    await expect(api.me.retrieve()).resolves.toEqual({ id: 'me' });
    expect(performance.now() - again).toBeLessThan(1000);
  });

  it('keeps the shared refresh going for the requests still waiting when one of them aborts', async () => {
    refreshAnswers(400);
    const api = client();
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const [aborted, waited] = await Promise.allSettled([
      api.me.retrieve({ signal: controller.signal }),
      api.me.retrieve(),
    ]);
    expect(aborted.status === 'rejected' && aborted.reason).toBeInstanceOf(APIUserAbortError);
    expect(waited).toEqual({ status: 'fulfilled', value: { id: 'me' } });
    // One refresh answered both: the queued intercept is used up and no second one was asked for.
    expect(agent.pendingInterceptors().filter((i) => i.path === '/v1/auth/refresh')).toEqual([]);
  });
});
