import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  createProblemDocuments,
  createSqlDocumentStore,
  importContent,
  openScratchSql,
  type Sql,
  startServer,
} from '@avantika/server';

/** A real platform server on 127.0.0.1 (PGlite, migrated, judge workers in-process) for driving CLI commands. */
export interface TestServer {
  readonly url: string;
  readonly sql: Sql;
  close(): Promise<void>;
}

const contentDir = fileURLToPath(new URL('../../../content/', import.meta.url));

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(`${dir}/${e.name}`, `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

/** Starts the real server on a free loopback port, with the named problems and MCQ sets of the content pack. */
export async function startTestServer(content: { problems?: string[]; mcq?: string[] } = {}): Promise<TestServer> {
  const sql = await openScratchSql('pglite');
  const files: Record<string, string> = { 'topics.yaml': readFileSync(`${contentDir}topics.yaml`, 'utf8') };
  for (const slug of content.problems ?? []) {
    for (const rel of listFiles(`${contentDir}problems/${slug}`)) {
      files[`problems/${slug}/${rel}`] = readFileSync(`${contentDir}problems/${slug}/${rel}`, 'utf8');
    }
  }
  for (const set of content.mcq ?? []) files[`mcq/${set}.yaml`] = readFileSync(`${contentDir}mcq/${set}.yaml`, 'utf8');
  // Content goes in before the server listens: on PGlite an import would wait behind the event listener.
  if (content.problems || content.mcq) {
    const report = await importContent(sql, createProblemDocuments(createSqlDocumentStore(sql), sql), { files });
    if (!report.ok) throw new Error(`content import failed: ${JSON.stringify(report.issues.slice(0, 3))}`);
  }
  const running = await startServer({
    sql,
    port: 0,
    migrate: false,
    handleSignals: false,
    env: {
      AVANTIKA_JWT_SECRET: 'cli-test-secret-that-is-at-least-32-bytes!',
      AVANTIKA_DATA_DIR: fileURLToPath(new URL('../../../.data/cli-test', import.meta.url)),
      LOG_LEVEL: 'silent',
    },
    app: { scrypt: { N: 2 ** 10, r: 8, p: 1 }, rateLimit: { points: 1000, durationSeconds: 60 } },
  });
  return {
    url: running.url,
    sql,
    close: async () => {
      await running.stop();
      await sql.close();
    },
  };
}
