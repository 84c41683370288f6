import type { Queryable } from '../../adapters/sql/sql.js';
import { findPathItems } from '../paths/repo.js';

/** Which of the user's enrolled paths an event can have moved forward. */
export type PathScope = { readonly problemId: string } | { readonly mcqSetSlug: string } | { readonly pathId: string };

/** A module of an enrolled path whose every item is completed, with its ledger source key. */
export interface CompletedModule {
  readonly pathId: string;
  readonly moduleId: string;
  /** `path_module:<pathId>:<moduleId>`. */
  readonly sourceKey: string;
}

/** The ledger source key of a completed path module. */
export function pathModuleKey(pathId: string, moduleId: string): string {
  return `path_module:${pathId}:${moduleId}`;
}

async function enrolledPathIds(db: Queryable, userId: string, scope: PathScope): Promise<string[]> {
  const items = `SELECT DISTINCT m.path_id FROM path_module_items i JOIN path_modules m ON m.id = i.module_id
    JOIN path_enrollments e ON e.path_id = m.path_id AND e.user_id = $1`;
  let res: { rows: { path_id: string }[] };
  if ('problemId' in scope) {
    res = await db.query(`${items} WHERE i.problem_id = $2 ORDER BY 1`, [userId, scope.problemId]);
  } else if ('mcqSetSlug' in scope) {
    res = await db.query(`${items} JOIN mcq_sets s ON s.id = i.mcq_set_id WHERE s.slug = $2 ORDER BY 1`, [
      userId,
      scope.mcqSetSlug,
    ]);
  } else {
    res = await db.query(`SELECT path_id FROM path_enrollments WHERE user_id = $1 AND path_id = $2`, [
      userId,
      scope.pathId,
    ]);
  }
  return res.rows.map((r) => r.path_id);
}

/**
 * The completed modules (every item done, by the same rules as `GET /v1/paths/:slug/progress`) of the enrolled paths
 * that hold what the event touched. Modules without items never complete. Already-awarded modules are included:
 * the ledger's unique source key makes awarding them again a no-op.
 */
export async function completedPathModules(
  db: Queryable,
  userId: string,
  scope: PathScope,
): Promise<CompletedModule[]> {
  const completed: CompletedModule[] = [];
  for (const pathId of await enrolledPathIds(db, userId, scope)) {
    const modules = new Map<string, { total: number; done: number }>();
    for (const row of await findPathItems(db, userId, pathId)) {
      if (row.item_id === null) continue;
      const m = modules.get(row.module_id) ?? { total: 0, done: 0 };
      m.total += 1;
      if (row.status === 'completed') m.done += 1;
      modules.set(row.module_id, m);
    }
    for (const [moduleId, m] of modules) {
      if (m.total > 0 && m.done === m.total) {
        completed.push({ pathId, moduleId, sourceKey: pathModuleKey(pathId, moduleId) });
      }
    }
  }
  return completed;
}
