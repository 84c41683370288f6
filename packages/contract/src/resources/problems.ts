import { z } from 'zod';
import { comparatorSchema, languageSchema, limitsSchema, signatureSchema, testCaseSchema } from '../problem.js';

/** How hard a problem is. */
export const difficultySchema = z.enum(['easy', 'medium', 'hard', 'expert']);

/** The caller's standing on a problem: accepted at least once, submitted but never accepted, or never submitted. */
export const problemStatusSchema = z.enum(['solved', 'attempted', 'todo']);

/** A problem as it appears in lists. */
export const problemSummarySchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  title: z.string(),
  difficulty: difficultySchema,
  topics: z.array(z.string()),
  companies: z.array(z.string()),
  premium: z.boolean(),
  acceptanceRate: z.number(),
  totalSubmissions: z.number().int(),
  /** The caller's status; `todo` for anonymous callers. */
  status: problemStatusSchema,
});

/** One worked example from the statement. */
export const problemExampleSchema = z.object({
  input: z.string(),
  output: z.string(),
  explanation: z.string().optional(),
});

/** A problem with everything a solver needs: statement, visible cases and starter code per language. */
export const problemDetailSchema = problemSummarySchema
  .extend({
    /** The content version submissions are judged against now. */
    version: z.number().int(),
    statement: z.string(),
    examples: z.array(problemExampleSchema),
    constraints: z.array(z.string()),
    hintsCount: z.number().int(),
    signature: signatureSchema,
    comparator: comparatorSchema,
    limits: limitsSchema,
    visibleCases: z.array(testCaseSchema),
    /** Starter code per language, generated from the signature. */
    starters: z.partialRecord(languageSchema, z.string()),
  })
  .meta({ id: 'ProblemDetail' });

/** Filters and paging for the problem list. */
export const problemListQuerySchema = z.object({
  cursor: z.string().max(512).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  difficulty: difficultySchema.optional(),
  topic: z.string().max(100).optional(),
  company: z.string().max(100).optional(),
  status: problemStatusSchema.optional(),
  search: z.string().trim().min(1).max(200).optional(),
});

/** The daily problem: the same for everyone on a UTC date. */
export const dailyProblemSchema = z
  .object({
    date: z.iso.date(),
    problem: problemSummarySchema,
  })
  .meta({ id: 'DailyProblem' });

/** Path parameters naming a problem by slug. */
export const problemSlugParamsSchema = z.object({ slug: z.string().min(1).max(200) });

/** The body of a run: code plus, optionally, custom inputs (each an argument list) instead of the visible cases. */
export const runRequestSchema = z.strictObject({
  language: languageSchema,
  code: z.string().min(1).max(100_000),
  inputs: z.array(z.array(z.unknown())).min(1).max(20).optional(),
});

/** One case of a run: the input, the expected output when known, and what the code produced. */
export const runCaseSchema = z.object({
  index: z.number().int(),
  input: z.array(z.unknown()),
  expected: z.unknown().optional(),
  actual: z.unknown().optional(),
  /** null when no expected output is known (a custom input without a reference solution). */
  passed: z.boolean().nullable(),
  verdict: z.string(),
  stdout: z.string(),
  error: z.string().optional(),
});

/** The result of a run: an overall status and every case, never stored as a submission. */
export const runResultSchema = z
  .object({
    status: z.string(),
    passed: z.number().int(),
    total: z.number().int(),
    runtimeMs: z.number().int(),
    memoryKb: z.number().int(),
    compileOutput: z.string().optional(),
    cases: z.array(runCaseSchema),
  })
  .meta({ id: 'RunResult' });

export type Difficulty = z.infer<typeof difficultySchema>;
export type ProblemStatus = z.infer<typeof problemStatusSchema>;
export type ProblemSummary = z.infer<typeof problemSummarySchema>;
export type ProblemExample = z.infer<typeof problemExampleSchema>;
export type ProblemDetail = z.infer<typeof problemDetailSchema>;
export type ProblemListQuery = z.infer<typeof problemListQuerySchema>;
export type DailyProblem = z.infer<typeof dailyProblemSchema>;
export type RunRequest = z.infer<typeof runRequestSchema>;
export type RunCase = z.infer<typeof runCaseSchema>;
export type RunResult = z.infer<typeof runResultSchema>;
