import pg from 'pg';

/** The storage a test suite runs on: embedded PGlite or the PostgreSQL server at DATABASE_URL. */
export type StorageKind = 'pglite' | 'postgres';

/**
 * Whether the PostgreSQL suites can run: DATABASE_URL set and the server answering. Outside CI a missing server is
 * a visible skip (a warning naming the reason); with CI=true it throws, so the suite fails instead of skipping.
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
      // A client that never connected has nothing to end; its error is the reason above.
      await client.end().catch(() => {});
    }
  }
  if (process.env.CI === 'true') throw new Error(`CI=true and ${reason}`);
  console.warn(`skipping PostgreSQL suites: ${reason}`);
  return { ok: false, reason };
}

/** The storage kinds this run covers: PGlite always, PostgreSQL when {@link postgresAvailable} says it can run. */
export async function storageKinds(): Promise<StorageKind[]> {
  return (await postgresAvailable()).ok ? ['pglite', 'postgres'] : ['pglite'];
}
