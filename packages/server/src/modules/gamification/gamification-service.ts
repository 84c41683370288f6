import type { Award, Stats, Streak } from '@avantika/contract';
import type { Kv } from '../../adapters/kv/kv.js';
import type { Sql, SqlTransaction } from '../../adapters/sql/sql.js';
import type { PathProgressHook } from '../paths/service.js';
import { pickDailyIndex, utcDate } from '../problems/daily-rule.js';
import { listDailyCandidates } from '../problems/repo.js';
import type { QuizFinishedHook } from '../quizzes/service.js';
import type { AcceptedHook } from '../submissions/service.js';
import { completedPathModules, type PathScope } from './completed-path-modules.js';
import { evaluateBadges, readBadgeFacts } from './evaluate-badges.js';
import { insertAward, lockUser, readStreak, recordDay, writeSummary } from './gamification-repo.js';
import {
  DAILY_BONUS_XP,
  levelForXp,
  PATH_MODULE_XP,
  QUIZ_PERFECT_BONUS,
  QUIZ_XP_PER_CORRECT,
  SOLVE_XP,
} from './levels.js';
import { addDays, effectiveTimeZone, localDate, startOfLocalDay } from './local-time.js';
import { readStats } from './read-stats.js';
import { readStreakCache, STREAK_REBUILD_TTL_MS, writeStreakCache } from './streak-cache.js';
import { countDay, streakOn } from './streak-rules.js';

/** What the gamification service needs; `clock` is injectable so streak tests can stand at any instant. */
export interface GamificationDeps {
  readonly sql: Sql;
  readonly clock?: () => Date;
  /** Leaderboards fed after each award commits (Redis sorted sets); absent: PostgreSQL totals only. */
  readonly leaderboards?: { afterAward(tx: SqlTransaction, userId: string, at: Date): Promise<void> };
  /** Holds the `streak:{userId}` read cache for GET /v1/me/streak; without it every read goes to the database. */
  readonly kv?: Kv;
}

/** Whether an award is practice activity (counts the day for the streak) and which enrolled paths it may advance. */
interface AwardScope {
  readonly activity: boolean;
  readonly paths?: PathScope | undefined;
}

interface PrimaryAward {
  readonly sourceKey: string;
  readonly kind: 'solve' | 'quiz' | 'daily';
  readonly xp: number;
}

/** XP ledger awards, streaks in the user's zone, badge grants, and the `me` stats/streak views. */
export class GamificationService {
  private readonly clock: () => Date;

  constructor(private readonly deps: GamificationDeps) {
    this.clock = deps.clock ?? (() => new Date());
  }

  /** The submissions hook: awards an accepted verdict inside the verdict's transaction. */
  readonly onAccepted: AcceptedHook = (tx, submission) => this.awardSolve(tx, submission.userId, submission.problemId);

  /** The quizzes hook: awards a finished attempt inside the finishing transaction. */
  readonly onQuizFinished: QuizFinishedHook = async (tx, attempt, userId) => {
    const score = attempt.score ?? { correct: 0, total: 0 };
    const perfect = score.total > 0 && score.correct === score.total;
    const xp = score.correct * QUIZ_XP_PER_CORRECT + (perfect ? QUIZ_PERFECT_BONUS : 0);
    const paths = attempt.source?.kind === 'set' ? { mcqSetSlug: attempt.source.slug } : undefined;
    return this.award(tx, userId, { activity: true, paths }, { sourceKey: `quiz:${attempt.id}`, kind: 'quiz', xp });
  };

  /** The paths hook: enrolling or reading an article may complete modules; awards them without counting the day. */
  readonly onPathProgress: PathProgressHook = (tx, userId, pathId) =>
    this.award(tx, userId, { activity: false, paths: { pathId } });

