import { z } from 'zod';

/** A badge the user holds, with why and when it was granted. */
export const userBadgeSchema = z
  .object({
    slug: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    xpReward: z.number().int(),
    reason: z.string(),
    grantedAt: z.string(),
  })
  .meta({ id: 'UserBadge' });

/** The caller's streak as of now in their own time zone. */
export const streakSchema = z
  .object({
    current: z.number().int(),
    longest: z.number().int(),
    /** Whether a problem was solved or a quiz finished today (local date in `timezone`). */
    todayDone: z.boolean(),
    freezesLeft: z.number().int(),
    timezone: z.string(),
    /** Today's local date, YYYY-MM-DD. */
    today: z.string(),
    /** The instant today's local window ends (ISO 8601). */
    windowClosesAt: z.string(),
  })
  .meta({ id: 'Streak' });

/** XP, level, solved counts, activity by local date (for a heatmap) and badges. */
export const statsSchema = z
  .object({
    xpTotal: z.number().int(),
    xpThisWeek: z.number().int(),
    level: z.number().int(),
    /** Total XP at which the next level starts. */
    nextLevelXp: z.number().int(),
    solved: z.object({
      easy: z.number().int(),
      medium: z.number().int(),
      hard: z.number().int(),
      expert: z.number().int(),
      total: z.number().int(),
    }),
    activity: z.array(z.object({ date: z.string(), count: z.number().int() })),
    badges: z.array(userBadgeSchema),
  })
  .meta({ id: 'Stats' });

/** What one event awarded (shown after an accepted submission or a finished quiz). */
export const awardSchema = z
  .object({
    xpGained: z.number().int(),
    xpTotal: z.number().int(),
    level: z.number().int(),
    leveledUp: z.boolean(),
    streak: z.number().int(),
    badges: z.array(z.object({ slug: z.string(), name: z.string(), xpReward: z.number().int(), reason: z.string() })),
  })
  .meta({ id: 'Award' });

/** The caller's streak. */
export type Streak = z.infer<typeof streakSchema>;
/** The caller's XP and activity summary. */
export type Stats = z.infer<typeof statsSchema>;
/** A badge held by the caller. */
export type UserBadge = z.infer<typeof userBadgeSchema>;
/** What one event awarded. */
export type Award = z.infer<typeof awardSchema>;

/** A leaderboard period: ISO weeks and calendar months in UTC, or all time. */
export const leaderboardPeriodSchema = z.enum(['weekly', 'monthly', 'alltime']);

/** One row of a leaderboard; equal XP shares a rank (competition ranking). */
export const leaderboardEntrySchema = z
  .object({ rank: z.number().int(), userId: z.uuid(), username: z.string(), xp: z.number().int() })
  .meta({ id: 'LeaderboardEntry' });

/** The top N of a period, the caller's own row (null without XP in the period) and the rows around it. */
export const leaderboardSchema = z
  .object({
    period: leaderboardPeriodSchema,
    periodKey: z.string(),
    top: z.array(leaderboardEntrySchema),
    me: leaderboardEntrySchema.nullable(),
    neighbours: z.array(leaderboardEntrySchema),
  })
  .meta({ id: 'Leaderboard' });

/** A leaderboard period name. */
export type LeaderboardPeriod = z.infer<typeof leaderboardPeriodSchema>;
/** A leaderboard row. */
export type LeaderboardEntry = z.infer<typeof leaderboardEntrySchema>;
/** A leaderboard answer. */
export type Leaderboard = z.infer<typeof leaderboardSchema>;
