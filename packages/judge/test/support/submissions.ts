import type { Language } from '@avantika/contract';
import { enqueueJudgeJob, type JudgeQueue, type JudgeSql } from '@avantika/judge';

/** A doubling problem with 3 visible and 3 hidden cases, inserted as a problem version. */
export async function insertDoublingProblem(
  sql: JudgeSql,
  timeMs = 2000,
): Promise<{ problemId: string; versionId: string; userId: string }> {
  const tag = Math.random().toString(36).slice(2);
  const user = await sql.query<{ id: string }>(
    'INSERT INTO users (email, username, full_name) VALUES ($1, $2, $3) RETURNING id',
    [`judge-${tag}@test`, `judge-${tag}`, 'Judge Test'],
  );
  const problem = await sql.query<{ id: string }>(
    `INSERT INTO problems (slug, title, difficulty, problem_type) VALUES ($1, 'Double', 'easy', 'dsa') RETURNING id`,
    [`double-${tag}`],
  );
  const cases = (from: number) => [0, 1, 2].map((k) => ({ input: [from + k], output: 2 * (from + k) }));
  const version = await sql.query<{ id: string }>(
    `INSERT INTO problem_versions (problem_id, version, content_hash, signature, comparator, limits, visible_cases, hidden_cases)
     VALUES ($1, 1, 'test', $2, $3, $4, $5, $6) RETURNING id`,
    [
      problem.rows[0]!.id,
      JSON.stringify({ function: 'f', params: [{ name: 'n', type: 'int' }], returns: 'int' }),
      JSON.stringify({ kind: 'exact' }),
      JSON.stringify({ timeMs, memoryMb: 128 }),
      JSON.stringify(cases(1)),
      JSON.stringify(cases(10)),
    ],
  );
  return { problemId: problem.rows[0]!.id, versionId: version.rows[0]!.id, userId: user.rows[0]!.id };
}

/** Inserts a pending submission and sends its judge job in one transaction, as the server does. */
export function submit(
  sql: JudgeSql,
  queue: JudgeQueue,
  ids: { problemId: string; versionId: string; userId: string },
  language: Language,
  code: string,
): Promise<string> {
  return sql.transaction(async (tx) => {
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO code_submissions (user_id, problem_id, problem_version_id, language, code, status)
       VALUES ($1, $2, $3, $4, $5, 'pending') RETURNING id`,
      [ids.userId, ids.problemId, ids.versionId, language, code],
    );
    await enqueueJudgeJob(queue, tx, rows[0]!.id);
    return rows[0]!.id;
  });
}

/** Polls until `check` returns a value (or throws after the timeout). */
export async function waitFor<T>(check: () => Promise<T | undefined | null | false>, timeoutMs: number): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
