import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kv } from '../src/adapters/kv/kv.js';
import { createMemoryKv } from '../src/adapters/kv/memory-kv.js';
import { createRedisKv } from '../src/adapters/kv/redis-kv.js';
import type { Sql } from '../src/adapters/sql/sql.js';
import { toCatalogItem } from '../src/modules/problems/problem-catalog.js';
import { CallerStatuses, ProblemStatusCache } from '../src/modules/problems/problem-status-cache.js';
import { openTestSql } from './support/test-app.js';

const redisUrl = process.env.REDIS_URL;
let sql: Sql;

beforeAll(async () => {
  sql = await openTestSql('pglite');
});
afterAll(async () => {
  await sql?.close();
});

const page = {
  items: [
    { id: 'p1', title: 'One' },
    { id: 'p2', title: 'Two' },
  ].map((p) =>
    toCatalogItem({
      ...p,
      slug: p.id,
      difficulty: 'easy',
      topics: [],
      companies: null,
      is_premium: null,
      acceptance_rate: null,
      total_submissions: 0,
      status: 'todo',
      sort_number: 1,
    }),
  ),
  nextCursor: null,
  variants: new Map(),
};

describe('problem statuses on the in-process Kv', () => {
  it('answers from the snapshot without a read until an update drops it', async () => {
    const cache = new ProblemStatusCache(createMemoryKv(), sql);
    const user = randomUUID();
    const first = await cache.statusesOf(user);
    const again = cache.statusesOf(user);
    expect(again).toBe(first);
    expect(first.render(page)).toBe(first.render(page));
    await cache.markAttempted(user, 'p1');
    const after = cache.statusesOf(user);
    expect(after).toBeInstanceOf(Promise);
    expect((await after).statusOf('p1')).toBe('attempted');
    expect(JSON.parse((await after).render(page).body.toString()).data[0].status).toBe('attempted');
  });

  it('shares snapshots between caches on one Kv, so an update through either drops them', async () => {
    const kv = createMemoryKv();
    const reader = new ProblemStatusCache(kv, sql);
    const writer = new ProblemStatusCache(kv, sql);
    const user = randomUUID();
    expect((await reader.statusesOf(user)).statusOf('p2')).toBe('todo');
    await writer.markSolved(user, 'p2');
    expect((await reader.statusesOf(user)).statusOf('p2')).toBe('solved');
  });

  it('does not keep a snapshot whose read overlapped an update', async () => {
    const cache = new ProblemStatusCache(createMemoryKv(), sql);
    const user = randomUUID();
    // The first read fills from the database while the submission's update lands.
    const [read] = await Promise.all([cache.statusesOf(user), cache.markAttempted(user, 'p1')]);
    expect(read).toBeInstanceOf(CallerStatuses);
    expect((await cache.statusesOf(user)).statusOf('p1')).toBe('attempted');
  });

  it('expires the snapshot with the sets', async () => {
    let now = 1_000;
    const kv = createMemoryKv({ now: () => now });
    const cache = new ProblemStatusCache(kv, sql, () => now);
    const user = randomUUID();
    await cache.statusesOf(user);
    expect(cache.statusesOf(user)).toBeInstanceOf(CallerStatuses);
    now += 10 * 60_000 + 1;
    expect(cache.statusesOf(user)).toBeInstanceOf(Promise);
  });
});

describe.skipIf(!redisUrl && process.env.CI !== 'true')('problem statuses on Redis', () => {
  const kvs: Kv[] = [];
  const open = () => {
    if (!redisUrl) throw new Error('CI=true but REDIS_URL is not set');
    const kv = createRedisKv({ url: redisUrl, keyPrefix: `test:status-cache:${process.pid}:` });
    kvs.push(kv);
    return kv;
  };
  afterAll(async () => {
    for (const kv of kvs) await kv.close();
  });

  it('reads Redis on every request, keeping the snapshot and its pages while the members are the same', async () => {
    const here = new ProblemStatusCache(open(), sql);
    const elsewhere = new ProblemStatusCache(open(), sql);
    const user = randomUUID();
    const first = await here.statusesOf(user);
    const rendered = first.render(page);
    const again = here.statusesOf(user);
    expect(again).toBeInstanceOf(Promise);
    expect(await again).toBe(first);
    expect((await again).render(page)).toBe(rendered);
    // Another server's update is seen on the next request.
    await elsewhere.markSolved(user, 'p1');
    const changed = await here.statusesOf(user);
    expect(changed).not.toBe(first);
    expect(changed.statusOf('p1')).toBe('solved');
    expect(changed.render(page).etag).not.toBe(rendered.etag);
  });
});
