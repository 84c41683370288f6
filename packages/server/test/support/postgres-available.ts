import pg from 'pg';

/**
 * Whether the PostgreSQL suites can run: DATABASE_URL set and the server answering. Outside CI a missing server is
 * a visible skip; with CI=true it is a failure (the suites throw instead of skipping).
 */
export async function postgresAvailable(): Promise<{ ok: boolean; reason: string }> {
  const url = process.env.DATABASE_URL;
  let reason = '';
  if (!url) reason = 'DATABASE_URL is not set';
  else {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
      return { ok: true, reason: '' };
    } catch (error) {
      reason = `PostgreSQL at DATABASE_URL is not answering: ${(error as Error).message}`;
    } finally {
      await client.end().catch(() => {});
    }
  }
  if (process.env.CI === 'true') throw new Error(`CI=true and ${reason}`);
  console.warn(`skipping PostgreSQL suites: ${reason}`);
  return { ok: false, reason };
}
