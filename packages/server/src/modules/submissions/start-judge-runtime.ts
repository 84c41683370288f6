import { availableParallelism } from 'node:os';
import {
  createJudge,
  createJudgeQueue,
  createSqlJudgeJobStore,
  JUDGE_QUEUE,
  type Judge,
  type JudgeQueue,
  type JudgeWorker,
  startJudgeWorker,
} from '@avantika/judge';
import type { PGlite } from '@electric-sql/pglite';
import type { Pool } from 'pg';
import type { Sql, SqlTransaction } from '../../adapters/sql/sql.js';
import type { PracticeServices } from '../practice.js';
import type { EnqueueJudgeJob } from './service.js';

/** Options for {@link startJudgeRuntime}. */
export interface JudgeRuntimeOptions {
  /** The judge in-process workers use (default: `createJudge()`, sandboxed when bubblewrap works). */
  readonly judge?: Judge;
  /** In-process judgings at once (default: the number of cores); 0 runs no workers here (they run elsewhere). */
  readonly workers?: number;
  /** PostgreSQL only: where pg-boss connects (default: the connection string of the Sql port's pool). */
  readonly connectionString?: string;
}

/** The judge queue as the server uses it: enqueue inside the submission transaction, workers, shutdown. */
export interface JudgeRuntime {
  readonly queue: JudgeQueue;
  readonly enqueue: EnqueueJudgeJob;
  /** Starts in-process workers whose verdict transaction runs the practice hooks (stats, onAccepted). */
  startWorkers(services: PracticeServices): Promise<void>;
  /** Runs the verdict hooks of submissions judged elsewhere, now and every `everyMs` (default 5 s). */
  startHookSweeper(services: PracticeServices, everyMs?: number): void;
  /** The /readyz check: true while the queue answers from the database; false once stopped. */
  isReady(): Promise<boolean>;
  /** Stops the sweeper and the workers (letting judgings finish), then the queue. */
  stop(): Promise<void>;
}

/**
 * Starts the pg-boss judge queue on the same database as the Sql port: on PGlite through pg-boss's `fromPglite`
 * adapter (the embedded single-process mode), on PostgreSQL through its own pool.
 */
export async function startJudgeRuntime(sql: Sql, options: JudgeRuntimeOptions = {}): Promise<JudgeRuntime> {
  const queue =
    sql.kind === 'pglite'
      ? await createJudgeQueue({ pglite: sql.raw as PGlite })
      : await createJudgeQueue({
          connectionString: options.connectionString ?? String((sql.raw as Pool).options.connectionString),
        });
  const workers: JudgeWorker[] = [];
  let sweeper: NodeJS.Timeout | undefined;
  let sweeping: Promise<void> | undefined;
  let stopped = false;
  return {
    queue,
    enqueue: async (tx, submissionId) => {
      await queue.enqueue(tx, submissionId);
    },
    async startWorkers(services) {
      const concurrency = options.workers ?? availableParallelism();
      if (concurrency <= 0) return;
      workers.push(
        await startJudgeWorker({
          queue,
          store: createSqlJudgeJobStore(sql),
          judge: options.judge ?? createJudge(),
          concurrency,
          // The store judges inside the Sql port's own transaction, so `tx` is a full SqlTransaction.
          onVerdict: async (tx, job) => {
            await services.submissions.runVerdictHooks(tx as SqlTransaction, job.id);
          },
        }),
      );
    },
    startHookSweeper(services, everyMs = 5000) {
      // Verdicts written by remote workers have no server hooks in their transaction: catch them up here.
      const tick = () => {
        sweeping = services.submissions.sweepVerdictHooks().then(
          () => undefined,
          () => undefined, // A failed sweep is retried on the next tick.
        );
      };
      tick();
      sweeper = setInterval(tick, everyMs);
      sweeper.unref();
    },
    async isReady() {
      return !stopped && (await queue.boss.getQueue(JUDGE_QUEUE)) !== null;
    },
    async stop() {
      stopped = true;
      if (sweeper) clearInterval(sweeper);
      await sweeping;
      for (const worker of workers.splice(0)) await worker.stop();
      await queue.stop();
    },
  };
}
