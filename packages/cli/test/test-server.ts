import { buildApp, openScratchSql, type Sql } from '@avantika/server';

/** A real platform server on 127.0.0.1 (PGlite, migrated) for driving CLI commands end to end. */
export interface TestServer {
  readonly url: string;
  readonly sql: Sql;
  readonly app: Awaited<ReturnType<typeof buildApp>>;
  close(): Promise<void>;
}

/** Starts a real server on a free loopback port. */
export async function startTestServer(): Promise<TestServer> {
  const sql = await openScratchSql('pglite');
  const app = await buildApp({
    sql,
    jwtSecret: 'cli-test-secret-that-is-at-least-32-bytes!',
    scrypt: { N: 2 ** 10, r: 8, p: 1 },
    rateLimit: { points: 1000, durationSeconds: 60 },
  });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    url,
    sql,
    app,
    close: async () => {
      await app.close();
      await sql.close();
    },
  };
}
