import { readFileSync } from 'node:fs';
import { Avantika, NotFoundError, type SubmissionEvent } from '@avantika/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_DIR, FLOW_PROBLEMS, importFlowContent } from './support/practice-content.js';
import { newIdentity, type RealServer, startRealServer, storageKinds } from './support/real-server.js';

const kinds = await storageKinds();
const solution = (slug: string, file: string) =>
  readFileSync(`${CONTENT_DIR}problems/${slug}/solutions/${file}`, 'utf8');

describe.each(kinds)('the whole practice flow driven only through the SDK (%s)', (kind) => {
  let server: RealServer;
  const clients: Avantika[] = [];
  const client = () => {
    const made = new Avantika({ baseUrl: server.baseUrl, timeout: 30_000 });
    clients.push(made);
    return made;
  };

  beforeAll(async () => {
    server = await startRealServer(kind, { seed: importFlowContent, judge: true });
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.close()));
    await server?.close();
  });

  it('registers, logs in, lists, reads, runs, submits, streams the verdict, takes a quiz and progresses on a path', async () => {
    const identity = newIdentity();
    await client().auth.register(identity);
    const api = client();
    await api.auth.login({ login: identity.email, password: identity.password });

    // list problems: every page through for-await, and page by page with an explicit cursor
    const slugs: string[] = [];
    for await (const problem of api.problems.list({ limit: 2 })) slugs.push(problem.slug);
    expect(slugs.sort()).toEqual([...FLOW_PROBLEMS].sort());
    const first = await api.problems.list({ limit: 2 });
    expect(first.data).toHaveLength(2);
    const rest = await api.problems.list({ limit: 2, cursor: first.nextCursor ?? undefined }).toArray();
    expect([...first.data, ...rest].map((p) => p.slug).sort()).toEqual(slugs);
    const easy = await api.problems.list({ difficulty: 'easy' }).toArray({ limit: 1 });
    expect(easy[0]?.difficulty).toBe('easy');

    // get one
    const twoSum = await api.problems.retrieve('two-sum');
    expect(twoSum.visibleCases.length).toBeGreaterThan(0);
    expect(twoSum.starters.python).toContain('twoSum');

    // run
    const code = solution('two-sum', 'python.py');
    const run = await api.problems.run('two-sum', { language: 'python', code });
    expect(run.passed).toBe(run.total);

    // submit and stream the verdict
    const events: SubmissionEvent[] = [];
    const submission = await api.submissions.createAndWait(
      { problemSlug: 'two-sum', language: 'python', code },
      { onEvent: (event) => void events.push(event) },
    );
    expect(submission.status).toBe('accepted');
    expect(events.at(-1)?.type).toBe('verdict');
    // What the solve earned rides on the verdict event and on the submission alike.
    expect(submission.award).toMatchObject({ xpGained: expect.any(Number), streak: 1, leveledUp: false });
    expect(submission.award?.xpGained).toBeGreaterThan(0);
    expect(events.at(-1)).toMatchObject({ type: 'verdict', award: submission.award });
    expect(events.map((e) => e.seq)).toEqual([...events.map((e) => e.seq)].sort((a, b) => a - b));
    // a late stream replays the whole history and ends
    const replay = [];
    for await (const event of api.submissions.stream(submission.id)) replay.push(event);
    expect(replay.map((e) => e.seq)).toEqual(events.map((e) => e.seq));
    const mine = await api.submissions.list({ problem: 'two-sum' }).toArray();
    expect(mine.map((s) => s.id)).toContain(submission.id);

    // quiz: answer every question with the right option, finish, score
    const attempt = await api.quizzes.create({ set: 'sdk-sorting', count: 3 });
    expect(attempt.questions).toHaveLength(3);
    for (const question of attempt.questions) {
      const right = question.options.find((o) => o.text.startsWith('right'));
      const result = await api.quizzes.answer(attempt.id, { index: question.index, selected: [right?.id ?? -1] });
      expect(result.correct).toBe(true);
    }
    const finished = await api.quizzes.finish(attempt.id);
    expect(finished.score).toEqual({ correct: 3, total: 3 });
    // 3 right answers × 5 XP + 10 for a perfect quiz; the streak day was already counted by the solve.
    expect(finished.award).toMatchObject({ xpGained: 25, streak: 1, badges: [] });
    expect((await api.quizzes.finish(attempt.id)).award).toEqual(finished.award);
    expect((await api.quizzes.list().toArray()).map((q) => q.id)).toContain(attempt.id);

    // path progress
    const paths = await api.paths.list().toArray();
    expect(paths.map((p) => p.slug)).toContain('sdk-path');
    await api.paths.enroll('sdk-path');
    const progress = await api.paths.progress('sdk-path');
    const items = progress.modules.flatMap((m) => m.items);
    expect(progress).toMatchObject({ slug: 'sdk-path', enrolled: true, status: 'in_progress', total: items.length });
    // The solve above counts on the path; the article is not read yet.
    expect(items.find((i) => i.kind === 'problem' && i.ref === 'two-sum')?.status).toBe('completed');
    const article = items.find((i) => i.kind === 'article');
    expect(article?.status).toBe('not_started');
    expect(progress.completed).toBe(items.filter((i) => i.status === 'completed').length);
    const next = await api.paths.next('sdk-path');
    expect(next.item).toEqual(items.find((i) => i.status !== 'completed'));
    const read = await api.paths.completeItem('sdk-path', article?.id ?? '');
    expect(read.completed).toBe(progress.completed + 1);
    expect((await api.paths.progress('sdk-path')).completed).toBe(read.completed);
  });

  it('answers a missing problem with NotFoundError and its code', async () => {
    const api = client();
    await api.auth.register(newIdentity());
    const error = await api.problems.retrieve('no-such-problem').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ status: 404, code: 'PROBLEM_NOT_FOUND' });
  });
});
