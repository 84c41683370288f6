import type { Award, Stats, Streak } from '@avantika/contract';
import type { Sql, SqlTransaction } from '../../adapters/sql/sql.js';
import { pickDailyIndex, utcDate } from '../problems/daily-rule.js';
import { listDailyCandidates } from '../problems/repo.js';
import type { QuizFinishedHook } from '../quizzes/service.js';
import type { AcceptedHook } from '../submissions/service.js';
import { evaluateBadges } from './evaluate-badges.js';
import { insertAward, lockUser, readStreak, recordDay, writeSummary } from './gamification-repo.js';
import { DAILY_BONUS_XP, levelForXp, QUIZ_PERFECT_BONUS, QUIZ_XP_PER_CORRECT, SOLVE_XP, xpForLevel } from './levels.js';
import { addDays, effectiveTimeZone, localDate, startOfIsoWeek, startOfLocalDay } from './local-time.js';
import { countDay, streakOn } from './streak-rules.js';

/** What the gamification service needs; `clock` is injectable so streak tests can stand at any instant. */
export interface GamificationDeps {
  readonly sql: Sql;
  readonly clock?: () => Date;
  /** Leaderboards fed after each award commits (Redis sorted sets); absent: PostgreSQL totals only. */
  readonly leaderboards?: { afterAward(tx: SqlTransaction, userId: string, at: Date): Promise<void> };
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
  readonly onAccepted: AcceptedHook = async (tx, submission) => {
    await this.awardSolve(tx, submission.userId, submission.problemId);
  };

  /** The quizzes hook: awards a finished attempt inside the finishing transaction. */
  readonly onQuizFinished: QuizFinishedHook = async (tx, attempt, userId) => {
    const score = attempt.score ?? { correct: 0, total: 0 };
    const perfect = score.total > 0 && score.correct === score.total;
    const xp = score.correct * QUIZ_XP_PER_CORRECT + (perfect ? QUIZ_PERFECT_BONUS : 0);
    await this.award(tx, userId, { sourceKey: `quiz:${attempt.id}`, kind: 'quiz', xp });
  };

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
    return this.award(tx, userId, ...awards);
  }

  private async award(tx: SqlTransaction, userId: string, ...awards: PrimaryAward[]): Promise<Award> {
    const timeZone = effectiveTimeZone(await lockUser(tx, userId));
    const now = this.clock();
    const day = localDate(now, timeZone);
    const before = await this.totalXp(tx, userId);
    for (const a of awards) await insertAward(tx, { userId, ...a, localDate: day, at: now });
    await recordDay(tx, userId, day, timeZone, now);
    const step = countDay(await readStreak(tx, userId), day);
    for (const frozen of step.frozenDates) await recordDay(tx, userId, frozen, timeZone, now, true);
    const solved = await tx.query<{ n: number }>(
      `SELECT COUNT(*)::int AS n FROM xp_events WHERE user_id = $1 AND kind = 'solve'`,
      [userId],
    );
    const badges = await evaluateBadges(
      tx,
      userId,
      { solvedCount: solved.rows[0]?.n ?? 0, streakCurrent: step.state.current },
      now,
      day,
    );
    await writeSummary(tx, userId, step.state, now);
    await this.deps.leaderboards?.afterAward(tx, userId, now);
    const after = await this.totalXp(tx, userId);
    return {
      xpGained: after - before,
      xpTotal: after,
      level: levelForXp(after),
      leveledUp: levelForXp(after) > levelForXp(before),
      streak: step.state.current,
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
    const zone = await this.deps.sql.query<{ timezone: string | null }>(`SELECT timezone FROM users WHERE id = $1`, [
      userId,
    ]);
    const timezone = effectiveTimeZone(zone.rows[0]?.timezone);
    const today = localDate(this.clock(), timezone);
    const state = await readStreak(this.deps.sql, userId);
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
  async stats(userId: string): Promise<Stats> {
    const { sql } = this.deps;
    const now = this.clock();
    const xp = await sql.query<{ total: number; week: number }>(
      `SELECT COALESCE(SUM(xp), 0)::int AS total, COALESCE(SUM(xp) FILTER (WHERE created_at >= $2), 0)::int AS week
       FROM xp_events WHERE user_id = $1`,
      [userId, startOfIsoWeek(now)],
    );
    const solvedRows = await sql.query<{ difficulty: string; n: number }>(
      `SELECT p.difficulty, COUNT(DISTINCT s.problem_id)::int AS n FROM code_submissions s
       JOIN problems p ON p.id = s.problem_id WHERE s.user_id = $1 AND s.status = 'accepted' GROUP BY p.difficulty`,
      [userId],
    );
    const solved = { easy: 0, medium: 0, hard: 0, expert: 0, total: 0 };
    for (const r of solvedRows.rows) {
      if (r.difficulty in solved) solved[r.difficulty as 'easy'] += r.n;
      solved.total += r.n;
    }
    const activity = await sql.query<{ date: string; count: number }>(
      `SELECT to_char(local_date, 'YYYY-MM-DD') AS date, activity_count AS count FROM streak_days
       WHERE user_id = $1 AND activity_count > 0 AND local_date >= $2::date ORDER BY local_date`,
      [userId, addDays(now.toISOString().slice(0, 10), -366)],
    );
    const badges = await sql.query<{
      slug: string;
      name: string;
      description: string | null;
      xp_reward: number | null;
      reason: string;
      granted_at: Date | string;
    }>(
      `SELECT b.slug, b.name, b.description, b.xp_reward, ub.reason, ub.granted_at FROM user_badges ub
       JOIN badges b ON b.id = ub.badge_id WHERE ub.user_id = $1 ORDER BY ub.granted_at, b.slug`,
      [userId],
    );
    const total = xp.rows[0]?.total ?? 0;
    const level = levelForXp(total);
    return {
      xpTotal: total,
      xpThisWeek: xp.rows[0]?.week ?? 0,
      level,
      nextLevelXp: xpForLevel(level + 1),
      solved,
      activity: activity.rows,
      badges: badges.rows.map((b) => ({
        slug: b.slug,
        name: b.name,
        description: b.description,
        xpReward: b.xp_reward ?? 0,
        reason: b.reason,
        grantedAt: new Date(b.granted_at).toISOString(),
      })),
    };
  }
}
