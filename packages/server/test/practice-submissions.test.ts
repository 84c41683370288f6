import { readFileSync } from 'node:fs';
import { createJudge, createSqlJudgeJobStore, judgeSubmission } from '@avantika/judge';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sql } from '../src/adapters/sql/sql.js';
import { grantRole } from '../src/modules/admin/user-admin.js';
import { type JudgeRuntime, startJudgeRuntime } from '../src/modules/submissions/start-judge-runtime.js';
import { postgresAvailable } from './support/postgres-available.js';
import { bearer, importPracticeContent, registerUser } from './support/practice-fixture.js';
import { buildTestApp, openTestSql } from './support/test-app.js';

const pg = await postgresAvailable();
const solution = (file: string) =>
  readFileSync(new URL(`../../../content/problems/two-sum/solutions/${file}`, import.meta.url), 'utf8');

interface Frame {
  id: number;
  event: string;
  data: Record<string, unknown>;
}

/** Parses an SSE body into its event frames (comments and the retry line are skipped). */
function parseFrames(body: string): Frame[] {
  return body
    .split('\n\n')
    .filter((block) => block.includes('event: '))
    .map((block) => {
      const field = (name: string) => block.match(new RegExp(`^${name}: (.*)$`, 'm'))?.[1] ?? '';
      return { id: Number(field('id')), event: field('event'), data: JSON.parse(field('data')) };
    });
}

