import { z } from 'zod';
import { contentDifficultySchema, contentSlugSchema } from './common.js';

/** One item of a module: a problem (by slug), an MCQ set (by set name) or an article (a URL with a title). */
export const pathItemSchema = z.union([
  z.object({ problem: contentSlugSchema }).strict(),
  z.object({ mcqSet: contentSlugSchema }).strict(),
  z.object({ article: z.url(), title: z.string().min(1).max(255) }).strict(),
]);

/** A module of a path (a `path_modules` row); `id` is its stable key within the path. */
export const pathModuleSchema = z
  .object({
    id: contentSlugSchema,
    title: z.string().min(1).max(255),
    description: z.string().max(5000).optional(),
    type: z.enum(['video', 'article', 'quiz', 'coding', 'design']),
    durationMinutes: z.number().int().positive().optional(),
    premium: z.boolean().default(false),
    items: z.array(pathItemSchema).min(1),
  })
  .strict();

/** A learning path file, `content/paths/<slug>.yaml` (the seed's `learning_paths` + `path_modules`). */
export const learningPathSchema = z
  .object({
    slug: contentSlugSchema,
    title: z.string().min(1).max(255),
    description: z.string().max(5000).optional(),
    type: z.enum(['role', 'level', 'company', 'topic']),
    targetRoles: z.array(z.string().min(1)).default([]),
    level: z.enum(['fresher', 'mid', 'senior', 'staff']).optional(),
    difficulty: contentDifficultySchema.optional(),
    estimatedHours: z.number().int().positive().optional(),
    coverImageUrl: z.url().optional(),
    premium: z.boolean().default(false),
    published: z.boolean().default(true),
    order: z.number().int().default(0),
    modules: z.array(pathModuleSchema).min(1),
  })
  .strict()
  .superRefine((p, ctx) => {
    const seen = new Set<string>();
    p.modules.forEach((m, i) => {
      if (seen.has(m.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['modules', i, 'id'],
          message: `module id "${m.id}" is used twice in this path`,
        });
      }
      seen.add(m.id);
    });
  });

export type PathItem = z.infer<typeof pathItemSchema>;
export type PathModule = z.infer<typeof pathModuleSchema>;
export type LearningPath = z.infer<typeof learningPathSchema>;
