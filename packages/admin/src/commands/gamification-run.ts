import type { Sql } from '@avantika/server';
import type { AdminIo } from '../admin-io.js';
import { ExitError, UsageError } from '../exit-error.js';
import type { GamificationRebuildOptions } from './gamification.js';

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'EHOSTUNREACH', '3D000', '28P01', '28000']);

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
  const server = await import('@avantika/server');
  let sql: Sql | undefined;
  try {
    sql = await server.openSql({
      databaseUrl: options.databaseUrl ?? io.env.DATABASE_URL,
      dataDir: options.dataDir ?? server.resolveDataDir(io.env),
    });
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
  } catch (error) {
    if (error instanceof ExitError || error instanceof UsageError) throw error;
    const e = error as Error & { code?: string };
    if (typeof e.code === 'string' && NETWORK_CODES.has(e.code)) {
      throw new ExitError(4, `cannot reach the database: ${e.message}`, { code: 'UNAVAILABLE', cause: e });
    }
    throw new ExitError(1, e?.message ?? String(error), { code: 'INTERNAL', cause: error });
  } finally {
    await sql?.close();
  }
}