for (const kind of ['pglite', 'postgres'] as const) {
  describe.skipIf(kind === 'postgres' && !pg.ok)(`submissions on ${kind} with the real judge queue`, () => {
    let sql: Sql;
    let app: FastifyInstance;
    let runtime: JudgeRuntime;
    let alice: { token: string; id: string };
    let bob: { token: string; id: string };
    const accepted: string[] = [];

    beforeAll(async () => {
      sql = await openTestSql(kind);
      await importPracticeContent(sql);
      runtime = await startJudgeRuntime(sql, { workers: 2 });
      app = await buildTestApp(sql, {
        practice: {
          enqueue: runtime.enqueue,
          pollMs: 250,
          onAccepted: [
            async (tx, submission) => {
              // Runs inside the verdict transaction: the row is already accepted there.
              const row = await tx.query<{ status: string }>('SELECT status FROM code_submissions WHERE id = $1', [
                submission.id,
              ]);
              expect(row.rows[0]?.status).toBe('accepted');
              accepted.push(submission.id);
            },
          ],
        },
      });
      await runtime.startWorkers(app.practice);
      alice = await registerUser(app, 'alice');
      bob = await registerUser(app, 'bob');
    });
    afterAll(async () => {
      await app?.close();
      await runtime?.stop();
      await sql?.close();
    });

    const submit = async (language: string, code: string, token = alice.token) => {
      const res = await app.inject({
        method: 'POST',
        url: '/v1/submissions',
        headers: bearer(token),
        payload: { problemSlug: 'two-sum', language, code },
      });
      expect(res.statusCode, res.body).toBe(202);
      return res.json().id as string;
    };
    const events = (id: string, token = alice.token, headers: Record<string, string> = {}) =>
      app.inject({ method: 'GET', url: `/v1/submissions/${id}/events`, headers: { ...bearer(token), ...headers } });

    it('judges an accepted Python submission and streams queued, compiling, running and the verdict', async () => {
      const id = await submit('python', solution('python.py'));
      const res = await events(id);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('text/event-stream');
      const frames = parseFrames(res.body);
      expect(frames[0]?.event).toBe('queued');
      expect(frames.map((f) => f.event)).toContain('compiling');
      expect(frames.map((f) => f.event)).toContain('running');
      const verdict = frames.at(-1);
      expect(verdict?.event).toBe('verdict');
      const cases = await sql.query<{ total: number }>(
        `SELECT (jsonb_array_length(v.visible_cases) + jsonb_array_length(v.hidden_cases))::int AS total
           FROM problems p JOIN problem_versions v ON v.id = p.current_version_id WHERE p.slug = 'two-sum'`,
      );
      const total = cases.rows[0]?.total as number;
      expect(total).toBeGreaterThanOrEqual(23);
      expect(verdict?.data.verdict).toMatchObject({ status: 'accepted', passed: total, total, firstFailure: null });
      const ids = frames.map((f) => f.id);
      expect([...ids].sort((a, b) => a - b)).toEqual(ids);

      const got = (
        await app.inject({ method: 'GET', url: `/v1/submissions/${id}`, headers: bearer(alice.token) })
      ).json();
      expect(got).toMatchObject({
        id,
        status: 'accepted',
        passed: total,
        total,
        problemSlug: 'two-sum',
        problemVersion: 1,
      });
      expect(got.code).toContain('def twoSum');
      // The in-process worker awards inside the verdict transaction: the live event and the row show the same award.
      expect(got.award).toMatchObject({ xpGained: expect.any(Number), streak: 1 });
      expect(got.award.xpGained).toBeGreaterThan(0);
      expect(verdict?.data.award).toEqual(got.award);
      expect(got.runtimeMs).toBeGreaterThanOrEqual(0);
      expect(got.memoryKb).toBeGreaterThan(0);
      expect(accepted).toEqual([id]);
      const stats = await sql.query<{ total_submissions: number }>(
        `SELECT total_submissions FROM problems WHERE slug = 'two-sum'`,
      );
      expect(stats.rows[0]?.total_submissions).toBe(1);
    });

    it('shows the first failing visible case of a wrong C++ submission', async () => {
      const id = await submit(
        'cpp',
        'class Solution { public: vector<int> twoSum(vector<int>& nums, int target) { return {0, 0}; } };',
      );
      const verdict = parseFrames((await events(id)).body).at(-1)?.data.verdict as Record<string, unknown>;
      expect(verdict).toMatchObject({
        status: 'wrong_answer',
        passed: 0,
        firstFailure: { kind: 'visible', index: 0, input: [[4, 9, 1, 7], 8], expected: [2, 3], actual: [0, 0] },
      });
      expect(accepted).not.toContain(id);
    });

    it('reports only the index of a failing hidden case, never its input or output', async () => {
      const cheat = [
        'class Solution:',
        '    def twoSum(self, nums, target):',
        '        known = {(4, 9, 1, 7): [2, 3], (-3, 5, 12, 0): [0, 2], (6, 6): [0, 1]}',
        '        return known.get(tuple(nums), [9, 9])',
      ].join('\n');
      const id = await submit('python', cheat);
      const body = (await events(id)).body;
      const verdict = parseFrames(body).at(-1)?.data.verdict as { firstFailure: unknown; passed: number };
      expect(verdict.firstFailure).toEqual({ kind: 'hidden', index: 3 });
      expect(verdict.passed).toBe(3);
      const hidden = JSON.parse(
        readFileSync(new URL('../../../content/problems/two-sum/tests.json', import.meta.url), 'utf8'),
      ).hidden[0] as { input: unknown[] };
      const detail = await app.inject({ method: 'GET', url: `/v1/submissions/${id}`, headers: bearer(alice.token) });
      for (const text of [body, detail.body]) expect(text).not.toContain(JSON.stringify(hidden.input[0]));
    });

    it('replays past events to a late client and resumes after Last-Event-ID', async () => {
      const id = await submit('python', solution('python.py'));
      const live = parseFrames((await events(id)).body);
      const replay = parseFrames((await events(id)).body);
      expect(replay).toEqual(live);
      const first = live[0] as Frame;
      const resumed = parseFrames((await events(id, alice.token, { 'last-event-id': String(first.id) })).body);
      expect(resumed).toEqual(live.slice(1));
      const viaQuery = await app.inject({
        method: 'GET',
        url: `/v1/submissions/${id}/events?lastEventId=${live.at(-2)?.id}`,
        headers: bearer(alice.token),
      });
      expect(parseFrames(viaQuery.body).map((f) => f.event)).toEqual(['verdict']);
    });

    it('keeps a submission private: another user gets 404, an admin may read it', async () => {
      const id = await submit('python', solution('python.py'));
      for (const res of [
        await app.inject({ method: 'GET', url: `/v1/submissions/${id}`, headers: bearer(bob.token) }),
        await events(id, bob.token),
      ]) {
        expect(res.statusCode).toBe(404);
        expect(res.json().error.code).toBe('SUBMISSION_NOT_FOUND');
      }
      const admin = await registerUser(app, 'root');
      await grantRole(sql, admin.id, 'admin', null, new Date());
      const login = await app.inject({
        method: 'POST',
        url: '/v1/auth/login',
        payload: { login: 'root', password: 'correct horse battery' },
      });
      const adminToken = login.json().tokens.accessToken as string;
      const res = await app.inject({ method: 'GET', url: `/v1/submissions/${id}`, headers: bearer(adminToken) });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().userId).toBe(alice.id);
    });

    it("lists the caller's submissions newest first, by problem, with the cursor", async () => {
      await submit('python', solution('python.py'), bob.token);
      const all: string[] = [];
      let cursor: string | null = null;
      do {
        const res = await app.inject({
          method: 'GET',
          url: `/v1/submissions?problem=two-sum&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
          headers: bearer(alice.token),
        });
        const page = res.json() as {
          data: { userId: string; submittedAt: string; code?: string }[];
          nextCursor: string | null;
        };
        expect(page.data.every((s) => s.userId === alice.id && s.code === undefined)).toBe(true);
        all.push(...page.data.map((s) => s.submittedAt));
        cursor = page.nextCursor;
      } while (cursor);
      expect(all).toHaveLength(5);
      expect([...all].sort().reverse()).toEqual(all);
      const none = await app.inject({
        method: 'GET',
        url: '/v1/submissions?problem=valid-brackets',
        headers: bearer(alice.token),
      });
      expect(none.json().data).toEqual([]);
    });

    it('refuses a submission for an unknown problem and writes nothing', async () => {
      const before = await sql.query('SELECT 1 FROM code_submissions');
      const res = await app.inject({
        method: 'POST',
        url: '/v1/submissions',
        headers: bearer(alice.token),
        payload: { problemSlug: 'no-such-problem', language: 'python', code: 'x' },
      });
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('PROBLEM_NOT_FOUND');
      expect((await sql.query('SELECT 1 FROM code_submissions')).rows).toHaveLength(before.rows.length);
    });

    it('creates one submission for a repeated Idempotency-Key', async () => {
      const send = () =>
        app.inject({
          method: 'POST',
          url: '/v1/submissions',
          headers: { ...bearer(bob.token), 'idempotency-key': 'submit-once' },
          payload: { problemSlug: 'two-sum', language: 'python', code: solution('python.py') },
        });
      const first = await send();
      const second = await send();
      expect(second.statusCode).toBe(202);
      expect(second.json().id).toBe(first.json().id);
      const rows = await sql.query('SELECT 1 FROM code_submissions WHERE user_id = $1', [bob.id]);
      expect(rows.rows).toHaveLength(2);
    });

    it('walks the whole flow: register, list, show, run, submit, stream, quiz, path progress', async () => {
      const dana = await registerUser(app, 'dana');
      const call = (method: 'GET' | 'POST', url: string, payload?: object) =>
        app.inject({ method, url, headers: bearer(dana.token), ...(payload ? { payload } : {}) });
      const list = (await call('GET', '/v1/problems?search=two%20sum')).json();
      expect(list.data[0].slug).toBe('two-sum');
      const problem = (await call('GET', '/v1/problems/two-sum')).json();
      expect(problem.starters.cpp).toContain('twoSum');
      const code = solution('cpp.cpp');
      expect((await call('POST', '/v1/problems/two-sum/run', { language: 'cpp', code })).json().status).toBe(
        'accepted',
      );
      const { id } = (await call('POST', '/v1/submissions', { problemSlug: 'two-sum', language: 'cpp', code })).json();
      const frames = parseFrames((await events(id, dana.token)).body);
      expect(frames.at(-1)?.data.verdict).toMatchObject({ status: 'accepted' });

      const quiz = (await call('POST', '/v1/quizzes', { set: 'sorting-basics', count: 7 })).json();
      for (const q of quiz.questions as { index: number; multiSelect: boolean }[]) {
        await call('POST', `/v1/quizzes/${quiz.id}/answers`, {
          index: q.index,
          selected: q.multiSelect ? [1, 2] : [1],
        });
      }
      expect((await call('POST', `/v1/quizzes/${quiz.id}/finish`)).json().score).toEqual({ correct: 7, total: 7 });

      expect((await call('POST', '/v1/paths/practice-path/enroll')).statusCode).toBe(200);
      const progress = (await call('GET', '/v1/paths/practice-path/progress')).json();
      expect(progress.modules[0].items.map((i: { status: string }) => i.status)).toEqual([
        'completed',
        'completed',
        'not_started',
      ]);
      expect((await call('GET', '/v1/paths/practice-path/next')).json().item.kind).toBe('article');
    });

    it('ends open event streams when the server closes', async () => {
      // No judge job is queued here, so the stream would wait for a verdict that never comes.
      const idle = await buildTestApp(sql, { practice: { enqueue: async () => {}, pollMs: 50 } });
      const erin = await registerUser(idle, 'erin');
      const created = await idle.inject({
        method: 'POST',
        url: '/v1/submissions',
        headers: bearer(erin.token),
        payload: { problemSlug: 'two-sum', language: 'python', code: 'x' },
      });
      const stream = idle.inject({
        method: 'GET',
        url: `/v1/submissions/${created.json().id}/events`,
        headers: bearer(erin.token),
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      await idle.close();
      expect(parseFrames((await stream).body).map((f) => f.event)).toEqual(['queued']);
    });

    it('runs the verdict hooks exactly once for a submission judged by a worker elsewhere', async () => {
      const awarded: string[] = [];
      const other = await buildTestApp(sql, {
        practice: { enqueue: async () => {}, onAccepted: [async (_tx, s) => void awarded.push(s.id)] },
      });
      try {
        const frank = await registerUser(other, 'frank');
        const created = await other.inject({
          method: 'POST',
          url: '/v1/submissions',
          headers: bearer(frank.token),
          payload: { problemSlug: 'two-sum', language: 'python', code: solution('python.py') },
        });
        const id = created.json().id as string;
        // A remote `avantika-judge worker` judges with the judge's own store and no server hooks.
        await judgeSubmission({ store: createSqlJudgeJobStore(sql), judge: createJudge() }, id);
        expect(awarded).toEqual([]);
        await other.practice.submissions.sweepVerdictHooks();
        await other.practice.submissions.sweepVerdictHooks();
        expect(awarded).toEqual([id]);
        const claimed = await sql.query('SELECT 1 FROM code_submissions WHERE id = $1 AND hooks_done_at IS NOT NULL', [
          id,
        ]);
        expect(claimed.rows).toHaveLength(1);
      } finally {
        await other.close();
      }
    });

    it('marks the problem solved for the caller once accepted', async () => {
      const res = await app.inject({ method: 'GET', url: '/v1/problems?status=solved', headers: bearer(alice.token) });
      expect(res.json().data.map((p: { slug: string }) => p.slug)).toEqual(['two-sum']);
    });
  });
}
