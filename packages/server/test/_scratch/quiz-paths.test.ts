import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sql } from '../../src/adapters/sql/sql.js';
import { PathService } from '../../src/modules/paths/service.js';
import type { ProblemDocument } from '../../src/modules/problems/problem-documents.js';
import { ProblemService } from '../../src/modules/problems/service.js';
import { QuizService } from '../../src/modules/quizzes/service.js';
import { SubmissionService } from '../../src/modules/submissions/service.js';
import { scratchSql } from './schema.js';

let sql: Sql;
const docs = new Map<string, ProblemDocument>();
const documents = {
  findByPostgresIds: async (ids: readonly string[]) =>
    new Map(ids.flatMap((id) => (docs.has(id) ? [[id, docs.get(id)!] as const] : []))),
};
let user: string;

beforeAll(async () => {
  sql = await scratchSql();
  user = (
    await sql.query<{ id: string }>(
      `INSERT INTO users (email, username, full_name) VALUES ('a@x', 'a', 'A') RETURNING id`,
    )
  ).rows[0]!.id;
  await sql.query(`INSERT INTO topics (name, slug) VALUES ('arrays', 'arrays'), ('sorting', 'sorting')`);
  const topic = (await sql.query<{ id: string }>(`SELECT id FROM topics WHERE slug='sorting'`)).rows[0]!.id;
  const set = (
    await sql.query<{ id: string }>(
      `INSERT INTO mcq_sets (slug, title, domain, topic_id, content_hash) VALUES ('sorting-basics', 'Sorting', 'dsa', $1, 'h') RETURNING id`,
      [topic],
    )
  ).rows[0]!.id;
  for (let i = 0; i < 6; i++) {
    const p = (
      await sql.query<{ id: string }>(
        `INSERT INTO problems (slug, title, difficulty, problem_type) VALUES ($1, $1, 'easy', 'mcq') RETURNING id`,
        [`q${i}`],
      )
    ).rows[0]!.id;
    await sql.query(
      `INSERT INTO mcq_set_questions (set_id, problem_id, question_key, order_index) VALUES ($1, $2, $3, $4)`,
      [set, p, `q${i}`, i],
    );
    docs.set(p, {
      postgresId: p,
      type: 'mcq',
      question: `Q${i}?`,
      options: [
        { id: 1, text: 'a', isCorrect: i % 2 === 0 },
        { id: 2, text: 'b', isCorrect: i % 2 === 1 },
      ],
      explanation: `E${i}`,
    });
  }
  for (let i = 0; i < 5; i++) {
    const arrays = (await sql.query<{ id: string }>(`SELECT id FROM topics WHERE slug='arrays'`)).rows[0]!.id;
    const p = (
      await sql.query<{ id: string }>(
        `INSERT INTO problems (slug, title, difficulty, problem_type, companies, topic_ids, display_number) VALUES ($1, $2, $3, 'dsa', ARRAY['google'], ARRAY[$4::uuid], $5) RETURNING id`,
        [`two-sum-${i}`, `Two Sum ${i}`, i < 3 ? 'easy' : 'hard', arrays, i + 1],
      )
    ).rows[0]!.id;
    const v = (
      await sql.query<{ id: string }>(
        `INSERT INTO problem_versions (problem_id, version, content_hash, signature, comparator, limits, visible_cases, hidden_cases) VALUES ($1, 1, 'h', $2, '{"kind":"exact"}', '{"timeMs":1000,"memoryMb":256}', '[{"input":[[1,2],3],"output":[0,1]}]', '[]') RETURNING id`,
        [
          p,
          JSON.stringify({
            function: 'twoSum',
            params: [
              { name: 'nums', type: 'int[]' },
              { name: 'target', type: 'int' },
            ],
            returns: 'int[]',
          }),
        ],
      )
    ).rows[0]!.id;
    await sql.query(`UPDATE problems SET current_version_id = $1 WHERE id = $2`, [v, p]);
    docs.set(p, {
      postgresId: p,
      problemStatement: 'Find two',
      examples: [{ input: 'a', output: 'b' }],
      hints: ['x', 'y'],
    });
  }
  const path = (
    await sql.query<{ id: string }>(`INSERT INTO learning_paths (slug, title) VALUES ('arr', 'Arrays') RETURNING id`)
  ).rows[0]!.id;
  const mod = (
    await sql.query<{ id: string }>(
      `INSERT INTO path_modules (path_id, title, order_index, module_key) VALUES ($1, 'M1', 0, 'm1') RETURNING id`,
      [path],
    )
  ).rows[0]!.id;
  const p0 = (await sql.query<{ id: string }>(`SELECT id FROM problems WHERE slug='two-sum-0'`)).rows[0]!.id;
  await sql.query(
    `INSERT INTO path_module_items (module_id, order_index, kind, ref, problem_id) VALUES ($1, 0, 'problem', 'two-sum-0', $2)`,
    [mod, p0],
  );
  await sql.query(
    `INSERT INTO path_module_items (module_id, order_index, kind, ref, mcq_set_id) VALUES ($1, 1, 'mcq_set', 'sorting-basics', $2)`,
    [mod, set],
  );
  await sql.query(
    `INSERT INTO path_module_items (module_id, order_index, kind, ref, title) VALUES ($1, 2, 'article', 'https://x', 'Read')`,
    [mod],
  );
});
afterAll(() => sql.close());

