import { z } from 'zod';
import { comparatorSchema, limitsSchema, signatureSchema } from '../problem.js';
import { contentDifficultySchema, contentSlugSchema } from './common.js';

/** How the reference solutions work, shown with them (the seed's `solutions[].approach` and complexities). */
export const solutionNotesSchema = z.object({
  approach: z.string().min(1).max(200),
  timeComplexity: z.string().min(1).max(100),
  spaceComplexity: z.string().min(1).max(100),
  explanation: z.string().max(5000).optional(),
});

/** The YAML front matter of `problem.md`; the Markdown after it is the statement. */
export const problemFrontMatterSchema = z
  .object({
    slug: contentSlugSchema,
    title: z.string().min(1).max(200),
    /** Display number (`#12 Two Sum`); assigned on first import when absent and kept afterwards. */
    number: z.number().int().positive().optional(),
    difficulty: contentDifficultySchema,
    topics: z.array(contentSlugSchema).min(1),
    companies: z.array(contentSlugSchema).default([]),
    premium: z.boolean().default(false),
    published: z.boolean().default(true),
    signature: signatureSchema,
    comparator: comparatorSchema.default({ kind: 'exact' }),
    limits: limitsSchema.default({ timeMs: 2000, memoryMb: 256 }),
    solution: solutionNotesSchema.optional(),
  })
  .strict();

export type SolutionNotes = z.infer<typeof solutionNotesSchema>;
export type ProblemFrontMatter = z.infer<typeof problemFrontMatterSchema>;
