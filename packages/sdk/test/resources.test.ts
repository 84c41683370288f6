import { Avantika, RateLimitError } from '@avantika/sdk';
import { errors, MockAgent } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const origin = 'http://api.test';
let agent: MockAgent;
let seenPaths: string[];

const problem = (slug: string) => ({ slug, title: slug, difficulty: 'easy' });

beforeEach(() => {
  agent = new MockAgent();
  agent.disableNetConnect();
  seenPaths = [];
  // Two pages: no cursor → a, b (next c2); cursor c2 → c (last).
  agent
    .get(origin)
    .intercept({ path: (path) => path === '/v1/problems' || path.startsWith('/v1/problems?') })
    .reply<object>((opts) => {
      seenPaths.push(opts.path);
      const cursor = new URL(opts.path, origin).searchParams.get('cursor');
      return cursor === 'c2'
        ? { statusCode: 200, data: { data: [problem('c')], nextCursor: null } }
        : { statusCode: 200, data: { data: [problem('a'), problem('b')], nextCursor: 'c2' } };
    })
    .persist();
});
afterEach(async () => {
  await agent.close();
});

const client = () => new Avantika({ baseUrl: origin, token: 't', dispatcher: agent });

describe('resources over the descriptors', () => {
  it('iterates every problem across pages and sends the filters as query parameters', async () => {
    const slugs: string[] = [];
    for await (const p of client().problems.list({ difficulty: 'easy', limit: 2 })) slugs.push(p.slug);
    expect(slugs).toEqual(['a', 'b', 'c']);
    expect(seenPaths).toHaveLength(2);
    const first = new URL(seenPaths[0] ?? '', origin).searchParams;
    expect(first.get('difficulty')).toBe('easy');
    expect(first.get('limit')).toBe('2');
    expect(first.has('cursor')).toBe(false);
    expect(new URL(seenPaths[1] ?? '', origin).searchParams.get('cursor')).toBe('c2');
  });

  it('honours an explicit cursor as the first page', async () => {
    const items = await client().problems.list({ cursor: 'c2' }).toArray();
    expect(items.map((p) => p.slug)).toEqual(['c']);
    expect(seenPaths).toHaveLength(1);
  });

  it('stops paging once toArray has its limit', async () => {
    expect(await client().problems.list().toArray({ limit: 2 })).toHaveLength(2);
    expect(seenPaths).toHaveLength(1);
  });

  it('fills path parameters URL-encoded and retries a resource call on 429', async () => {
    const pool = agent.get(origin);
    const rateLimited = { error: { code: 'RATE_LIMITED', message: 'm', requestId: 'r' } };
    pool.intercept({ path: '/v1/problems/two%2Fsum' }).reply(429, rateLimited, { headers: { 'retry-after-ms': '1' } });
    pool.intercept({ path: '/v1/problems/two%2Fsum' }).reply(200, problem('two/sum'));
    await expect(client().problems.retrieve('two/sum')).resolves.toMatchObject({ slug: 'two/sum' });
    pool.intercept({ path: '/v1/problems/x' }).reply(429, rateLimited).times(3);
    const error = await client()
      .problems.retrieve('x', { maxRetries: 2 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
  });

  it('retries a profile update after a connection reset, as its descriptor is idempotent', async () => {
    const pool = agent.get(origin);
    pool.intercept({ path: '/v1/me', method: 'PATCH' }).replyWithError(new errors.SocketError('other side closed'));
    pool.intercept({ path: '/v1/me', method: 'PATCH' }).reply(200, { id: 'u1', timezone: 'Asia/Kolkata' });
    await expect(client().me.update({ timezone: 'Asia/Kolkata' })).resolves.toMatchObject({ id: 'u1' });
  });
});
