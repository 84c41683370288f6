import type { Award } from '@avantika/contract';
import type { Queryable } from '../../adapters/sql/sql.js';

/** A question as an attempt stores it: what the caller sees plus, server-side only, the correct options. */
export interface StoredQuestion {
  readonly questionId: string;
  readonly prompt: string;
  readonly options: { id: number; text: string }[];
  readonly correct: number[];
  readonly explanation: string;
  readonly multiSelect: boolean;
}

/** A quiz_attempts row. */
export interface AttemptRow {
  id: string;
  user_id: string;
  source_kind: 'set' | 'topic';
  source_ref: string;
  seed: number;
  questions: StoredQuestion[];
  question_count: number;
  status: 'in_progress' | 'finished';
  score_correct: number | null;
  started_at: Date;
  finished_at: Date | null;
  /** What finishing it awarded (V41); null before it is finished. */
  award?: Award | null;
}

/** An answer row (mcq_attempts linked to an attempt). */
export interface AnswerRow {
  question_index: number;
  selected_options: number[];
  is_correct: boolean;
  attempted_at: Date;
}

/** The MCQ question ids of a set (in set order), or null when there is no such set. */
export async function findSetQuestionIds(db: Queryable, slug: string): Promise<string[] | null> {
  const set = await db.query<{ id: string }>('SELECT id FROM mcq_sets WHERE slug = $1', [slug]);
  const setId = set.rows[0]?.id;
  if (setId === undefined) return null;
  const rows = await db.query<{ problem_id: string }>(
    `SELECT q.problem_id FROM mcq_set_questions q JOIN problems p ON p.id = q.problem_id
      WHERE q.set_id = $1 AND p.is_published IS NOT FALSE ORDER BY q.order_index, q.problem_id`,
    [setId],
  );
  return rows.rows.map((r) => r.problem_id);
}

/** The MCQ question ids on a topic (by slug or name): questions of sets on the topic and MCQs tagged with it. */
export async function findTopicQuestionIds(db: Queryable, topic: string): Promise<string[]> {
  const rows = await db.query<{ id: string }>(
    `SELECT DISTINCT p.id FROM problems p
      WHERE p.problem_type = 'mcq' AND p.is_published IS NOT FALSE AND (
        EXISTS (SELECT 1 FROM mcq_set_questions q JOIN mcq_sets s ON s.id = q.set_id JOIN topics t ON t.id = s.topic_id
                 WHERE q.problem_id = p.id AND (t.slug = $1 OR t.name = $1))
        OR EXISTS (SELECT 1 FROM topics t WHERE t.id = ANY(p.topic_ids) AND (t.slug = $1 OR t.name = $1)))
      ORDER BY p.id`,
    [topic],
  );
  return rows.rows.map((r) => r.id);
}

/** Inserts a new attempt and returns it. */
export async function insertAttempt(
  db: Queryable,
  attempt: { userId: string; kind: 'set' | 'topic'; ref: string; seed: number; questions: StoredQuestion[] },
): Promise<AttemptRow> {
  const res = await db.query<AttemptRow>(
    `INSERT INTO quiz_attempts (user_id, source_kind, source_ref, seed, questions, question_count)
     VALUES ($1, $2, $3, $4, $5::jsonb, $6) RETURNING *`,
    [
      attempt.userId,
      attempt.kind,
      attempt.ref,
      attempt.seed,
      JSON.stringify(attempt.questions),
      attempt.questions.length,
    ],
  );
  return res.rows[0] as AttemptRow;
}

/** The caller's attempt by id (locked for update when `forUpdate`), or undefined. */
export async function findAttempt(
  db: Queryable,
  userId: string,
  id: string,
  forUpdate = false,
): Promise<AttemptRow | undefined> {
  const res = await db.query<AttemptRow>(
    `SELECT * FROM quiz_attempts WHERE id = $1 AND user_id = $2${forUpdate ? ' FOR UPDATE' : ''}`,
    [id, userId],
  );
  return res.rows[0];
}

/** The answers locked so far in an attempt. */
export async function findAnswers(db: Queryable, attemptId: string): Promise<AnswerRow[]> {
  const res = await db.query<AnswerRow>(
    `SELECT question_index, selected_options, is_correct, attempted_at FROM mcq_attempts
      WHERE quiz_attempt_id = $1 ORDER BY question_index`,
    [attemptId],
  );
  return res.rows;
}

/** Locks an answer; returns false when the question was already answered (the unique index refused it). */
export async function insertAnswer(
  db: Queryable,
  answer: {
    userId: string;
    attemptId: string;
    index: number;
    questionId: string;
    selected: number[];
    correct: boolean;
    seconds: number;
  },
): Promise<boolean> {
  const res = await db.query(
    `INSERT INTO mcq_attempts
       (user_id, problem_id, selected_option, selected_options, is_correct, time_taken_sec, quiz_attempt_id, question_index)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (quiz_attempt_id, question_index) DO NOTHING RETURNING id`,
    [
      answer.userId,
      answer.questionId,
      answer.selected[0],
      answer.selected,
      answer.correct,
      answer.seconds,
      answer.attemptId,
      answer.index,
    ],
  );
  return res.rowCount === 1;
}

/** Marks an attempt finished with its score. */
export async function finishAttempt(db: Queryable, id: string, correct: number): Promise<AttemptRow> {
  const res = await db.query<AttemptRow>(
    `UPDATE quiz_attempts SET status = 'finished', score_correct = $2, finished_at = NOW() WHERE id = $1 RETURNING *`,
    [id, correct],
  );
  return res.rows[0] as AttemptRow;
}

/** Stores what finishing an attempt awarded, in the finishing transaction. */
export async function saveAward(db: Queryable, id: string, award: Award): Promise<void> {
  await db.query('UPDATE quiz_attempts SET award = $2::jsonb WHERE id = $1', [id, JSON.stringify(award)]);
}

/** A page of the caller's attempts, newest first, after the keyset `(startedAt, id)` when given. */
export async function listAttempts(
  db: Queryable,
  userId: string,
  limit: number,
  after?: { startedAt: string; id: string },
): Promise<(AttemptRow & { answered: number; started_key: string })[]> {
  const params: unknown[] = [userId, limit];
  let where = 'a.user_id = $1';
  if (after) {
    params.push(after.startedAt, after.id);
    where += ' AND (a.started_at, a.id) < ($3::timestamptz, $4::uuid)';
  }
  const res = await db.query<AttemptRow & { answered: number; started_key: string }>(
    `SELECT a.*, a.started_at::text AS started_key, (SELECT COUNT(*)::int FROM mcq_attempts m WHERE m.quiz_attempt_id = a.id) AS answered
       FROM quiz_attempts a WHERE ${where} ORDER BY a.started_at DESC, a.id DESC LIMIT $2`,
    params,
  );
  return res.rows;
}
