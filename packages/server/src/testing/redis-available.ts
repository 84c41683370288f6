import { Redis } from 'ioredis';

/**
 * Whether the Redis suites can run: REDIS_URL set and the server answering PING. Outside CI a missing server is a
 * visible skip (a warning naming `suite` and the reason); with CI=true it throws, so the suite fails instead.
 */
export async function redisAvailable(suite: string): Promise<boolean> {
  const url = process.env.REDIS_URL;
  let reason = 'REDIS_URL is not set';
  if (url) {
    const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 3000 });
    // The failed connect() below carries the reason; without a listener ioredis would also print it unhandled.
    probe.on('error', () => {});
    try {
      await probe.connect();
      await probe.ping();
      return true;
    } catch (error) {
      reason = `Redis at REDIS_URL is not answering: ${(error as Error).message}`;
    } finally {
      probe.disconnect();
    }
  }
  if (process.env.CI === 'true') throw new Error(`CI=true and ${reason}`);
  console.warn(`skipping ${suite}: ${reason}`);
  return false;
}
