import type { ProgressStatus } from '@avantika/contract';
import type { Queryable } from '../../adapters/sql/sql.js';

/** A learning_paths row with its module count and the caller's enrolment. */
export interface PathRow {
  id: string;
  slug: string;
  title: string;
  description: string | null;
  difficulty: string | null;
  estimated_hours: number | null;
  is_premium: boolean | null;
  order_index: number;
  module_count: number;
  enrolled_at: Date | null;
}

/** One item of a path with its module and the caller's status on it (a module without items has null item fields). */
export interface PathItemRow {
  module_id: string;
  module_title: string;
  module_description: string | null;
  module_order: number;
  item_id: string | null;
  kind: 'problem' | 'mcq_set' | 'article' | null;
  ref: string | null;
  title: string | null;
  status: ProgressStatus | null;
}

/** A finished quiz on an MCQ set counts as passed from this share of correct answers (percent). */
export const QUIZ_PASS_PERCENT = 70;

const pathColumns = `p.id, p.slug, p.title, p.description, p.difficulty, p.estimated_hours, p.is_premium,
  COALESCE(p.order_index, 0) AS order_index,
  (SELECT COUNT(*)::int FROM path_modules m WHERE m.path_id = p.id) AS module_count,
  (SELECT e.enrolled_at FROM path_enrollments e WHERE e.path_id = p.id AND e.user_id = $1) AS enrolled_at`;

/** A page of published paths in display order, after the keyset `(order, slug)` when given. */
export async function listPaths(
  db: Queryable,
  userId: string,
  limit: number,
  after?: { order: number; slug: string },
): Promise<PathRow[]> {
  const params: unknown[] = [userId, limit];
  let where = 'p.is_published IS NOT FALSE';
  if (after) {
    params.push(after.order, after.slug);
    where += ' AND (COALESCE(p.order_index, 0), p.slug) > ($3::int, $4::text)';
  }
  const res = await db.query<PathRow>(
    `SELECT ${pathColumns} FROM learning_paths p WHERE ${where}
      ORDER BY COALESCE(p.order_index, 0), p.slug LIMIT $2`,
    params,
  );
  return res.rows;
}

/** A published path by slug with the caller's enrolment, or undefined. */
export async function findPath(db: Queryable, userId: string, slug: string): Promise<PathRow | undefined> {
  const res = await db.query<PathRow>(
    `SELECT ${pathColumns} FROM learning_paths p WHERE p.slug = $2 AND p.is_published IS NOT FALSE`,
    [userId, slug],
  );
  return res.rows[0];
}

/**
 * Every module and item of a path in order, with the caller's status: a problem is completed once accepted (in
 * progress after any submission), an MCQ set once a finished attempt on it scored {@link QUIZ_PASS_PERCENT}%, an
 * article once marked read.
 */
export async function findPathItems(db: Queryable, userId: string, pathId: string): Promise<PathItemRow[]> {
  const res = await db.query<PathItemRow>(
    `SELECT m.id AS module_id, m.title AS module_title, m.description AS module_description,
            m.order_index AS module_order, i.id AS item_id, i.kind, i.ref,
            COALESCE(i.title, pr.title, s.title, i.ref) AS title,
            CASE
              WHEN i.id IS NULL THEN NULL
              WHEN i.kind = 'problem' THEN CASE
                WHEN EXISTS (SELECT 1 FROM code_submissions c WHERE c.user_id = $2 AND c.problem_id = i.problem_id AND c.mode = 'submit'
                               AND c.status = 'accepted') THEN 'completed'
                WHEN EXISTS (SELECT 1 FROM code_submissions c WHERE c.user_id = $2 AND c.problem_id = i.problem_id AND c.mode = 'submit')
                  THEN 'in_progress'
                ELSE 'not_started' END
              WHEN i.kind = 'mcq_set' THEN CASE
                WHEN EXISTS (SELECT 1 FROM quiz_attempts q WHERE q.user_id = $2 AND q.source_kind = 'set'
                               AND q.source_ref = s.slug AND q.status = 'finished'
                               AND q.score_correct * 100 >= q.question_count * ${QUIZ_PASS_PERCENT}) THEN 'completed'
                WHEN EXISTS (SELECT 1 FROM quiz_attempts q WHERE q.user_id = $2 AND q.source_kind = 'set'
                               AND q.source_ref = s.slug) THEN 'in_progress'
                ELSE 'not_started' END
              ELSE CASE
                WHEN EXISTS (SELECT 1 FROM path_item_completions x WHERE x.user_id = $2 AND x.item_id = i.id)
                  THEN 'completed'
                ELSE 'not_started' END
            END AS status
       FROM path_modules m
       LEFT JOIN path_module_items i ON i.module_id = m.id
       LEFT JOIN problems pr ON pr.id = i.problem_id
       LEFT JOIN mcq_sets s ON s.id = i.mcq_set_id
      WHERE m.path_id = $1
      ORDER BY m.order_index, m.id, i.order_index`,
    [pathId, userId],
  );
  return res.rows;
}

/** Enrols the caller (a repeat keeps the first enrolment) and returns when they enrolled. */
export async function enroll(db: Queryable, userId: string, pathId: string): Promise<Date> {
  await db.query(
    'INSERT INTO path_enrollments (user_id, path_id) VALUES ($1, $2) ON CONFLICT (user_id, path_id) DO NOTHING',
    [userId, pathId],
  );
  const res = await db.query<{ enrolled_at: Date }>(
    'SELECT enrolled_at FROM path_enrollments WHERE user_id = $1 AND path_id = $2',
    [userId, pathId],
  );
  return (res.rows[0] as { enrolled_at: Date }).enrolled_at;
}

/** Marks an article item of the path read; false when the path has no such article item. */
export async function completeArticle(db: Queryable, userId: string, pathId: string, itemId: string): Promise<boolean> {
  const res = await db.query(
    `INSERT INTO path_item_completions (user_id, item_id)
     SELECT $1, i.id FROM path_module_items i JOIN path_modules m ON m.id = i.module_id
      WHERE i.id = $3 AND m.path_id = $2 AND i.kind = 'article'
     ON CONFLICT (user_id, item_id) DO NOTHING`,
    [userId, pathId, itemId],
  );
  if (res.rowCount === 1) return true;
  const exists = await db.query(
    `SELECT 1 FROM path_module_items i JOIN path_modules m ON m.id = i.module_id
      WHERE i.id = $2 AND m.path_id = $1 AND i.kind = 'article'`,
    [pathId, itemId],
  );
  return exists.rowCount > 0;
}

/** Records the module-level progress in the seed's user_progress (update, else insert: its unique key may change). */
export async function saveModuleProgress(
  db: Queryable,
  userId: string,
  pathId: string,
  moduleId: string,
  status: ProgressStatus,
  percentage: number,
): Promise<void> {
  const updated = await db.query(
    `UPDATE user_progress SET status = $3::text, completion_percentage = $4, last_accessed_at = NOW(),
            completed_at = CASE WHEN $3::text = 'completed' THEN COALESCE(completed_at, NOW()) ELSE NULL END
      WHERE user_id = $1 AND module_id = $2`,
    [userId, moduleId, status, percentage],
  );
  if (updated.rowCount > 0) return;
  await db.query(
    `INSERT INTO user_progress (user_id, path_id, module_id, status, completion_percentage, completed_at)
     VALUES ($1, $2, $3, $4::text, $5, CASE WHEN $4::text = 'completed' THEN NOW() END)`,
    [userId, pathId, moduleId, status, percentage],
  );
}
