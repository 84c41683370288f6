import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  createJudge,
  createJudgeQueue,
  createPgJudgeSql,
  createSqlJudgeJobStore,
  type JudgeQueue,
  type JudgeSql,
  SUBMISSION_EVENTS_CHANNEL,
  startJudgeWorker,
} from '@avantika/judge';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScratchDatabase, postgresUnavailable, type ScratchDatabase } from './support/scratch-database.js';
import { insertDoublingProblem, submit, waitFor } from './support/submissions.js';
import { buildWorkerBundle } from './support/worker-bundle.js';

const unavailable = await postgresUnavailable();
if (unavailable && process.env['CI'] === 'true') throw new Error(`CI needs PostgreSQL: ${unavailable}`);

describe.skipIf(unavailable !== null)(
  `judge queue on PostgreSQL${unavailable ? ` (skipped: ${unavailable})` : ''}`,
  () => {
    let db: ScratchDatabase;
    let sql: JudgeSql;
    let queue: JudgeQueue;

    beforeAll(async () => {
      db = await createScratchDatabase('queue');
      sql = createPgJudgeSql(db.pool);
      await sql.query('CREATE TABLE awards (submission_id UUID PRIMARY KEY)');
      queue = await createJudgeQueue({ connectionString: db.url });
    });
    afterAll(async () => {
      await queue?.stop();
      await db?.drop();
    });

    it('judges queued submissions once, stores per-case rows and publishes ordered events', async () => {
      const listener = new pg.Client({ connectionString: db.url });
      await listener.connect();
      const notified: { submissionId: string; type: string }[] = [];
      listener.on('notification', (n) => notified.push(JSON.parse(n.payload!)));
      await listener.query(`LISTEN ${SUBMISSION_EVENTS_CHANNEL}`);
      let awards = 0;
      const worker = await startJudgeWorker({
        queue,
        store: createSqlJudgeJobStore(sql),
        judge: createJudge({ sandbox: 'auto', warn: () => {} }),
        concurrency: 2,
        onVerdict: async (tx, job, result) => {
          awards++;
          if (result.verdict === 'accepted') await tx.query('INSERT INTO awards VALUES ($1)', [job.id]);
        },
      });
      try {
        const ids = await insertDoublingProblem(sql);
        const good = await submit(
          sql,
          queue,
          ids,
          'python',
          'class Solution:\n    def f(self, n):\n        return 2 * n\n',
        );
        const bad = await submit(
          sql,
          queue,
          ids,
          'javascript',
          'class Solution { f(n) { return n > 5 ? 0 : 2 * n; } }',
        );
        const rows = await waitFor(async () => {
          const r = await sql.query<{
            id: string;
            status: string;
            verdict: string;
            test_cases_passed: number;
            test_cases_total: number;
          }>(
            'SELECT id, status, verdict, test_cases_passed, test_cases_total FROM code_submissions WHERE judged_at IS NOT NULL',
          );
          return r.rows.length === 2 ? r.rows : undefined;
        }, 30_000);
        const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
        expect(byId[good]).toMatchObject({
          status: 'accepted',
          verdict: 'accepted',
          test_cases_passed: 6,
          test_cases_total: 6,
        });
        // The first hidden case (index 3) fails; judging stops there.
        expect(byId[bad]).toMatchObject({ status: 'wrong_answer', test_cases_passed: 3, test_cases_total: 6 });
        const cases = await sql.query<{ case_index: number; hidden: boolean; verdict: string }>(
          'SELECT case_index, hidden, verdict FROM submission_case_results WHERE submission_id = $1 ORDER BY case_index',
          [bad],
        );
        expect(cases.rows.map((c) => c.verdict)).toEqual(['accepted', 'accepted', 'accepted', 'wrong_answer']);
        expect(cases.rows[3]!.hidden).toBe(true);
        const detail = await sql.query<{ detail: { failedCase: unknown } }>(
          'SELECT detail FROM code_submissions WHERE id = $1',
          [bad],
        );
        expect(detail.rows[0]!.detail.failedCase).toEqual({ index: 3, hidden: true, verdict: 'wrong_answer' });
        const events = await sql.query<{ type: string }>(
          'SELECT type FROM submission_events WHERE submission_id = $1 ORDER BY id',
          [good],
        );
        const types = events.rows.map((e) => e.type);
        expect(types[0]).toBe('compiling');
        expect(types).toContain('running');
        expect(types.at(-1)).toBe('verdict');
        expect(types.filter((t) => t === 'verdict')).toHaveLength(1);
        await waitFor(async () => notified.filter((n) => n.type === 'verdict').length === 2, 5000);
        expect(awards).toBe(2);
        expect((await sql.query('SELECT * FROM awards')).rows).toEqual([{ submission_id: good }]);
      } finally {
        await worker.stop();
        await listener.end();
      }
    });

    it('gives exactly one verdict to a submission whose worker process was SIGKILLed mid-judge', async () => {
      const bundle = await buildWorkerBundle();
      const ids = await insertDoublingProblem(sql, 5000);
      // About 2 s of work per run, so the first worker is killed while it is judging.
      const slow =
        'import time\nclass Solution:\n    def f(self, n):\n        end = time.time() + 0.35\n        while time.time() < end: pass\n        return 2 * n\n';
      const id = await submit(sql, queue, ids, 'python', slow);
      const child = spawn(process.execPath, [bundle, 'worker', '--database-url', db.url, '--concurrency', '1'], {
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr!.on('data', (d: Buffer) => {
        stderr += d.toString();
      });
      try {
        await waitFor(async () => {
          const r = await sql.query<{ type: string }>(
            "SELECT type FROM submission_events WHERE submission_id = $1 AND type = 'running'",
            [id],
          );
          return r.rows.length > 0;
        }, 30_000);
      } catch (error) {
        throw new Error(`worker never started judging: ${stderr}`, { cause: error });
      }
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
      expect(
        (await sql.query<{ status: string }>('SELECT status FROM code_submissions WHERE id = $1', [id])).rows[0]!
          .status,
      ).toBe('running');
      const worker = await startJudgeWorker({
        queue,
        store: createSqlJudgeJobStore(sql),
        judge: createJudge({ sandbox: 'auto', warn: () => {} }),
        concurrency: 1,
      });
      try {
        const row = await waitFor(async () => {
          const r = await sql.query<{ status: string; judge_attempts: number }>(
            'SELECT status, judge_attempts FROM code_submissions WHERE id = $1 AND judged_at IS NOT NULL',
            [id],
          );
          return r.rows[0];
        }, 60_000);
        expect(row.status).toBe('accepted');
        expect(row.judge_attempts).toBe(2);
        const verdicts = await sql.query(
          "SELECT 1 FROM submission_events WHERE submission_id = $1 AND type = 'verdict'",
          [id],
        );
        expect(verdicts.rows).toHaveLength(1);
        const cases = await sql.query('SELECT 1 FROM submission_case_results WHERE submission_id = $1', [id]);
        expect(cases.rows).toHaveLength(6);
      } finally {
        await worker.stop();
      }
    }, 120_000);
  },
);

export const here = fileURLToPath(import.meta.url);
