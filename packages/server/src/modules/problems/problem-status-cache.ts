import type { ProblemStatus } from '@avantika/contract';
import type { Kv } from '../../adapters/kv/kv.js';
import type { Queryable } from '../../adapters/sql/sql.js';

/** How long a user's cached sets live before they are read from the database again (a safety net, 10 minutes). */
export const STATUS_CACHE_TTL_MS = 10 * 60_000;

// Marks an attempted set that was filled from the database (a set an update created alone is partial).
const LOADED = '*';

const solvedKey = (userId: string) => `problems:solved:${userId}`;
const attemptedKey = (userId: string) => `problems:attempted:${userId}`;

/**
 * A caller's problem statuses from the Kv sets `problems:solved:{userId}` (the seed's SET of solved problem ids) and
 * `problems:attempted:{userId}` (problems with any submission), filled from PostgreSQL on a miss and kept current by
 * {@link markAttempted} / {@link markSolved} after the submission and verdict transactions commit. Statuses only
 * move forward (todo → attempted → solved), so adding to the sets is safe in any order; a fill racing an update
 * keeps both members. The sets expire after {@link STATUS_CACHE_TTL_MS}.
 */
export class ProblemStatusCache {
  constructor(
    private readonly kv: Kv,
    private readonly db: Queryable,
  ) {}

  /** The caller's status lookup: `solved`, `attempted` or `todo` per problem id. */
  async statusesOf(userId: string): Promise<(problemId: string) => ProblemStatus> {
    let solved: Set<string>;
    let attempted: Set<string>;
    try {
      const lists = await Promise.all([this.kv.smembers(solvedKey(userId)), this.kv.smembers(attemptedKey(userId))]);
      solved = new Set(lists[0]);
      attempted = new Set(lists[1]);
    } catch {
      // The Kv being down degrades to reading PostgreSQL on every request; it never fails the list.
      return this.read(userId, new Set(), new Set()).then((s) => statusOf(s.solved, s.attempted));
    }
    if (!attempted.has(LOADED)) ({ solved, attempted } = await this.fill(userId, solved, attempted));
    return statusOf(solved, attempted);
  }

  /** Records a submission (call from the submission transaction's `afterCommit`). */
  async markAttempted(userId: string, problemId: string): Promise<void> {
    await this.kv.sadd(attemptedKey(userId), problemId);
  }

  /** Records an accepted verdict (call from the verdict transaction's `afterCommit`). */
  async markSolved(userId: string, problemId: string): Promise<void> {
    await this.kv.multi().sadd(attemptedKey(userId), problemId).sadd(solvedKey(userId), problemId).exec();
  }

  private async read(userId: string, solved: Set<string>, attempted: Set<string>) {
    const res = await this.db.query<{ problem_id: string; solved: boolean }>(
      `SELECT problem_id, bool_or(status = 'accepted') AS solved FROM code_submissions
        WHERE user_id = $1 AND mode = 'submit' AND problem_id IS NOT NULL GROUP BY problem_id`,
      [userId],
    );
    for (const row of res.rows) {
      attempted.add(row.problem_id);
      if (row.solved) solved.add(row.problem_id);
    }
    return { solved, attempted };
  }

  private async fill(userId: string, known: Set<string>, knownAttempts: Set<string>) {
    const { solved, attempted } = await this.read(userId, known, knownAttempts);
    const batch = this.kv.multi().sadd(attemptedKey(userId), LOADED, ...attempted);
    if (solved.size > 0) batch.sadd(solvedKey(userId), ...solved);
    batch.expire(attemptedKey(userId), STATUS_CACHE_TTL_MS).expire(solvedKey(userId), STATUS_CACHE_TTL_MS);
    // A failed write only means the next request reads PostgreSQL again.
    await batch.exec().catch(() => undefined);
    return { solved, attempted };
  }
}

function statusOf(solved: ReadonlySet<string>, attempted: ReadonlySet<string>): (id: string) => ProblemStatus {
  return (id) => (solved.has(id) ? 'solved' : attempted.has(id) ? 'attempted' : 'todo');
}
