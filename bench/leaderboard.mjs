// Leaderboards at scale: BENCH_USERS (default 1,000,000) synthetic users with weekly XP in a scratch PostgreSQL
// database and, rebuilt from it, in real Redis under a random key prefix (deleted after). Measures p50/p99 of
// "top 50 + my rank + neighbours" and of an award update, on Redis and on the PostgreSQL fallback, against bare
// round trips to each server (PING and a bare ZREVRANGE of 50; SELECT 1) measured in the same run. Subjects and
// baselines are sampled round-robin, so load from other processes hits them alike; the ratios are the figures to
// trust on a loaded machine. Also prints the GC pauses of this process and Redis's own time per call (INFO
// commandstats, other clients included), which tell client-side and scheduling costs from server work.
// Needs DATABASE_URL and REDIS_URL.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { PerformanceObserver } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { median, quantile } from './lib.mjs';

const serverPath = fileURLToPath(new URL('../packages/server/dist/index.js', import.meta.url));
if (!existsSync(serverPath)) throw new Error('build the server first: npm run build');
if (!process.env.DATABASE_URL || !process.env.REDIS_URL)
  throw new Error('bench/leaderboard needs DATABASE_URL and REDIS_URL');
const server = await import(pathToFileURL(serverPath).href);
const { Redis } = createRequire(serverPath)('ioredis');

// `node bench/run.mjs` has no --expose-gc; the flag set at run time exposes gc() to a new context.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc');

const USERS = Number(process.env.BENCH_USERS ?? 1_000_000);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 2000);
const NOW = new Date('2026-12-03T12:00:00Z'); // in ISO week 2026-W49
const clock = () => NOW;
const prefix = `avantika_bench_${randomBytes(4).toString('hex')}:`;
const scratch = await server.createScratchDatabase();
const sql = server.createPostgresSql({ connectionString: scratch.url, max: 4 });
const kv = server.createRedisKv({ url: process.env.REDIS_URL, keyPrefix: prefix });
const raw = new Redis(process.env.REDIS_URL);

