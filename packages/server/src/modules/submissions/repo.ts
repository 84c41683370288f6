import type { Award } from '@avantika/contract';
import type { Queryable } from '../../adapters/sql/sql.js';

/** A code_submissions row with its problem's slug and version number. */
export interface SubmissionRow {
  id: string;
  user_id: string;
  problem_id: string;
  problem_slug: string;
  problem_version: number | null;
  language: string;
  code: string;
  status: string;
  /** 'run' rows are code runs queued through the judge, not submissions: they never award or count as solved. */
  mode: 'run' | 'submit';
  runtime_ms: number | null;
  memory_kb: number | null;
  test_cases_passed: number | null;
  test_cases_total: number | null;
  error_message: string | null;
  failed_case: unknown;
  submitted_at: Date;
  submitted_key: string;
  /** What the accepted verdict awarded (V41), null before the hooks ran or when nothing was awarded. */
  award: Award | null;
  hooks_done_at: Date | null;
}

/** A submission event row: its sequence number within the submission and its payload. */
export interface EventRow {
  seq: number;
  type: string;
  payload: Record<string, unknown>;
}

// detail is the judge's stored result (V20); its failedCase is already redacted for hidden cases.
const select = `SELECT s.*, s.submitted_at::text AS submitted_key, p.slug AS problem_slug, v.version AS problem_version,
       s.detail -> 'failedCase' AS failed_case
  FROM code_submissions s JOIN problems p ON p.id = s.problem_id
  LEFT JOIN problem_versions v ON v.id = s.problem_version_id`;

/** The problem and its current version for a new submission, or undefined when it cannot be judged. */
export async function findJudgeableProblem(
  db: Queryable,
  slug: string,
): Promise<{ id: string; version_id: string; total: number } | undefined> {
  const res = await db.query<{ id: string; version_id: string; total: number }>(
    `SELECT p.id, v.id AS version_id,
            (jsonb_array_length(v.visible_cases) + jsonb_array_length(v.hidden_cases))::int AS total
       FROM problems p JOIN problem_versions v ON v.id = p.current_version_id
      WHERE p.slug = $1 AND p.problem_type = 'dsa' AND p.is_published IS NOT FALSE`,
    [slug],
  );
  return res.rows[0];
}

/** Inserts a pending submission pinned to the problem version and returns its id. */
export async function insertSubmission(
  db: Queryable,
  s: { userId: string; problemId: string; versionId: string; language: string; code: string; total: number },
): Promise<string> {
  const res = await db.query<{ id: string }>(
    `INSERT INTO code_submissions (user_id, problem_id, problem_version_id, language, code, status, test_cases_total)
     VALUES ($1, $2, $3, $4, $5, 'pending', $6) RETURNING id`,
    [s.userId, s.problemId, s.versionId, s.language, s.code, s.total],
  );
  return (res.rows[0] as { id: string }).id;
}

/** A submission by id, or undefined. */
export async function findSubmission(db: Queryable, id: string): Promise<SubmissionRow | undefined> {
  const res = await db.query<SubmissionRow>(`${select} WHERE s.id = $1`, [id]);
  return res.rows[0];
}

/** A page of a user's submissions, newest first, optionally for one problem slug, after a keyset. */
export async function listSubmissions(
  db: Queryable,
  userId: string,
  limit: number,
  problem?: string,
  after?: { at: string; id: string },
): Promise<SubmissionRow[]> {
  const params: unknown[] = [userId, limit];
  // Runs queued through the judge (mode 'run') are not submissions.
  let where = "s.user_id = $1 AND s.mode = 'submit'";
  if (problem !== undefined) {
    params.push(problem);
    where += ` AND p.slug = $${params.length}`;
  }
  if (after) {
    params.push(after.at, after.id);
    where += ` AND (s.submitted_at, s.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`;
  }
  const res = await db.query<SubmissionRow>(
    `${select} WHERE ${where} ORDER BY s.submitted_at DESC, s.id DESC LIMIT $2`,
    params,
  );
  return res.rows;
}

/** The events of a submission after event id `afterSeq`, in order (ids grow across all submissions). */
export async function findEvents(db: Queryable, submissionId: string, afterSeq: number): Promise<EventRow[]> {
  // BIGSERIAL ids come back as strings from pg; as float8 they are plain numbers on both drivers.
  const res = await db.query<EventRow>(
    `SELECT id::float8 AS seq, type, payload FROM submission_events
      WHERE submission_id = $1 AND id > $2 ORDER BY id`,
    [submissionId, afterSeq],
  );
  return res.rows;
}

/** Claims a judged submission's verdict hooks; false when they already ran (or it is not judged yet). */
export async function claimVerdictHooks(db: Queryable, submissionId: string): Promise<boolean> {
  const res = await db.query(
    `UPDATE code_submissions SET hooks_done_at = NOW()
      WHERE id = $1 AND hooks_done_at IS NULL AND status NOT IN ('pending', 'running') RETURNING id`,
    [submissionId],
  );
  return res.rowCount === 1;
}

/** Stores what a verdict awarded, in the verdict hooks' transaction. */
export async function saveAward(db: Queryable, submissionId: string, award: Award): Promise<void> {
  await db.query('UPDATE code_submissions SET award = $2::jsonb WHERE id = $1', [submissionId, JSON.stringify(award)]);
}

/** Judged submissions whose verdict hooks have not run, oldest first. */
export async function findUnhookedSubmissions(db: Queryable, limit: number): Promise<string[]> {
  const res = await db.query<{ id: string }>(
    `SELECT id FROM code_submissions WHERE hooks_done_at IS NULL AND status NOT IN ('pending', 'running')
      ORDER BY judged_at NULLS FIRST, id LIMIT $1`,
    [limit],
  );
  return res.rows.map((r) => r.id);
}

/** Recounts a problem's judged submissions and acceptance rate (percent), inside the verdict's transaction. */
export async function updateProblemStats(db: Queryable, problemId: string): Promise<void> {
  await db.query(
    `UPDATE problems p
        SET total_submissions = s.total,
            acceptance_rate = CASE WHEN s.total = 0 THEN 0 ELSE round(100.0 * s.accepted / s.total, 2) END
       FROM (SELECT COUNT(*) FILTER (WHERE status NOT IN ('pending', 'running'))::int AS total,
                    COUNT(*) FILTER (WHERE status = 'accepted')::int AS accepted
               FROM code_submissions WHERE problem_id = $1 AND mode = 'submit') s
      WHERE p.id = $1`,
    [problemId],
  );
}

/** The NOTIFY channel judge progress events go out on (the judge publishes the same way). */
export const SUBMISSION_EVENTS_CHANNEL = 'avantika_submission_events';

/** Appends the `queued` event in the submission's transaction and notifies listeners when it commits. */
export async function insertQueuedEvent(db: Queryable, submissionId: string): Promise<void> {
  const res = await db.query<{ id: string }>(
    `INSERT INTO submission_events (submission_id, type, payload) VALUES ($1, 'queued', '{"type":"queued"}')
     RETURNING id`,
    [submissionId],
  );
  const eventId = Number(res.rows[0]?.id);
  await db.query('SELECT pg_notify($1, $2)', [
    SUBMISSION_EVENTS_CHANNEL,
    JSON.stringify({ submissionId, eventId, type: 'queued' }),
  ]);
}
