import { fromPglite, PgBoss } from 'pg-boss';
import type { JudgeQueryable } from './judge-sql.js';

/** The pg-boss queue name judge jobs go to; job data is `{ submissionId }`. */
export const JUDGE_QUEUE = 'judge';

/** Where the queue lives: PostgreSQL by URL, or an embedded PGlite instance (through pg-boss's own adapter). */
export type JudgeQueueOptions =
  | { connectionString: string; schema?: string; max?: number }
  | { pglite: Parameters<typeof fromPglite>[0]; schema?: string };

/** A started pg-boss with the judge queue created; `enqueue` joins the caller's transaction. */
export interface JudgeQueue {
  readonly boss: PgBoss;
  enqueue(tx: JudgeQueryable, submissionId: string): Promise<string | null>;
  stop(): Promise<void>;
}

/**
 * Starts pg-boss (LISTEN/NOTIFY on, see DESIGN §6) and creates the judge queue: a job whose worker stops heartbeating
 * for 10 s is retried within ~15 s (up to 5 times), and jobs expire after 5 minutes of work.
 */
export async function createJudgeQueue(options: JudgeQueueOptions): Promise<JudgeQueue> {
  // The monitor pass is what fails a job whose heartbeat stopped; its 60 s default would leave a dead worker's
  // submission waiting a minute, so it runs every 3 s (one cheap indexed update per pass).
  const common = {
    schema: options.schema ?? 'pgboss',
    useListenNotify: true,
    supervise: true,
    superviseIntervalSeconds: 3,
    monitorIntervalSeconds: 3,
  };
  const boss =
    'pglite' in options
      ? new PgBoss({ ...common, db: fromPglite(options.pglite) })
      : new PgBoss({ ...common, connectionString: options.connectionString, max: options.max ?? 4 });
  boss.on('error', (error) => process.stderr.write(`avantika-judge queue: ${error.message}\n`));
  await boss.start();
  await boss.createQueue(JUDGE_QUEUE, {
    heartbeatSeconds: 10,
    retryLimit: 5,
    retryDelay: 1,
    expireInSeconds: 300,
    notify: true,
  });
  return {
    boss,
    enqueue: (tx, submissionId) => enqueueJudgeJob({ boss }, tx, submissionId),
    // stop() resolves before pg-boss has closed its pool; 'stopped' is when its connections are really gone.
    stop: () =>
      new Promise<void>((resolve, reject) => {
        boss.once('stopped', () => resolve());
        boss.stop({ graceful: true, timeout: 10_000 }).catch(reject);
      }),
  };
}

/**
 * Sends the judge job inside the caller's transaction (the one that inserted the submission), so the row and its job
 * commit or roll back together. On PGlite, sending outside that transaction would deadlock.
 */
export function enqueueJudgeJob(
  queue: Pick<JudgeQueue, 'boss'>,
  tx: JudgeQueryable,
  submissionId: string,
): Promise<string | null> {
  const db = { executeSql: (text: string, values?: unknown[]) => tx.query(text, values) };
  return queue.boss.send(JUDGE_QUEUE, { submissionId }, { db });
}
