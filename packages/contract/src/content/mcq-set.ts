import { z } from 'zod';
import { contentDifficultySchema, contentSlugSchema } from './common.js';

/** The domains MCQ sets cover (the seed's `domain` field of an MCQ document). */
export const mcqDomainSchema = z.enum([
  'dsa',
  'system_design',
  'databases',
  'os',
  'networking',
  'python',
  'javascript',
  'java',
  'cpp',
]);

/** One answer option; `correct: true` marks the right one(s). */
export const mcqOptionSchema = z
  .object({ text: z.string().min(1).max(2000), correct: z.boolean().default(false) })
  .strict();

/** One question of a set: exactly one correct option unless `multiSelect`. */
export const mcqQuestionSchema = z
  .object({
    id: contentSlugSchema,
    difficulty: contentDifficultySchema,
    question: z.string().min(1).max(5000),
    options: z.array(mcqOptionSchema).min(2, 'at least 2 options').max(6, 'at most 6 options'),
    multiSelect: z.boolean().default(false),
    explanation: z.string().min(1).max(5000),
    relatedConcepts: z.array(z.string().min(1)).default([]),
  })
  .strict()
  .superRefine((q, ctx) => {
    const correct = q.options.filter((o) => o.correct).length;
    if (!q.multiSelect && correct !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: `exactly one option must have "correct: true" (found ${correct}); set "multiSelect: true" for several`,
      });
    }
    if (q.multiSelect && correct < 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: 'a multi-select question needs at least one correct option',
      });
    }
    const seen = new Set<string>();
    q.options.forEach((o, i) => {
      if (seen.has(o.text.trim())) {
        ctx.addIssue({ code: 'custom', path: ['options', i, 'text'], message: 'two options have the same text' });
      }
      seen.add(o.text.trim());
    });
  });

/** An MCQ set file, `content/mcq/<set>.yaml`; `set` equals the file name. */
export const mcqSetSchema = z
  .object({
    set: contentSlugSchema,
    title: z.string().min(1).max(200),
    domain: mcqDomainSchema,
    topic: contentSlugSchema,
    description: z.string().max(2000).optional(),
    premium: z.boolean().default(false),
    questions: z.array(mcqQuestionSchema).min(1),
  })
  .strict()
  .superRefine((s, ctx) => {
    const seen = new Set<string>();
    s.questions.forEach((q, i) => {
      if (seen.has(q.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['questions', i, 'id'],
          message: `question id "${q.id}" is used twice in this set`,
        });
      }
      seen.add(q.id);
    });
  });

export type McqDomain = z.infer<typeof mcqDomainSchema>;
export type McqOption = z.infer<typeof mcqOptionSchema>;
export type McqQuestion = z.infer<typeof mcqQuestionSchema>;
export type McqSet = z.infer<typeof mcqSetSchema>;
