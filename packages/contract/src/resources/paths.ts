import { z } from 'zod';
import { awardSchema } from './gamification.js';

/** Where the caller is on an item, a module or a path. */
export const progressStatusSchema = z.enum(['not_started', 'in_progress', 'completed']);

/** One step of a module: a problem to solve, an MCQ set to pass, or an article to read. */
export const pathItemViewSchema = z.object({
  id: z.string(),
  kind: z.enum(['problem', 'mcq_set', 'article']),
  /** The problem slug, the MCQ set slug, or the article's reference. */
  ref: z.string(),
  title: z.string(),
  status: progressStatusSchema,
});

/** A module of a path with its items and the caller's progress through them. */
export const pathModuleViewSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  description: z.string().nullable(),
  order: z.number().int(),
  status: progressStatusSchema,
  completed: z.number().int(),
  total: z.number().int(),
  items: z.array(pathItemViewSchema),
});

/** A learning path as it appears in lists. */
export const pathSummarySchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  difficulty: z.string().nullable(),
  estimatedHours: z.number().int().nullable(),
  premium: z.boolean(),
  moduleCount: z.number().int(),
  enrolled: z.boolean(),
});

/** A learning path with its modules, items and the caller's progress. */
export const pathDetailSchema = pathSummarySchema
  .extend({
    enrolledAt: z.string().nullable(),
    completed: z.number().int(),
    total: z.number().int(),
    modules: z.array(pathModuleViewSchema),
  })
  .meta({ id: 'PathDetail' });

/** The caller's progress on a path, per module and item. */
export const pathProgressSchema = z
  .object({
    slug: z.string(),
    enrolled: z.boolean(),
    status: progressStatusSchema,
    completed: z.number().int(),
    total: z.number().int(),
    percentage: z.number().int(),
    modules: z.array(pathModuleViewSchema),
  })
  .meta({ id: 'PathProgress' });

/** The next item for the caller: the first item that is not completed, or null when the path is done. */
export const pathNextSchema = z.object({
  slug: z.string(),
  module: z.object({ id: z.uuid(), title: z.string() }).nullable(),
  item: pathItemViewSchema.nullable(),
});

/**
 * The answer to an enrolment (repeating it changes nothing). `award` is what enrolling earned — the modules already
 * complete, and any badge they unlock — or null when it earned nothing.
 */
export const pathEnrollmentSchema = z.object({
  slug: z.string(),
  enrolledAt: z.string(),
  award: awardSchema.nullable(),
});

/**
 * The answer to marking an article read: the updated progress, and `award` when reading it completed a module of an
 * enrolled path (its XP and any badge it unlocks), else null.
 */
export const pathItemCompletionSchema = pathProgressSchema
  .extend({ award: awardSchema.nullable() })
  .meta({ id: 'PathItemCompletion' });

/** Path parameters naming a learning path by slug. */
export const pathSlugParamsSchema = z.object({ slug: z.string().min(1).max(100) });

/** Path parameters naming an item of a learning path. */
export const pathItemParamsSchema = z.object({ slug: z.string().min(1).max(100), itemId: z.uuid() });

export type ProgressStatus = z.infer<typeof progressStatusSchema>;
export type PathItemView = z.infer<typeof pathItemViewSchema>;
export type PathModuleView = z.infer<typeof pathModuleViewSchema>;
export type PathSummary = z.infer<typeof pathSummarySchema>;
export type PathDetail = z.infer<typeof pathDetailSchema>;
export type PathProgress = z.infer<typeof pathProgressSchema>;
export type PathNext = z.infer<typeof pathNextSchema>;
export type PathEnrollment = z.infer<typeof pathEnrollmentSchema>;
export type PathItemCompletion = z.infer<typeof pathItemCompletionSchema>;
