import { availableParallelism } from 'node:os';
import pg from 'pg';
import { createJudge } from './create-judge.js';
import { createJudgeQueue } from './queue/create-judge-queue.js';
import { createSqlJudgeJobStore } from './queue/judge-job-store.js';
import { createPgJudgeSql } from './queue/judge-sql.js';
import { startJudgeWorker } from './queue/start-judge-worker.js';

/** Options of `avantika-judge worker`. */
export interface WorkerCommandOptions {
  databaseUrl: string;
  concurrency?: number;
  sandbox?: 'auto' | 'bwrap' | 'none';
  log?: (line: string) => void;
}

/**
 * Runs judge workers against a PostgreSQL database until SIGTERM/SIGINT: the standalone entry point for judge machines.
 * Resolves when the workers have stopped (in-flight judgings finish first).
 */
export async function runWorkerCommand(options: WorkerCommandOptions): Promise<void> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const concurrency = options.concurrency ?? availableParallelism();
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: concurrency + 2 });
  const queue = await createJudgeQueue({ connectionString: options.databaseUrl });
  const judge = createJudge({ sandbox: options.sandbox ?? 'auto', warn: log });
  const worker = await startJudgeWorker({
    queue,
    store: createSqlJudgeJobStore(createPgJudgeSql(pool)),
    judge,
    concurrency,
    onEvent: (id, event) => {
      if (event.type === 'verdict')
        log(`judged ${id}: ${event.result.verdict} ${event.result.passed}/${event.result.total}`);
    },
  });
  log(
    `avantika-judge worker: ${concurrency} concurrent, ${judge.sandboxed ? 'sandboxed (bwrap)' : 'UNSANDBOXED'}; waiting for jobs`,
  );
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGTERM', stop);
      process.off('SIGINT', stop);
      resolve();
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });
  log('avantika-judge worker: stopping after in-flight judgings');
  await worker.stop();
  await queue.stop();
  await pool.end();
}
