import { Redis } from 'ioredis';

/**
 * Deletes every key starting with `prefix` from the Redis at REDIS_URL: how a suite that ran under its own random key
 * prefix cleans up on a Redis other suites share (never FLUSHALL).
 */
export async function deleteRedisKeys(prefix: string): Promise<void> {
  const raw = new Redis(process.env.REDIS_URL as string);
  try {
    const keys = await raw.keys(`${prefix}*`);
    if (keys.length) await raw.del(...keys);
  } finally {
    await raw.quit();
  }
}
