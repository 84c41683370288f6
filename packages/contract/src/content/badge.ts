import { z } from 'zod';
import { contentDifficultySchema, contentSlugSchema } from './common.js';

/**
 * When a badge is earned, as data the gamification engine evaluates on each event (stored in `badges.criteria`).
 * Counts are totals over the user's history; `path_complete` without `path` means any path.
 */
export const badgeCriteriaSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('first_solve') }).strict(),
  z.object({ kind: z.literal('solved_count'), count: z.number().int().positive() }).strict(),
  z
    .object({
      kind: z.literal('solved_difficulty'),
      difficulty: contentDifficultySchema,
      count: z.number().int().positive(),
    })
    .strict(),
  z.object({ kind: z.literal('streak_days'), days: z.number().int().positive() }).strict(),
  z.object({ kind: z.literal('path_complete'), path: contentSlugSchema.optional() }).strict(),
  z.object({ kind: z.literal('quiz_perfect'), count: z.number().int().positive().default(1) }).strict(),
  z.object({ kind: z.literal('quiz_count'), count: z.number().int().positive() }).strict(),
]);

/** One badge (a `badges` row, upserted by slug). */
export const badgeSchema = z
  .object({
    slug: contentSlugSchema,
    name: z.string().min(1).max(100),
    description: z.string().min(1).max(1000),
    iconUrl: z.url().optional(),
    xpReward: z.number().int().min(0).default(0),
    criteria: badgeCriteriaSchema,
  })
  .strict();

/** `content/badges.yaml`. */
export const badgesFileSchema = z.object({ badges: z.array(badgeSchema).min(1) }).strict();

export type BadgeCriteria = z.infer<typeof badgeCriteriaSchema>;
export type Badge = z.infer<typeof badgeSchema>;
export type BadgesFile = z.infer<typeof badgesFileSchema>;
