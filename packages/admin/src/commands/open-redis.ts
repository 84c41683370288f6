import type { Kv } from '@avantika/server';
import type { AdminIo } from '../admin-io.js';
import { ExitError } from '../exit-error.js';

/**
 * Opens the Redis named by `--redis-url` (else REDIS_URL) and checks that it answers, before any database work, so a
 * wrong URL changes nothing; undefined when neither is set. The caller closes the Kv.
 */
export async function openRedis(redisUrl: string | undefined, io: AdminIo): Promise<Kv | undefined> {
  const url = redisUrl ?? io.env.REDIS_URL;
  if (!url) return undefined;
  const server = await import('@avantika/server');
  let kv: Kv | undefined;
  try {
    kv = server.createRedisKv({ url });
    await kv.exists('avantika:admin:probe');
    return kv;
  } catch (error) {
    await kv?.close().catch(() => {});
    // The URL may carry a password, so it is not echoed.
    throw new ExitError(4, `cannot reach Redis (--redis-url or REDIS_URL): ${(error as Error).message}`, {
      code: 'UNAVAILABLE',
      cause: error,
      hint: 'check the URL, or leave it out to skip the Redis caches',
    });
  }
}
