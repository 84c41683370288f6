import { z } from 'zod';
import { languageSchema, verdictSchema } from '../problem.js';
import { awardSchema } from './gamification.js';

/** Where a submission is: waiting in the queue, being judged, or judged with a verdict. */
export const submissionStatusSchema = z.union([z.enum(['pending', 'running']), verdictSchema]);

/** The first case that failed: a visible one shows everything, a hidden one only its index. */
export const failedCaseSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('visible'),
    index: z.number().int(),
    input: z.array(z.unknown()),
    expected: z.unknown(),
    actual: z.unknown().optional(),
    stdout: z.string(),
  }),
  z.object({ kind: z.literal('hidden'), index: z.number().int() }),
]);

/** What the judge decided: status, counts, runtime, memory and the first failing case. */
export const submissionVerdictSchema = z
  .object({
    status: verdictSchema,
    passed: z.number().int(),
    total: z.number().int(),
    runtimeMs: z.number().int().nullable(),
    memoryKb: z.number().int().nullable(),
    /** Compiler output or the runtime error's message, capped. */
    message: z.string().nullable(),
    firstFailure: failedCaseSchema.nullable(),
  })
  .meta({ id: 'SubmissionVerdict' });

/** A code submission. `code` is included only when the submission is fetched by id. */
export const submissionSchema = z
  .object({
    id: z.uuid(),
    problemId: z.uuid(),
    problemSlug: z.string(),
    problemVersion: z.number().int().nullable(),
    userId: z.uuid(),
    language: languageSchema,
    status: submissionStatusSchema,
    passed: z.number().int(),
    total: z.number().int(),
    runtimeMs: z.number().int().nullable(),
    memoryKb: z.number().int().nullable(),
    message: z.string().nullable(),
    firstFailure: failedCaseSchema.nullable(),
    submittedAt: z.string(),
    /** What this submission awarded its author (XP, level, streak, badges); null until an accepted verdict's award. */
    award: awardSchema.nullable(),
    code: z.string().optional(),
  })
  .meta({ id: 'Submission' });

/** The body of a submission. */
export const submissionCreateSchema = z.strictObject({
  problemSlug: z.string().min(1).max(200),
  language: languageSchema,
  code: z.string().min(1).max(100_000),
});

/** The 202 answer to a submission: its id, to fetch or stream. */
export const submissionAcceptedSchema = z.object({ id: z.uuid(), status: z.literal('pending') });

/** Filters and paging for the caller's submissions. */
export const submissionListQuerySchema = z.object({
  cursor: z.string().max(512).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  problem: z.string().min(1).max(200).optional(),
});

/** Path parameters naming a submission. */
export const submissionIdParamsSchema = z.object({ id: z.uuid() });

/**
 * One progress event of a judged submission, sent as an SSE event whose `event:` is `type` and whose `id:` is `seq`
 * (send it back as `Last-Event-ID` to resume).
 */
export const submissionEventSchema = z.discriminatedUnion('type', [
  z.object({ seq: z.number().int(), type: z.literal('queued') }),
  z.object({ seq: z.number().int(), type: z.literal('compiling') }),
  z.object({ seq: z.number().int(), type: z.literal('running'), done: z.number().int(), total: z.number().int() }),
  z.object({
    seq: z.number().int(),
    type: z.literal('verdict'),
    verdict: submissionVerdictSchema,
    /** What the verdict awarded the submission's author; null when it awarded nothing (not accepted). */
    award: awardSchema.nullable(),
  }),
]);

/** Query of the event stream: `lastEventId` resumes like the `Last-Event-ID` header (the header wins). */
export const submissionEventsQuerySchema = z.object({ lastEventId: z.coerce.number().int().min(0).optional() });

export type SubmissionStatus = z.infer<typeof submissionStatusSchema>;
export type FailedCase = z.infer<typeof failedCaseSchema>;
export type SubmissionVerdict = z.infer<typeof submissionVerdictSchema>;
export type Submission = z.infer<typeof submissionSchema>;
export type SubmissionCreateParams = z.infer<typeof submissionCreateSchema>;
export type SubmissionListQuery = z.infer<typeof submissionListQuerySchema>;
export type SubmissionEvent = z.infer<typeof submissionEventSchema>;
