import { z } from 'zod';
import { testCaseSchema } from '../problem.js';
import { contentIssueSchema } from './common.js';

/**
 * Largest content upload the import route accepts (bytes of JSON). The bundled pack is ~0.5 MB of files plus ~95 MB
 * of generated cases (large inputs for time limits), which the client expands because the server runs no uploaded code.
 */
export const CONTENT_UPLOAD_LIMIT = 192 * 1024 * 1024;

/**
 * A pack-relative file path with forward slashes (`problems/two-sum/problem.md`, `mcq/python.yaml`, `topics.yaml`):
 * no leading slash, no `.` or `..` segments, no backslashes.
 */
export const contentPathSchema = z
  .string()
  .min(1)
  .max(300)
  .regex(
    /^(?!\/)(?!.*(?:^|\/)\.{1,2}(?:\/|$))[^\\\0]+$/,
    'a pack-relative path with forward slashes, like "problems/two-sum/problem.md"',
  );

/** One file of a content pack as text. */
export const contentFileSchema = z.strictObject({ path: contentPathSchema, content: z.string().max(8 * 1024 * 1024) });

/**
 * A content pack sent over the API: its files, plus for every problem with a `generate.mjs` the hidden cases that
 * generator produced on the operator's machine (`avantika-admin import --url` expands them), because the server
 * never runs uploaded code.
 */
export const contentUploadSchema = z.strictObject({
  files: z.array(contentFileSchema).min(1).max(10_000),
  generated: z.record(z.string(), z.array(testCaseSchema)).optional(),
  dryRun: z.boolean().optional(),
});

/** One `--verify` entry that was judged again alone, with both verdicts (the second one is what counted). */
export const contentVerifyRetrySchema = z.object({ file: z.string(), first: z.string(), verdict: z.string() });

const countsSchema = z.object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int() });

/** What an import did (or would do, with `dryRun`), or every issue found, in which case nothing was written. */
export const contentImportReportSchema = z.object({
  ok: z.boolean(),
  dryRun: z.boolean(),
  issues: z.array(contentIssueSchema),
  counts: z.record(z.string(), countsSchema),
  changed: z.number().int(),
  versions: z.array(z.object({ slug: z.string(), problemId: z.string(), version: z.number().int() })),
  documentsWritten: z.number().int(),
  verified: z.number().int(),
  /** Verify entries judged twice: the first attempt ran out of time (or its compiler stalled) on a busy machine. */
  verifyRetries: z.array(contentVerifyRetrySchema).optional(),
  ignored: z.array(z.string()),
  durationMs: z.number(),
  /** The catalog's content version after a real import (caches of the catalog key on it). */
  contentVersion: z.number().int().optional(),
  /** What the search index received once the import committed (absent on a dry run or when indexing failed). */
  search: z
    .object({
      index: z.enum(['postgres', 'elasticsearch']),
      indexed: z.record(z.string(), z.number().int()),
      deleted: z.number().int(),
    })
    .optional(),
});

/** The catalog as a pack in the import format, with how many problems, MCQ sets and paths it holds. */
export const contentExportSchema = z.object({
  files: z.array(contentFileSchema),
  problems: z.number().int(),
  mcqSets: z.number().int(),
  paths: z.number().int(),
});

export type ContentFileUpload = z.infer<typeof contentFileSchema>;
export type ContentUpload = z.input<typeof contentUploadSchema>;
export type ContentImportReport = z.infer<typeof contentImportReportSchema>;
export type ContentVerifyRetry = z.infer<typeof contentVerifyRetrySchema>;
export type ContentExport = z.infer<typeof contentExportSchema>;