describe('scratch', () => {
  it('quiz flow', async () => {
    const quiz = new QuizService({ sql, documents });
    const a = await quiz.start(user, { set: 'sorting-basics', count: 4 });
    expect(a.questions).toHaveLength(4);
    expect(JSON.stringify(a)).not.toContain('isCorrect');
    expect(a.questions.every((q) => q.answer === null)).toBe(true);
    const r = await quiz.answer(user, a.id, { index: 0, selected: [1] });
    expect(r.explanation).toMatch(/E/);
    await expect(quiz.answer(user, a.id, { index: 0, selected: [2] })).rejects.toMatchObject({
      code: 'QUESTION_ALREADY_ANSWERED',
    });
    await expect(quiz.answer(user, a.id, { index: 1, selected: [9] })).rejects.toMatchObject({
      code: 'INVALID_OPTION',
    });
    const got = await quiz.get(user, a.id);
    expect(got.questions[0]!.answer).not.toBeNull();
    expect(got.questions[1]!.answer).toBeNull();
    const f = await quiz.finish(user, a.id);
    expect(f.score?.total).toBe(4);
    expect(f.questions.every((q) => q.answer !== null)).toBe(true);
    await expect(quiz.answer(user, a.id, { index: 2, selected: [1] })).rejects.toMatchObject({
      code: 'QUIZ_ATTEMPT_FINISHED',
    });
    const t = await quiz.start(user, { topic: 'sorting', count: 10 });
    expect(t.questions).toHaveLength(6);
    const page1 = await quiz.list(user, { limit: 1 });
    expect(page1.data).toHaveLength(1);
    const page2 = await quiz.list(user, { limit: 1, cursor: page1.nextCursor! });
    expect(page2.data[0]!.id).toBe(a.id);
    expect(page2.nextCursor).toBeNull();
  });

  it('problems', async () => {
    const judge = {
      starter: () => 'class Solution: pass',
      run: async () => ({
        status: 'accepted',
        runtimeMs: 1,
        memoryKb: 1,
        cases: [{ index: 0, verdict: 'accepted', actual: [0, 1], stdout: '' }],
      }),
    };
    const svc = new ProblemService({ sql, documents, judge });
    const p1 = await svc.list(user, { limit: 2 });
    expect(p1.data.map((p) => p.slug)).toEqual(['two-sum-0', 'two-sum-1']);
    const p2 = await svc.list(user, { limit: 2, cursor: p1.nextCursor! });
    expect(p2.data.map((p) => p.slug)).toEqual(['two-sum-2', 'two-sum-3']);
    expect((await svc.list(user, { limit: 10, difficulty: 'hard' })).data).toHaveLength(2);
    expect((await svc.list(user, { limit: 10, topic: 'arrays', company: 'google' })).data).toHaveLength(5);
    expect((await svc.list(user, { limit: 10, search: 'two sum 3' })).data.map((p) => p.slug)).toContain('two-sum-3');
    expect((await svc.list(user, { limit: 10, search: 'tow sum' })).data.length).toBeGreaterThan(0);
    expect((await svc.list(user, { limit: 10, status: 'todo' })).data).toHaveLength(5);
    const d = await svc.get(user, 'two-sum-0');
    expect(d.hintsCount).toBe(2);
    expect(d.starters.python).toBeDefined();
    const daily = await svc.daily(user, '2026-12-03');
    expect(daily.problem.slug).toMatch(/two-sum/);
    const run = await svc.run(user, 'two-sum-0', { language: 'python', code: 'x' });
    expect(run.passed).toBe(1);
  });

  it('submissions + paths', async () => {
    const jobs: string[] = [];
    const subs = new SubmissionService({ sql, enqueue: async (_tx, id) => void jobs.push(id), pollMs: 20 });
    const { id } = await subs.create(user, { problemSlug: 'two-sum-0', language: 'python', code: 'x' });
    expect(jobs).toEqual([id]);
    await sql.query(
      `INSERT INTO submission_events VALUES ($1, 1, 'queued', '{}'), ($1, 2, 'running', '{"done":1,"total":2}')`,
      [id],
    );
    const got = await subs.get({ userId: user, isAdmin: false }, id);
    expect(got.status).toBe('pending');
    setTimeout(() => {
      void sql.query(`UPDATE code_submissions SET status='accepted', test_cases_passed=1 WHERE id=$1`, [id]).then(() =>
        sql.query(`INSERT INTO submission_events VALUES ($1, 3, 'verdict', $2)`, [
          id,
          JSON.stringify({
            result: {
              verdict: 'accepted',
              passed: 1,
              total: 1,
              runtimeMs: 3.2,
              memoryKb: 100,
              failedCase: null,
              message: null,
            },
          }),
        ]),
      );
    }, 100);
    const evs = [];
    for await (const e of subs.events(id, 0, new AbortController().signal)) if (e) evs.push(e);
    expect(evs.map((e) => e.type)).toEqual(['queued', 'running', 'verdict']);
    const late = [];
    for await (const e of subs.events(id, 1, new AbortController().signal)) late.push(e?.seq);
    expect(late).toEqual([2, 3]);
    const list = await subs.list(user, { limit: 10, problem: 'two-sum-0' });
    expect(list.data).toHaveLength(1);
    await expect(
      subs.get({ userId: '00000000-0000-0000-0000-000000000000', isAdmin: false }, id),
    ).rejects.toMatchObject({ code: 'SUBMISSION_NOT_FOUND' });

    const paths = new PathService({ sql });
    const ls = await paths.list(user, { limit: 10 });
    expect(ls.data).toHaveLength(1);
    await paths.enroll(user, 'arr');
    const e2 = await paths.enroll(user, 'arr');
    expect(e2.slug).toBe('arr');
    const prog = await paths.progress(user, 'arr');
    expect(prog.modules[0]!.items.map((i) => i.status)).toEqual(['completed', 'in_progress', 'not_started']);
    const next = await paths.next(user, 'arr');
    expect(next.item?.kind).toBe('mcq_set');
    const art = prog.modules[0]!.items[2]!.id;
    const after = await paths.completeArticle(user, 'arr', art);
    expect(after.completed).toBe(2);
    const up = await sql.query(`SELECT status, completion_percentage FROM user_progress`);
    expect(up.rows).toHaveLength(1);
  });
});