  /**
   * Awards an accepted solve: XP by difficulty the first time only, plus the daily bonus once when the problem is
   * that UTC date's daily problem; the day counts for the streak every time.
   */
  async awardSolve(tx: SqlTransaction, userId: string, problemId: string): Promise<Award> {
    const res = await tx.query<{ difficulty: string; slug: string }>(
      `SELECT difficulty, slug FROM problems WHERE id = $1`,
      [problemId],
    );
    const xp = SOLVE_XP[res.rows[0]?.difficulty ?? 'easy'] ?? SOLVE_XP.easy ?? 10;
    const awards: PrimaryAward[] = [{ sourceKey: `solve:${problemId}`, kind: 'solve', xp }];
    const date = utcDate(this.clock());
    const candidates = await listDailyCandidates(tx);
    if (res.rows[0] && candidates[pickDailyIndex(date, candidates.length)] === res.rows[0].slug) {
      awards.push({ sourceKey: `daily:${date}`, kind: 'daily', xp: DAILY_BONUS_XP });
    }
    return this.award(tx, userId, { activity: true, paths: { problemId } }, ...awards);
  }

  private async award(
    tx: SqlTransaction,
    userId: string,
    scope: AwardScope,
    ...awards: PrimaryAward[]
  ): Promise<Award> {
    const timeZone = effectiveTimeZone(await lockUser(tx, userId));
    const now = this.clock();
    const day = localDate(now, timeZone);
    const before = await this.totalXp(tx, userId);
    for (const a of awards) await insertAward(tx, { userId, ...a, localDate: day, at: now });
    // Read after the user lock: a concurrent award that completed another item of the module is committed by now.
    for (const m of scope.paths ? await completedPathModules(tx, userId, scope.paths) : []) {
      const module = { sourceKey: m.sourceKey, kind: 'path_module' as const, xp: PATH_MODULE_XP };
      await insertAward(tx, { userId, ...module, localDate: day, at: now });
    }
    let state = await readStreak(tx, userId);
    if (scope.activity) {
      await recordDay(tx, userId, day, timeZone, now);
      const step = countDay(state, day);
      for (const frozen of step.frozenDates) await recordDay(tx, userId, frozen, timeZone, now, true);
      state = step.state;
    }
    const streak = streakOn(state, day).current;
    const badges = await evaluateBadges(tx, userId, await readBadgeFacts(tx, userId, streak), now, day);
    await writeSummary(tx, userId, state, now);
    await this.deps.leaderboards?.afterAward(tx, userId, now);
    const after = await this.totalXp(tx, userId);
    const { kv } = this.deps;
    if (kv) tx.afterCommit(() => writeStreakCache(kv, userId, { state, timezone: timeZone }));
    return {
      xpGained: after - before,
      xpTotal: after,
      level: levelForXp(after),
      leveledUp: levelForXp(after) > levelForXp(before),
      streak,
      badges,
    };
  }

  private async totalXp(db: Sql | SqlTransaction, userId: string): Promise<number> {
    const res = await db.query<{ n: number }>(
      `SELECT COALESCE(SUM(xp), 0)::int AS n FROM xp_events WHERE user_id = $1`,
      [userId],
    );
    return res.rows[0]?.n ?? 0;
  }

  /** The caller's streak now, in their current zone. */
  async streak(userId: string): Promise<Streak> {
    const { kv, sql } = this.deps;
    let cached = kv ? await readStreakCache(kv, userId) : null;
    if (!cached) {
      const zone = await sql.query<{ timezone: string | null }>(`SELECT timezone FROM users WHERE id = $1`, [userId]);
      cached = { state: await readStreak(sql, userId), timezone: effectiveTimeZone(zone.rows[0]?.timezone) };
      // Rebuilt on a miss; a failing store only means the next read comes here again.
      if (kv && zone.rows.length > 0) {
        await writeStreakCache(kv, userId, cached, STREAK_REBUILD_TTL_MS).catch(() => undefined);
      }
    }
    const { state, timezone } = cached;
    // The cached current/lastDate are as of the last counted day: reinterpret them against today's local date.
    const today = localDate(this.clock(), timezone);
    const seen = streakOn(state, today);
    return {
      current: seen.current,
      longest: state.longest,
      todayDone: seen.todayDone,
      freezesLeft: state.freezes,
      timezone,
      today,
      windowClosesAt: startOfLocalDay(addDays(today, 1), timezone).toISOString(),
    };
  }

  /** XP, level, solved problems by difficulty, the last year of activity by local date, and held badges. */
  stats(userId: string): Promise<Stats> {
    return readStats(this.deps.sql, userId, this.clock());
  }
}
