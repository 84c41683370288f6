import type { Sql } from '@avantika/server';
import { startTestServer as startServerForTests } from '@avantika/server/testing';

/** A real platform server on 127.0.0.1 (PGlite, migrated, judge workers in-process) for driving CLI commands. */
export interface TestServer {
  readonly url: string;
  readonly sql: Sql;
  close(): Promise<void>;
}

/**
 * Starts the real server (@avantika/server/testing) on a free loopback port, with the named problems and MCQ sets
 * of the content pack.
 */
export async function startTestServer(content: { problems?: string[]; mcq?: string[] } = {}): Promise<TestServer> {
  // Without problems nothing can be submitted, so no judge queue is started (seconds saved on PGlite).
  const server = await startServerForTests({
    judge: Boolean(content.problems?.length),
    ...(content.problems || content.mcq ? { content } : {}),
  });
  return { url: server.url, sql: server.sql, close: server.close };
}
