// Leaderboards at scale: BENCH_USERS (default 1,000,000) synthetic users with weekly XP in a scratch PostgreSQL
// database and, rebuilt from it, in real Redis under a random key prefix (deleted after). Measures p50/p99 of
// "top 50 + my rank + neighbours" and of an award update, on Redis and on the PostgreSQL fallback, against a bare
// round trip to each server (PING, SELECT 1) measured in the same run. Needs DATABASE_URL and REDIS_URL.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { median, quantile } from './lib.mjs';

const serverPath = fileURLToPath(new URL('../packages/server/dist/index.js', import.meta.url));
if (!existsSync(serverPath)) throw new Error('build the server first: npm run build');
if (!process.env.DATABASE_URL || !process.env.REDIS_URL)
  throw new Error('bench/leaderboard needs DATABASE_URL and REDIS_URL');
const server = await import(pathToFileURL(serverPath).href);
const { Redis } = createRequire(serverPath)('ioredis');

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

async function sample(n, fn) {
  const times = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn(i);
    times.push(performance.now() - t0);
  }
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
  const ratio = base === undefined ? '(baseline)' : `${(p50 / median(base)).toFixed(1)}x baseline p50`;
  console.log(
    `${name.padEnd(44)} p50 ${p50.toFixed(3).padStart(8)} ms  p99 ${p99.toFixed(3).padStart(8)} ms  ${ratio}${verdict}`,
  );
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

  const ping = await sample(SAMPLES, () => raw.ping());
  const select1 = await sample(SAMPLES, () => sql.query('SELECT 1'));
  const redisRanks = await sample(SAMPLES, (i) => board.read(ids[i], 'weekly', '2026-W49', 50));
  const redisRead = await sample(SAMPLES, (i) => onRedis.get(ids[i], 'weekly', 50));
  const pgRead = await sample(SAMPLES, (i) => onPg.get(ids[i], 'weekly', 50));
  let xp = 6000;
  const redisAward = await sample(SAMPLES, (i) =>
    board.record([{ period: 'weekly', periodKey: '2026-W49', userId: ids[i], xp: xp++, reachedAt: NOW }], NOW),
  );
  const pgAward = await sample(SAMPLES, (i) =>
    sql.transaction((tx) =>
      tx.query(
        `INSERT INTO leaderboard_totals (period, period_key, user_id, xp, reached_at)
         VALUES ('weekly', '2026-W49', $1, 10, $2) ON CONFLICT (period, period_key, user_id)
         DO UPDATE SET xp = leaderboard_totals.xp + EXCLUDED.xp, reached_at = EXCLUDED.reached_at`,
        [ids[i], NOW],
      ),
    ),
  );

  console.log(`# Leaderboard, ${USERS} users, ${SAMPLES} samples each (random users, limit 50, 2 neighbours)`);
  line('redis PING', ping);
  line('top 50 + my rank + neighbours (redis only)', redisRanks, ping);
  line('top 50 + my rank + neighbours (redis + names)', redisRead, ping, 2);
  line('award update (redis, one period)', redisAward, ping, 2);
  line('postgres SELECT 1', select1);
  line('top 50 + my rank + neighbours (postgres)', pgRead, select1, 20);
  line('award update (postgres, one period)', pgAward, select1, 20);
} finally {
  await cleanup();
}