async function time(label, fn) {
  const t0 = performance.now();
  const result = await fn();
  console.log(`${label.padEnd(44)} ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return result;
}

// Runs the subjects round-robin `n` times each, starting each round one subject later (so no subject always follows
// the same one), after a full GC (the load and rebuild leave garbage that would otherwise be collected mid-phase);
// returns their times (ms) by name, plus the GC pauses meanwhile.
async function sample(n, subjects) {
  const names = Object.keys(subjects);
  const times = Object.fromEntries(names.map((name) => [name, []]));
  const gc = [];
  collectGarbage();
  const observer = new PerformanceObserver((list) => gc.push(...list.getEntries().map((e) => e.duration)));
  observer.observe({ entryTypes: ['gc'] });
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(i + k) % names.length];
      const t0 = performance.now();
      await subjects[name](i);
      times[name].push(performance.now() - t0);
    }
  }
  await new Promise((resolve) => setImmediate(resolve));
  observer.disconnect();
  times.gc = gc;
  return times;
}

function line(name, times, base, target) {
  const p50 = median(times);
  const p99 = quantile(times, 0.99);
  const verdict =
    target === undefined
      ? ''
      : p99 < target
        ? `  target p99 < ${target} ms: met`
        : `  target p99 < ${target} ms: MISSED`;
  const ratio =
    base === undefined
      ? '(baseline)'
      : `${(p50 / median(base)).toFixed(1)}x / ${(p99 / quantile(base, 0.99)).toFixed(1)}x baseline p50 / p99`;
  console.log(
    `${name.padEnd(44)} p50 ${p50.toFixed(3).padStart(8)} ms  p99 ${p99.toFixed(3).padStart(8)} ms  ${ratio}${verdict}`,
  );
}

function gcLine(phase, pauses) {
  const total = pauses.reduce((a, b) => a + b, 0);
  const max = pauses.length ? Math.max(...pauses) : 0;
  console.log(
    `${`GC pauses (${phase})`.padEnd(44)} ${pauses.length} pauses, ${total.toFixed(1)} ms in all, max ${max.toFixed(2)} ms`,
  );
}

// Calls and microseconds per Redis command from INFO commandstats, to diff around a phase.
async function commandStats() {
  const stats = {};
  for (const m of (await raw.info('commandstats')).matchAll(/cmdstat_(\w+):calls=(\d+),usec=(\d+)/g)) {
    stats[m[1]] = { calls: Number(m[2]), usec: Number(m[3]) };
  }
  return stats;
}

function serverLine(before, after, command, label) {
  const calls = (after[command]?.calls ?? 0) - (before[command]?.calls ?? 0);
  const usec = (after[command]?.usec ?? 0) - (before[command]?.usec ?? 0);
  if (calls > 0)
    console.log(`${`redis server time per ${label}`.padEnd(44)} ${(usec / calls).toFixed(1)} µs (${calls} calls)`);
}

// Ctrl-C still deletes the Redis keys and drops the scratch database.
let cleaning;
async function cleanup() {
  cleaning ??= (async () => {
    const keys = await raw.keys(`${prefix}*`);
    for (let i = 0; i < keys.length; i += 1000) await raw.del(...keys.slice(i, i + 1000));
    await raw.quit();
    await kv.close();
    await sql.close();
    await scratch.drop();
  })();
  return cleaning;
}
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => cleanup().finally(() => process.exit(130)));

try {
  await server.migrate(sql, { dir: server.findMigrationsDir() });
  await time(`load ${USERS} users into PostgreSQL`, async () => {
    await sql.query(
      `INSERT INTO users (email, username, full_name) SELECT 'b' || g || '@bench.test', 'b' || g, 'Bench' FROM generate_series(1, $1) g`,
      [USERS],
    );
    // Skewed XP (many ties at low scores), reached at a millisecond inside the week.
    await sql.query(
      `INSERT INTO leaderboard_totals (period, period_key, user_id, xp, reached_at)
       SELECT 'weekly', '2026-W49', id, 1 + floor(power(random(), 3) * 5000)::int,
              timestamptz '2026-11-30T00:00:00Z' + floor(random() * 3 * 86400000) * interval '1 millisecond' FROM users`,
    );
    await sql.query('VACUUM ANALYZE users');
    await sql.query('VACUUM ANALYZE leaderboard_totals');
    // As autovacuum would soon after such a load: without statistics the planner reads the per-XP counts by index.
    await sql.query('VACUUM ANALYZE leaderboard_xp_counts');
  });
  const ids = (await sql.query(`SELECT id FROM users ORDER BY random() LIMIT $1`, [SAMPLES])).rows.map((r) => r.id);
  const board = new server.KvLeaderboard(kv);
  await time(`rebuild the Redis board from PostgreSQL`, () => board.rebuild(sql, 'weekly', '2026-W49', NOW));
  console.log(`redis board members: ${await kv.zcard('leaderboard:weekly:2026-W49')}`);

  const onRedis = new server.LeaderboardService({ sql, clock, kv });
  const onPg = new server.LeaderboardService({ sql, clock });
  // Both stores must give the same answer before their speed means anything.
  for (const id of ids.slice(0, 20)) {
    const fromRedis = await onRedis.read(id, 'weekly', 50);
    if (fromRedis.source !== 'redis') throw new Error('the Redis board was not used');
    const fromPg = await onPg.read(id, 'weekly', 50);
    if (JSON.stringify(fromPg.board) !== JSON.stringify(fromRedis.board))
      throw new Error('Redis and PostgreSQL disagree');
  }

  const key = 'leaderboard:weekly:2026-W49';
  const before = await commandStats();
  const redis = await sample(SAMPLES, {
    ping: () => raw.ping(),
    zrevrange: () => raw.zrevrange(`${prefix}${key}`, 0, 49, 'WITHSCORES'),
    board: (i) => board.read(ids[i], 'weekly', '2026-W49', 50),
    service: (i) => onRedis.get(ids[i], 'weekly', 50),
  });
  const after = await commandStats();
  const pg = await sample(SAMPLES, {
    select1: () => sql.query('SELECT 1'),
    read: (i) => onPg.get(ids[i], 'weekly', 50),
  });
  let xp = 6000;
  const awards = await sample(SAMPLES, {
    ping: () => raw.ping(),
    redis: (i) =>
      board.record(
        [{ period: 'weekly', periodKey: '2026-W49', userId: ids[i], xp: xp++, reachedAt: NOW, username: `b${i}` }],
        NOW,
      ),
    select1: () => sql.query('SELECT 1'),
    pg: (i) =>
      sql.transaction((tx) =>
        tx.query(
          `INSERT INTO leaderboard_totals (period, period_key, user_id, xp, reached_at)
           VALUES ('weekly', '2026-W49', $1, 10, $2) ON CONFLICT (period, period_key, user_id)
           DO UPDATE SET xp = leaderboard_totals.xp + EXCLUDED.xp, reached_at = EXCLUDED.reached_at`,
          [ids[i], NOW],
        ),
      ),
  });

  const load = (await import('node:os')).loadavg().map((l) => l.toFixed(2));
  console.log(
    `# Leaderboard, ${USERS} users, ${SAMPLES} samples each (random users, limit 50, 2 neighbours; load ${load.join(' ')})`,
  );
  line('redis PING', redis.ping);
  line('redis ZREVRANGE 0 49 WITHSCORES (bare)', redis.zrevrange, redis.ping);
  line('top 50 + my rank + neighbours + names', redis.board, redis.zrevrange, 2);
  line('  the same through LeaderboardService', redis.service, redis.zrevrange, 2);
  serverLine(before, after, 'zrevrange', 'ZREVRANGE');
  serverLine(before, after, 'evalsha', 'board read (EVALSHA)');
  gcLine('redis reads', redis.gc);
  line('redis PING (award phase)', awards.ping);
  line('award update (redis, one period)', awards.redis, awards.ping, 2);
  line('postgres SELECT 1', pg.select1);
  line('top 50 + my rank + neighbours (postgres)', pg.read, pg.select1, 20);
  gcLine('postgres reads', pg.gc);
  line('postgres SELECT 1 (award phase)', awards.select1);
  line('award update (postgres, one period)', awards.pg, awards.select1, 20);
} finally {
  await cleanup();
}
