import { z } from 'zod';
import { awardSchema } from './gamification.js';

/** What a quiz draws its questions from: one MCQ set, or every question on a topic. */
export const quizSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('set'), slug: z.string() }),
  z.object({ kind: z.literal('topic'), topic: z.string() }),
]);

/** One answer option as the quiz shows it: never with its correctness. */
export const quizOptionSchema = z.object({ id: z.number().int(), text: z.string() });

/** The outcome of a locked answer: shown only once the answer is locked. */
export const quizAnswerResultSchema = z.object({
  index: z.number().int(),
  selected: z.array(z.number().int()),
  correct: z.boolean(),
  correctOptions: z.array(z.number().int()),
  explanation: z.string(),
});

/** A question of an attempt; `answer` is null until the caller locks an answer (or the attempt is finished). */
export const quizQuestionSchema = z.object({
  index: z.number().int(),
  questionId: z.uuid(),
  prompt: z.string(),
  options: z.array(quizOptionSchema),
  multiSelect: z.boolean(),
  answer: quizAnswerResultSchema.nullable(),
});

/** The score of an attempt. */
export const quizScoreSchema = z.object({ correct: z.number().int(), total: z.number().int() });

/** A quiz attempt with its questions in their stored order. */
export const quizAttemptSchema = z.object({
  id: z.uuid(),
  source: quizSourceSchema,
  status: z.enum(['in_progress', 'finished']),
  /** The seed the questions were drawn and shuffled with; the same seed and pool give the same quiz. */
  seed: z.number().int(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  score: quizScoreSchema.nullable(),
  /** What finishing the attempt awarded (XP, level, streak, badges); null until it is finished. */
  award: awardSchema.nullable(),
  questions: z.array(quizQuestionSchema),
});

/** An attempt as it appears in the history list. */
export const quizAttemptSummarySchema = quizAttemptSchema
  .omit({ questions: true, award: true })
  .extend({
    questionCount: z.number().int(),
    answered: z.number().int(),
  })
  .meta({ id: 'QuizAttemptSummary' });

/** The body that starts an attempt: exactly one of `set` and `topic`, and how many questions. */
export const quizStartSchema = z
  .strictObject({
    set: z.string().min(1).max(200).optional(),
    topic: z.string().min(1).max(100).optional(),
    count: z.number().int().min(1).max(50).default(10),
  })
  .refine((body) => (body.set === undefined) !== (body.topic === undefined), {
    message: 'give exactly one of set and topic',
  });

/** The body that locks an answer to one question. */
export const quizAnswerSchema = z.strictObject({
  index: z.number().int().min(0),
  selected: z.array(z.number().int()).min(1).max(10),
});

/** Path parameters naming an attempt. */
export const quizIdParamsSchema = z.object({ id: z.uuid() });

export type QuizSource = z.infer<typeof quizSourceSchema>;
export type QuizOption = z.infer<typeof quizOptionSchema>;
export type QuizAnswerResult = z.infer<typeof quizAnswerResultSchema>;
export type QuizQuestion = z.infer<typeof quizQuestionSchema>;
export type QuizScore = z.infer<typeof quizScoreSchema>;
export type QuizAttempt = z.infer<typeof quizAttemptSchema>;
export type QuizAttemptSummary = z.infer<typeof quizAttemptSummarySchema>;
export type QuizStartParams = z.input<typeof quizStartSchema>;
export type QuizAnswerParams = z.infer<typeof quizAnswerSchema>;
