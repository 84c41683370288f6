import { z } from 'zod';
import { verdictSchema } from './problem.js';

/** One judged case in a result: hidden cases carry nothing but their index, verdict and time. */
export const judgeCaseResultSchema = z.object({
  index: z.number().int().nonnegative(),
  hidden: z.boolean(),
  verdict: verdictSchema,
  runtimeMs: z.number().nonnegative(),
});

/** The first failing case: a visible one shows its input, expected and actual output and the user's stdout. */
export const judgeFailedCaseSchema = z.union([
  z.object({
    index: z.number().int().nonnegative(),
    hidden: z.literal(false),
    verdict: verdictSchema,
    input: z.array(z.unknown()),
    expected: z.unknown(),
    actual: z.unknown().optional(),
    stdout: z.string(),
  }),
  z.object({ index: z.number().int().nonnegative(), hidden: z.literal(true), verdict: verdictSchema }),
]);

/** The judge's answer for one submission. */
export const judgeResultSchema = z.object({
  verdict: verdictSchema,
  passed: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  /** Time spent in the user's code across the judged cases, as measured by the driver. */
  runtimeMs: z.number().nonnegative(),
  /** Peak memory of the submission's process tree (cgroup peak, else ru_maxrss). */
  memoryKb: z.number().int().nonnegative(),
  cases: z.array(judgeCaseResultSchema),
  failedCase: judgeFailedCaseSchema.nullable(),
  /** Runtime-error message, compiler output (capped) or the reason for a limit verdict. */
  message: z.string().nullable(),
  /** Line in the user's file for compile and runtime errors, when the language reports it. */
  line: z.number().int().nullable(),
  compileMs: z.number().nonnegative(),
  /** Whether this run was sandboxed (bwrap) and how memory was limited. */
  sandbox: z.enum(['bwrap', 'none']),
  limiter: z.enum(['cgroup-v1', 'cgroup-v2', 'rlimit']),
});

/** A progress event for one submission, as published on the queue's event channel and over SSE. */
export const judgeEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('queued') }),
  z.object({ type: z.literal('compiling') }),
  z.object({ type: z.literal('running'), done: z.number().int().nonnegative(), total: z.number().int().nonnegative() }),
  z.object({ type: z.literal('verdict'), result: judgeResultSchema }),
]);

export type JudgeCaseResult = z.infer<typeof judgeCaseResultSchema>;
export type JudgeFailedCase = z.infer<typeof judgeFailedCaseSchema>;
export type JudgeResult = z.infer<typeof judgeResultSchema>;
export type JudgeEvent = z.infer<typeof judgeEventSchema>;
