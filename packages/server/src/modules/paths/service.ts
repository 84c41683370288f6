import type {
  Award,
  Page,
  PathDetail,
  PathEnrollment,
  PathItemCompletion,
  PathItemView,
  PathModuleView,
  PathNext,
  PathProgress,
  PathSummary,
  ProgressStatus,
} from '@avantika/contract';
import { z } from 'zod';
import type { Sql, SqlTransaction } from '../../adapters/sql/sql.js';
import { DomainError } from '../../http/domain-error.js';
import { decodeCursor, toPage } from '../../http/pagination.js';
import * as repo from './repo.js';

/**
 * Called inside the transaction that enrols a caller or marks an article read (gamification awards the path modules
 * that are now complete from here) and may answer what it awarded. Solves and quizzes reach path awards through
 * their own hooks.
 */
export type PathProgressHook = (
  tx: SqlTransaction,
  userId: string,
  pathId: string,
  // biome-ignore lint/suspicious/noConfusingVoidType: hooks that award nothing are plain `async () => {}` functions
) => Promise<Award | undefined | void>;

/** What the path service needs. */
export interface PathServiceDeps {
  readonly sql: Sql;
  readonly onProgress?: readonly PathProgressHook[];
}

/** Lists learning paths, enrols callers and derives their progress from submissions, quizzes and read articles. */
export class PathService {
  constructor(private readonly deps: PathServiceDeps) {}

  /** Published paths in display order with whether the caller is enrolled. */
  async list(userId: string, query: { cursor?: string | undefined; limit: number }): Promise<Page<PathSummary>> {
    const key = decodeCursor(query.cursor, z.tuple([z.number().int(), z.string().max(200)]));
    const after = key ? { order: key[0], slug: key[1] } : undefined;
    const rows = await repo.listPaths(this.deps.sql, userId, query.limit + 1, after);
    return toPage(rows, query.limit, toSummary, (r) => [r.order_index, r.slug]);
  }

  /** A path with its modules, items and the caller's progress. */
  async get(userId: string, slug: string): Promise<PathDetail> {
    const { row, modules } = await this.load(userId, slug);
    const { completed, total } = count(modules);
    return {
      ...toSummary(row),
      enrolledAt: row.enrolled_at ? row.enrolled_at.toISOString() : null,
      completed,
      total,
      modules,
    };
  }

  /** Enrols the caller, with what the modules already complete awarded; a repeat answers the first enrolment. */
  async enroll(userId: string, slug: string): Promise<PathEnrollment> {
    const row = await this.findOrThrow(userId, slug);
    const { at, award } = await this.deps.sql.transaction(async (tx) => ({
      at: await repo.enroll(tx, userId, row.id),
      award: await this.runHooks(tx, userId, row.id),
    }));
    return { slug: row.slug, enrolledAt: at.toISOString(), award };
  }

  /** Per module and item progress; for an enrolled caller also written to the seed's user_progress rows. */
  async progress(userId: string, slug: string): Promise<PathProgress> {
    const { row, modules } = await this.load(userId, slug);
    if (row.enrolled_at) {
      await this.deps.sql.transaction(async (tx) => {
        for (const m of modules) {
          await repo.saveModuleProgress(tx, userId, row.id, m.id, m.status, percent(m.completed, m.total));
        }
      });
    }
    const { completed, total } = count(modules);
    return {
      slug: row.slug,
      enrolled: row.enrolled_at !== null,
      status: statusOf(
        completed,
        total,
        modules.some((m) => m.status !== 'not_started'),
      ),
      completed,
      total,
      percentage: percent(completed, total),
      modules,
    };
  }

  /** The first item, in module then item order, that the caller has not completed. */
  async next(userId: string, slug: string): Promise<PathNext> {
    const { row, modules } = await this.load(userId, slug);
    for (const m of modules) {
      const item = m.items.find((i) => i.status !== 'completed');
      if (item) return { slug: row.slug, module: { id: m.id, title: m.title }, item };
    }
    return { slug: row.slug, module: null, item: null };
  }

  /** Marks an article item read; answers the updated progress and what a module it completed awarded. */
  async completeArticle(userId: string, slug: string, itemId: string): Promise<PathItemCompletion> {
    const row = await this.findOrThrow(userId, slug);
    const award = await this.deps.sql.transaction(async (tx) => {
      if (!(await repo.completeArticle(tx, userId, row.id, itemId))) throw new DomainError('NOT_FOUND', { itemId });
      return this.runHooks(tx, userId, row.id);
    });
    return { ...(await this.progress(userId, slug)), award };
  }

  /**
   * Runs the progress hooks; answers the first award that earned something (XP or a badge), else null: enrolling or
   * reading is not practice, so an award of nothing new (no streak day either) is not worth showing.
   */
  private async runHooks(tx: SqlTransaction, userId: string, pathId: string): Promise<Award | null> {
    let award: Award | null = null;
    for (const hook of this.deps.onProgress ?? []) {
      const answered = await hook(tx, userId, pathId);
      if (answered && !award && (answered.xpGained > 0 || answered.badges.length > 0)) award = answered;
    }
    return award;
  }

  private async findOrThrow(userId: string, slug: string): Promise<repo.PathRow> {
    const row = await repo.findPath(this.deps.sql, userId, slug);
    if (!row) throw new DomainError('PATH_NOT_FOUND');
    return row;
  }

  private async load(userId: string, slug: string): Promise<{ row: repo.PathRow; modules: PathModuleView[] }> {
    const row = await this.findOrThrow(userId, slug);
    const items = await repo.findPathItems(this.deps.sql, userId, row.id);
    return { row, modules: groupModules(items) };
  }
}

function toSummary(row: repo.PathRow): PathSummary {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    description: row.description,
    difficulty: row.difficulty,
    estimatedHours: row.estimated_hours,
    premium: row.is_premium === true,
    moduleCount: row.module_count,
    enrolled: row.enrolled_at !== null,
  };
}

function groupModules(rows: repo.PathItemRow[]): PathModuleView[] {
  const modules = new Map<string, PathModuleView>();
  for (const r of rows) {
    let m = modules.get(r.module_id);
    if (!m) {
      m = {
        id: r.module_id,
        title: r.module_title,
        description: r.module_description,
        order: r.module_order,
        status: 'not_started',
        completed: 0,
        total: 0,
        items: [],
      };
      modules.set(r.module_id, m);
    }
    if (r.item_id !== null && r.kind !== null) {
      const item: PathItemView = {
        id: r.item_id,
        kind: r.kind,
        ref: r.ref ?? '',
        title: r.title ?? r.ref ?? '',
        status: r.status ?? 'not_started',
      };
      m.items.push(item);
    }
  }
  for (const m of modules.values()) {
    m.total = m.items.length;
    m.completed = m.items.filter((i) => i.status === 'completed').length;
    m.status = statusOf(
      m.completed,
      m.total,
      m.items.some((i) => i.status !== 'not_started'),
    );
  }
  return [...modules.values()];
}

function count(modules: PathModuleView[]): { completed: number; total: number } {
  return {
    completed: modules.reduce((n, m) => n + m.completed, 0),
    total: modules.reduce((n, m) => n + m.total, 0),
  };
}

function statusOf(completed: number, total: number, started: boolean): ProgressStatus {
  if (total > 0 && completed === total) return 'completed';
  return started ? 'in_progress' : 'not_started';
}

function percent(completed: number, total: number): number {
  return total === 0 ? 0 : Math.floor((completed * 100) / total);
}
