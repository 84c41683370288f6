import {
  createJudge,
  createJudgeQueue,
  createPgliteJudgeSql,
  createSqlJudgeJobStore,
  type JudgeQueue,
  type JudgeSql,
  startJudgeWorker,
} from '@avantika/judge';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { uuid_ossp } from '@electric-sql/pglite/contrib/uuid_ossp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { judgeSchemaSql } from './support/scratch-database.js';
import { insertDoublingProblem, submit, waitFor } from './support/submissions.js';

describe('judge queue on embedded PGlite (pg-boss fromPglite)', () => {
  let db: PGlite;
  let sql: JudgeSql;
  let queue: JudgeQueue;

  beforeAll(async () => {
    db = new PGlite({ extensions: { pg_trgm, pgcrypto, uuid_ossp } });
    await db.exec(judgeSchemaSql());
    sql = createPgliteJudgeSql(db);
    queue = await createJudgeQueue({ pglite: db });
  });
  afterAll(async () => {
    await queue?.stop();
    await db?.close();
  });

  it('enqueues inside the submission transaction and writes one verdict with its events', async () => {
    const worker = await startJudgeWorker({
      queue,
      store: createSqlJudgeJobStore(sql),
      judge: createJudge({ sandbox: 'auto', warn: () => {} }),
      concurrency: 1,
    });
    try {
      const ids = await insertDoublingProblem(sql);
      const id = await submit(sql, queue, ids, 'javascript', 'class Solution { f(n) { return 2 * n; } }');
      const row = await waitFor(async () => {
        const r = await sql.query<{ status: string; test_cases_passed: number }>(
          'SELECT status, test_cases_passed FROM code_submissions WHERE id = $1 AND judged_at IS NOT NULL',
          [id],
        );
        return r.rows[0];
      }, 30_000);
      expect(row).toEqual({ status: 'accepted', test_cases_passed: 6 });
      const events = await sql.query<{ type: string }>(
        'SELECT type FROM submission_events WHERE submission_id = $1 ORDER BY id',
        [id],
      );
      expect(events.rows.map((e) => e.type).at(-1)).toBe('verdict');
      // A rolled-back submission transaction leaves no job behind.
      await expect(
        sql.transaction(async (tx) => {
          const r = await tx.query<{ id: string }>(
            `INSERT INTO code_submissions (user_id, problem_id, problem_version_id, language, code, status)
             VALUES ($1, $2, $3, 'python', 'x', 'pending') RETURNING id`,
            [ids.userId, ids.problemId, ids.versionId],
          );
          await queue.enqueue(tx, r.rows[0]!.id);
          throw new Error('roll back');
        }),
      ).rejects.toThrow('roll back');
      const jobs = await sql.query<{ n: number }>("SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'judge'");
      expect(jobs.rows[0]!.n).toBe(1);
    } finally {
      await worker.stop();
    }
  });
});
