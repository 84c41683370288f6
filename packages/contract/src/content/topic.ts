import { z } from 'zod';
import { contentSlugSchema } from './common.js';

/** One topic (a `topics` row, upserted by slug); `parent` names another topic's slug. */
export const topicSchema = z
  .object({
    slug: contentSlugSchema,
    name: z.string().min(1).max(100),
    category: z.enum(['dsa', 'system_design', 'language', 'cloud', 'fundamentals']),
    parent: contentSlugSchema.optional(),
    iconUrl: z.url().optional(),
  })
  .strict();

/** `content/topics.yaml`. */
export const topicsFileSchema = z.object({ topics: z.array(topicSchema).min(1) }).strict();

export type Topic = z.infer<typeof topicSchema>;
export type TopicsFile = z.infer<typeof topicsFileSchema>;
