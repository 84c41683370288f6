import type { AdminIo } from '../admin-io.js';
import { UsageError } from '../exit-error.js';
import { withAdminSql } from '../with-admin-sql.js';
import type { GamificationRebuildOptions } from './gamification.js';

/**
 * Runs `gamification rebuild`: one transaction per user, so it is safe while the server runs; with REDIS_URL the
 * current Redis leaderboards are dropped so the server rebuilds them from the new totals.
 */
export async function runGamificationRebuild(options: GamificationRebuildOptions, io: AdminIo): Promise<void> {
  if (
    options.user !== undefined &&
    !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(options.user)
  ) {
    throw new UsageError(`"${options.user}" is not a user id`, { hint: 'user ids are UUIDs' });
  }
  await withAdminSql(options, io, async (sql, server) => {
    const report = await server.rebuildGamification(sql, () => new Date(), options.user);
    // The Redis boards only ever take higher totals, so after a rewrite of the totals they are dropped and rebuilt.
    if (io.env.REDIS_URL) {
      const kv = server.createRedisKv({ url: io.env.REDIS_URL });
      try {
        await new server.KvLeaderboard(kv).dropCurrent(new Date());
      } finally {
        await kv.close();
      }
    }
    if (options.json) io.stdout(`${JSON.stringify(report)}\n`);
    else io.stdout(`Rebuilt gamification for ${report.users} user(s).\n`);
  });
}
