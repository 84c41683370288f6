import type { CacheRefreshReport } from '@avantika/server';
import type { AdminIo } from '../admin-io.js';
import { ExitError, UsageError } from '../exit-error.js';
import { withAdminSql } from '../with-admin-sql.js';
import type { GamificationRebuildOptions } from './gamification.js';
import { openRedis } from './open-redis.js';

/**
 * Runs `gamification rebuild`: one transaction per user, so it is safe while the server runs. With Redis
 * (`--redis-url` or REDIS_URL), once the rebuild has committed, the rebuilt users' `streak:*` hashes are deleted and
 * the current Redis leaderboards rebuilt from the new totals; without it the output says the caches were not touched.
 */
export async function runGamificationRebuild(options: GamificationRebuildOptions, io: AdminIo): Promise<void> {
  if (
    options.user !== undefined &&
    !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(options.user)
  ) {
    throw new UsageError(`"${options.user}" is not a user id`, { hint: 'user ids are UUIDs' });
  }
  const kv = await openRedis(options.redisUrl, io);
  try {
    await withAdminSql(options, io, async (sql, server) => {
      const report = await server.rebuildGamification(sql, () => new Date(), options.user);
      const caches = kv
        ? await server.refreshGamificationCaches(sql, kv, report.userIds, new Date()).catch((error: unknown) => {
            throw new ExitError(4, `rebuilt the database, but the Redis caches failed: ${(error as Error).message}`, {
              code: 'UNAVAILABLE',
              cause: error,
              hint: 'run the rebuild again once Redis answers (it is idempotent)',
            });
          })
        : null;
      if (options.json) {
        io.stdout(
          `${JSON.stringify({ users: report.users, caches: caches ? { redis: true, ...caches } : { redis: false } })}\n`,
        );
      } else {
        io.stdout(`Rebuilt gamification for ${report.users} user(s).\n`);
        io.stdout(`${cachesLine(caches)}\n`);
      }
    });
  } finally {
    await kv?.close();
  }
}

function cachesLine(caches: CacheRefreshReport | null): string {
  if (!caches) {
    return (
      'Redis caches were not touched (no --redis-url or REDIS_URL): streak:* hashes may stay stale for up to 7 days ' +
      'and Redis leaderboards keep their old scores until rebuilt.'
    );
  }
  const boards = caches.boardsRebuilt.length ? caches.boardsRebuilt.join(', ') : 'none';
  return (
    `Redis: deleted ${caches.streaksCleared} streak cache(s); rebuilt the current leaderboards: ${boards}` +
    (caches.boardsRebuilt.length < 3 ? ' (another process rebuilt the rest from the same totals).' : '.')
  );
}
