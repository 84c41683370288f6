import type { ProblemStatus } from '@avantika/contract';
import type { Kv } from '../../adapters/kv/kv.js';
import type { Queryable } from '../../adapters/sql/sql.js';
import type { Representation } from '../../http/send-cacheable.js';
import { type CatalogPage, catalogStatusKey, renderCatalogPage } from './problem-catalog.js';

/** How long a user's cached sets live before they are read from the database again (a safety net, 10 minutes). */
export const STATUS_CACHE_TTL_MS = 10 * 60_000;

// Marks an attempted set that was filled from the database (a set an update created alone is partial).
const LOADED = '*';
// Memory bound of the per-process snapshots: one per recent caller, each with its status key per live page.
const SNAPSHOT_LIMIT = 10_000;

interface SnapshotStore {
  readonly byUser: Map<string, CallerStatuses>;
  /** Bumped by every update through any cache on this Kv. */
  updates: number;
}

const storesByKv = new WeakMap<Kv, SnapshotStore>();

const solvedKey = (userId: string) => `problems:solved:${userId}`;
const attemptedKey = (userId: string) => `problems:attempted:${userId}`;

/** One caller's statuses as the Kv held them, with their status key on each list page already worked out. */
export class CallerStatuses {
  // Only the keys are kept here: the bodies stay in the page's bounded variants, shared by callers with equal keys.
  private readonly keys = new WeakMap<CatalogPage, string>();
  private readonly solved: ReadonlySet<string>;
  private readonly attempted: ReadonlySet<string>;

  constructor(
    /** Sorted members of the solved and attempted sets, as read (the attempted one includes the fill marker). */
    readonly solvedMembers: readonly string[],
    readonly attemptedMembers: readonly string[],
    /** Clock ms until which a process-local Kv's snapshot is trusted without reading the Kv again. */
    public until: number,
  ) {
    this.solved = new Set(solvedMembers);
    this.attempted = new Set(attemptedMembers);
  }

  /** `solved`, `attempted` or `todo` for a problem id. */
  readonly statusOf = (problemId: string): ProblemStatus =>
    this.solved.has(problemId) ? 'solved' : this.attempted.has(problemId) ? 'attempted' : 'todo';

  /** The list page with these statuses: the page's variant for this caller's key, worked out once per page. */
  render(page: CatalogPage): Representation {
    let key = this.keys.get(page);
    if (key === undefined) {
      key = catalogStatusKey(page, this.statusOf);
      this.keys.set(page, key);
    }
    return renderCatalogPage(page, this.statusOf, key);
  }

  /** True when the Kv still answers exactly these members. */
  matches(solved: readonly string[], attempted: readonly string[]): boolean {
    return sameMembers(this.solvedMembers, solved) && sameMembers(this.attemptedMembers, attempted);
  }
}

/**
 * A caller's problem statuses from the Kv sets `problems:solved:{userId}` (the seed's SET of solved problem ids) and
 * `problems:attempted:{userId}` (problems with any submission), filled from PostgreSQL on a miss and kept current by
 * {@link markAttempted} / {@link markSolved} after the submission and verdict transactions commit. Statuses only
 * move forward (todo → attempted → solved), so adding to the sets is safe in any order; a fill racing an update
 * keeps both members. The sets expire after {@link STATUS_CACHE_TTL_MS}.
 *
 * Each caller's last read is kept as a {@link CallerStatuses} snapshot, per Kv (caches sharing one Kv share them).
 * A shared Kv (Redis, which other servers write) is read on every request and the snapshot reused while the members
 * are the same; a process-local Kv is written only through these caches, so its snapshot answers without a read
 * until an update drops it or {@link STATUS_CACHE_TTL_MS} passes.
 */
export class ProblemStatusCache {
  private readonly snapshots: SnapshotStore;

  constructor(
    private readonly kv: Kv,
    private readonly db: Queryable,
    private readonly now: () => number = Date.now,
  ) {
    let store = storesByKv.get(kv);
    if (store === undefined) {
      store = { byUser: new Map(), updates: 0 };
      storesByKv.set(kv, store);
    }
    this.snapshots = store;
  }

  /** The caller's statuses: at once from a process-local Kv's snapshot, otherwise after reading the Kv. */
  statusesOf(userId: string): CallerStatuses | Promise<CallerStatuses> {
    const known = this.snapshots.byUser.get(userId);
    if (this.kv.kind === 'memory' && known !== undefined && known.until > this.now()) return known;
    return this.read(userId, known);
  }

  /** Records a submission (call from the submission transaction's `afterCommit`). */
  async markAttempted(userId: string, problemId: string): Promise<void> {
    try {
      await this.kv.sadd(attemptedKey(userId), problemId);
    } finally {
      this.forget(userId);
    }
  }

  /** Records an accepted verdict (call from the verdict transaction's `afterCommit`). */
  async markSolved(userId: string, problemId: string): Promise<void> {
    try {
      await this.kv.multi().sadd(attemptedKey(userId), problemId).sadd(solvedKey(userId), problemId).exec();
    } finally {
      this.forget(userId);
    }
  }

  // After the Kv write: a read that began before it is not kept (the counter), one that begins after sees it.
  private forget(userId: string): void {
    this.snapshots.updates += 1;
    this.snapshots.byUser.delete(userId);
  }

  private async read(userId: string, known: CallerStatuses | undefined): Promise<CallerStatuses> {
    const updates = this.snapshots.updates;
    let solved: string[];
    let attempted: string[];
    try {
      [solved, attempted] = await Promise.all([
        this.kv.smembers(solvedKey(userId)),
        this.kv.smembers(attemptedKey(userId)),
      ]);
    } catch {
      // The Kv being down degrades to reading PostgreSQL on every request; it never fails the list.
      const sets = await this.load(userId, new Set(), new Set());
      return new CallerStatuses([...sets.solved].sort(), [...sets.attempted].sort(), 0);
    }
    if (!attempted.includes(LOADED)) ({ solved, attempted } = await this.fill(userId, solved, attempted));
    const until = this.now() + STATUS_CACHE_TTL_MS;
    let snapshot: CallerStatuses;
    if (known?.matches(solved, attempted) === true) {
      snapshot = known;
      snapshot.until = until;
    } else {
      snapshot = new CallerStatuses(solved, attempted, until);
    }
    // A read that overlapped an update may hold members older than the update's: it answers, but is not kept.
    if (this.snapshots.updates === updates) this.remember(userId, snapshot);
    return snapshot;
  }

  private remember(userId: string, snapshot: CallerStatuses): void {
    const { byUser } = this.snapshots;
    byUser.delete(userId);
    if (byUser.size >= SNAPSHOT_LIMIT) byUser.delete(byUser.keys().next().value as string);
    byUser.set(userId, snapshot);
  }

  private async load(userId: string, solved: Set<string>, attempted: Set<string>) {
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

  private async fill(userId: string, knownSolved: string[], knownAttempted: string[]) {
    const { solved, attempted } = await this.load(userId, new Set(knownSolved), new Set(knownAttempted));
    attempted.add(LOADED);
    const batch = this.kv.multi().sadd(attemptedKey(userId), ...attempted);
    if (solved.size > 0) batch.sadd(solvedKey(userId), ...solved);
    batch.expire(attemptedKey(userId), STATUS_CACHE_TTL_MS).expire(solvedKey(userId), STATUS_CACHE_TTL_MS);
    // A failed write only means the next request reads PostgreSQL again.
    await batch.exec().catch(() => undefined);
    return { solved: [...solved].sort(), attempted: [...attempted].sort() };
  }
}

function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}
