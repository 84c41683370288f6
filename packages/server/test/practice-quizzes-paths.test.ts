import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sql } from '../src/adapters/sql/sql.js';
import { seededSample } from '../src/modules/quizzes/seeded-shuffle.js';
import { postgresAvailable } from './support/postgres-available.js';
import { bearer, importPracticeContent, registerUser } from './support/practice-fixture.js';
import { buildTestApp, openTestSql } from './support/test-app.js';

const pg = await postgresAvailable();

interface Question {
  index: number;
  questionId: string;
  options: { id: number; text: string }[];
  multiSelect: boolean;
  answer: null | { correct: boolean; correctOptions: number[]; explanation: string };
}

for (const kind of ['pglite', 'postgres'] as const) {
  describe.skipIf(kind === 'postgres' && !pg.ok)(`quiz and path routes on ${kind}`, () => {
    let sql: Sql;
    let app: FastifyInstance;
    let alice: { token: string; id: string };
    let bob: { token: string; id: string };

    beforeAll(async () => {
      sql = await openTestSql(kind);
      await importPracticeContent(sql);
      app = await buildTestApp(sql);
      alice = await registerUser(app, 'alice');
      bob = await registerUser(app, 'bob');
    });
    afterAll(async () => {
      await app?.close();
      await sql?.close();
    });

    const call = (method: 'GET' | 'POST', url: string, token: string, payload?: object, headers = {}) =>
      app.inject({ method, url, headers: { ...bearer(token), ...headers }, ...(payload ? { payload } : {}) });
    // The fixture set's right answers: option 1 of each single-choice question, options 1 and 2 of "pick-two".
    const rightAnswer = (q: Question) => (q.multiSelect ? [1, 2] : [1]);

    it('starts a quiz without revealing which options are correct', async () => {
      const res = await call('POST', '/v1/quizzes', alice.token, { set: 'sorting-basics', count: 4 });
      expect(res.statusCode, res.body).toBe(201);
      const attempt = res.json();
      expect(attempt.questions).toHaveLength(4);
      expect(attempt.questions.every((q: Question) => q.answer === null)).toBe(true);
      expect(res.body).not.toMatch(/correct|isCorrect|explanation/i);
      expect(attempt.status).toBe('in_progress');
    });

    it('draws questions reproducibly from the stored seed', async () => {
      const attempt = (await call('POST', '/v1/quizzes', alice.token, { set: 'sorting-basics', count: 5 })).json();
      const pool = await sql.query<{ problem_id: string }>(
        `SELECT q.problem_id FROM mcq_set_questions q JOIN mcq_sets s ON s.id = q.set_id WHERE s.slug = 'sorting-basics'`,
      );
      const ids = pool.rows.map((r) => r.problem_id).sort();
      expect(attempt.questions.map((q: Question) => q.questionId)).toEqual(seededSample(ids, 5, attempt.seed));
    });

    it('locks an answer, reveals its result only then, and refuses a second answer with 409', async () => {
      const attempt = (await call('POST', '/v1/quizzes', alice.token, { set: 'sorting-basics', count: 3 })).json();
      const q0: Question = attempt.questions[0];
      const res = await call('POST', `/v1/quizzes/${attempt.id}/answers`, alice.token, {
        index: 0,
        selected: rightAnswer(q0),
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ index: 0, correct: true, correctOptions: rightAnswer(q0) });
      expect(res.json().explanation.length).toBeGreaterThan(0);

      const again = await call('POST', `/v1/quizzes/${attempt.id}/answers`, alice.token, { index: 0, selected: [2] });
      expect(again.statusCode).toBe(409);
      expect(again.json().error.code).toBe('QUESTION_ALREADY_ANSWERED');

      const view = (await call('GET', `/v1/quizzes/${attempt.id}`, alice.token)).json();
      expect(view.questions[0].answer).not.toBeNull();
      expect(view.questions[1].answer).toBeNull();
      expect(view.questions[2].answer).toBeNull();
      expect(JSON.stringify(view.questions.slice(1))).not.toMatch(/correct|explanation/i);
    });

    it('rejects unknown options, several options on a single-choice question, and missing questions', async () => {
      const attempt = (await call('POST', '/v1/quizzes', alice.token, { set: 'sorting-basics', count: 7 })).json();
      const single = (attempt.questions as Question[]).find((q) => !q.multiSelect) as Question;
      const bad = await call('POST', `/v1/quizzes/${attempt.id}/answers`, alice.token, {
        index: single.index,
        selected: [9],
      });
      expect(bad.json().error.code).toBe('INVALID_OPTION');
      const two = await call('POST', `/v1/quizzes/${attempt.id}/answers`, alice.token, {
        index: single.index,
        selected: [1, 2],
      });
      expect(two.json().error.code).toBe('INVALID_OPTION');
      const missing = await call('POST', `/v1/quizzes/${attempt.id}/answers`, alice.token, {
        index: 99,
        selected: [1],
      });
      expect(missing.statusCode).toBe(404);
      expect(missing.json().error.code).toBe('QUESTION_NOT_FOUND');
      const stored = await sql.query('SELECT 1 FROM mcq_attempts WHERE quiz_attempt_id = $1', [attempt.id]);
      expect(stored.rows).toHaveLength(0);
    });

    it("hides another user's attempt behind 404", async () => {
      const attempt = (await call('POST', '/v1/quizzes', alice.token, { set: 'sorting-basics', count: 2 })).json();
      for (const res of [
        await call('GET', `/v1/quizzes/${attempt.id}`, bob.token),
        await call('POST', `/v1/quizzes/${attempt.id}/answers`, bob.token, { index: 0, selected: [1] }),
        await call('POST', `/v1/quizzes/${attempt.id}/finish`, bob.token),
      ]) {
        expect(res.statusCode).toBe(404);
        expect(res.json().error.code).toBe('QUIZ_ATTEMPT_NOT_FOUND');
      }
    });

    it('finishes with the score and every explanation; later answers are refused', async () => {
      const attempt = (await call('POST', '/v1/quizzes', bob.token, { topic: 'sorting', count: 50 })).json();
      expect(attempt.questions).toHaveLength(7);
      const [first, second] = attempt.questions as Question[];
      await call('POST', `/v1/quizzes/${attempt.id}/answers`, bob.token, { index: 0, selected: rightAnswer(first!) });
      await call('POST', `/v1/quizzes/${attempt.id}/answers`, bob.token, {
        index: 1,
        selected: second!.multiSelect ? [3] : [2],
      });
      const done = await call('POST', `/v1/quizzes/${attempt.id}/finish`, bob.token);
      expect(done.statusCode, done.body).toBe(200);
      expect(done.json().score).toEqual({ correct: 1, total: 7 });
      expect(done.json().questions.every((q: Question) => q.answer && q.answer.explanation.length > 0)).toBe(true);
      const again = await call('POST', `/v1/quizzes/${attempt.id}/finish`, bob.token);
      expect(again.json().score).toEqual({ correct: 1, total: 7 });
      const late = await call('POST', `/v1/quizzes/${attempt.id}/answers`, bob.token, { index: 2, selected: [1] });
      expect(late.statusCode).toBe(409);
      expect(late.json().error.code).toBe('QUIZ_ATTEMPT_FINISHED');
    });

    it('pages through the quiz history, newest first', async () => {
      const all: string[] = [];
      let cursor: string | null = null;
      do {
        const res = await call('GET', `/v1/quizzes?limit=2${cursor ? `&cursor=${cursor}` : ''}`, alice.token);
        const page = res.json() as { data: { id: string; startedAt: string }[]; nextCursor: string | null };
        all.push(...page.data.map((a) => a.startedAt));
        cursor = page.nextCursor;
      } while (cursor);
      expect(all.length).toBe(5);
      expect([...all].sort().reverse()).toEqual(all);
    });

    it('replays a start with the same Idempotency-Key and refuses bad starts', async () => {
      const headers = { 'idempotency-key': 'quiz-start-1' };
      const a = await call('POST', '/v1/quizzes', bob.token, { set: 'sorting-basics', count: 2 }, headers);
      const b = await call('POST', '/v1/quizzes', bob.token, { set: 'sorting-basics', count: 2 }, headers);
      expect(b.json().id).toBe(a.json().id);
      const unknown = await call('POST', '/v1/quizzes', bob.token, { set: 'no-such-set' });
      expect(unknown.json().error.code).toBe('MCQ_SET_NOT_FOUND');
      const both = await call('POST', '/v1/quizzes', bob.token, { set: 'sorting-basics', topic: 'sorting' });
      expect(both.json().error.code).toBe('VALIDATION_FAILED');
    });

    it('lists paths in order and enrols idempotently', async () => {
      const list = (await call('GET', '/v1/paths', alice.token)).json();
      expect(list.data.map((p: { slug: string }) => p.slug)).toEqual(['practice-path', 'second-path']);
      expect(list.data[0].enrolled).toBe(false);
      const first = await call('POST', '/v1/paths/practice-path/enroll', alice.token);
      const second = await call('POST', '/v1/paths/practice-path/enroll', alice.token);
      expect(first.statusCode, first.body).toBe(200);
      expect(second.json().enrolledAt).toBe(first.json().enrolledAt);
      const paged = (await call('GET', '/v1/paths?limit=1', alice.token)).json();
      expect(paged.data[0]).toMatchObject({ slug: 'practice-path', enrolled: true });
      const next = (await call('GET', `/v1/paths?limit=1&cursor=${paged.nextCursor}`, alice.token)).json();
      expect(next.data.map((p: { slug: string }) => p.slug)).toEqual(['second-path']);
      expect((await call('GET', '/v1/paths/nope', alice.token)).json().error.code).toBe('PATH_NOT_FOUND');
    });

    it('derives progress from submissions, quizzes and read articles, and points at the next item', async () => {
      const carol = await registerUser(app, 'carol');
      await call('POST', '/v1/paths/practice-path/enroll', carol.token);
      const start = (await call('GET', '/v1/paths/practice-path/progress', carol.token)).json();
      expect(start).toMatchObject({ enrolled: true, status: 'not_started', completed: 0, total: 4, percentage: 0 });
      expect((await call('GET', '/v1/paths/practice-path/next', carol.token)).json().item.ref).toBe('two-sum');

      await sql.query(
        `INSERT INTO code_submissions (user_id, problem_id, language, code, status)
         SELECT $1, id, 'python', 'x', 'accepted' FROM problems WHERE slug = 'two-sum'`,
        [carol.id],
      );
      expect((await call('GET', '/v1/paths/practice-path/next', carol.token)).json().item.kind).toBe('mcq_set');

      const quiz = (await call('POST', '/v1/quizzes', carol.token, { set: 'sorting-basics', count: 7 })).json();
      for (const q of quiz.questions as Question[]) {
        await call('POST', `/v1/quizzes/${quiz.id}/answers`, carol.token, { index: q.index, selected: rightAnswer(q) });
      }
      expect((await call('POST', `/v1/quizzes/${quiz.id}/finish`, carol.token)).json().score.correct).toBe(7);
      const next = (await call('GET', '/v1/paths/practice-path/next', carol.token)).json();
      expect(next.item).toMatchObject({ kind: 'article', title: 'Big-O in ten minutes', status: 'not_started' });

      const read = await call('POST', `/v1/paths/practice-path/items/${next.item.id}/complete`, carol.token);
      expect(read.statusCode, read.body).toBe(200);
      expect(read.json()).toMatchObject({ completed: 3, total: 4, percentage: 75, status: 'in_progress' });
      expect(read.json().modules[0].status).toBe('completed');
      const last = (await call('GET', '/v1/paths/practice-path/next', carol.token)).json();
      expect(last).toMatchObject({ module: { title: 'Stacks' }, item: { ref: 'valid-brackets' } });

      const detail = (await call('GET', '/v1/paths/practice-path', carol.token)).json();
      expect(detail.modules.map((m: { status: string }) => m.status)).toEqual(['completed', 'not_started']);
      const rows = await sql.query<{ status: string; completion_percentage: number }>(
        'SELECT status, completion_percentage FROM user_progress WHERE user_id = $1 ORDER BY completion_percentage DESC',
        [carol.id],
      );
      expect(rows.rows).toEqual([
        { status: 'completed', completion_percentage: 100 },
        { status: 'not_started', completion_percentage: 0 },
      ]);
      const otherUser = (await call('GET', '/v1/paths/practice-path/progress', bob.token)).json();
      expect(otherUser).toMatchObject({ enrolled: false, completed: 0 });
    });

    it('refuses to complete an item that is not an article of the path', async () => {
      const detail = (await call('GET', '/v1/paths/practice-path', bob.token)).json();
      const problemItem = detail.modules[0].items[0].id;
      const res = await call('POST', `/v1/paths/practice-path/items/${problemItem}/complete`, bob.token);
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('NOT_FOUND');
    });
  });
}
