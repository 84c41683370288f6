import { z } from 'zod';

/** A content slug: lowercase letters, digits and single hyphens (`two-sum`, `dp-1d`). */
export const contentSlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a slug: lowercase letters, digits and single hyphens, like "two-sum"')
  .max(100);

/** Difficulty of a problem or a question. */
export const contentDifficultySchema = z.enum(['easy', 'medium', 'hard']);

/** What an import problem is about: one of the fixed issue codes plus where it is. */
export const contentIssueCodeSchema = z.enum([
  'CONTENT_UNREADABLE',
  'CONTENT_YAML_SYNTAX',
  'CONTENT_JSON_SYNTAX',
  'CONTENT_SCHEMA',
  'CONTENT_DUPLICATE',
  'CONTENT_MISSING_FILE',
  'CONTENT_UNKNOWN_REFERENCE',
  'CONTENT_GENERATOR_FAILED',
  'CONTENT_SOLUTION_FAILED',
  'CONTENT_STARTER_CRASHED',
  'CONTENT_REMOTE_CODE',
]);

/** One error found in a content pack: file, position, field path and a message an author understands. */
export const contentIssueSchema = z.object({
  code: contentIssueCodeSchema,
  file: z.string(),
  line: z.number().int().positive().optional(),
  column: z.number().int().positive().optional(),
  field: z.string().optional(),
  message: z.string(),
});

export type ContentSlug = z.infer<typeof contentSlugSchema>;
export type ContentDifficulty = z.infer<typeof contentDifficultySchema>;
export type ContentIssueCode = z.infer<typeof contentIssueCodeSchema>;
export type ContentIssue = z.infer<typeof contentIssueSchema>;
