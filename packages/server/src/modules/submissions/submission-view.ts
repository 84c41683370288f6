import {
  type FailedCase,
  type Language,
  type Submission,
  type SubmissionEvent,
  type SubmissionStatus,
  type SubmissionVerdict,
  type Verdict,
  verdictSchema,
} from '@avantika/contract';
import type { EventRow, SubmissionRow } from './repo.js';

// The seed's short status names, in case a row was written with them.
const legacy: Record<string, Verdict> = {
  tle: 'time_limit_exceeded',
  mle: 'memory_limit_exceeded',
  error: 'runtime_error',
};

/** Normalises a stored status to the contract's: pending, running or a verdict. */
export function toStatus(status: string): SubmissionStatus {
  if (status === 'pending' || status === 'running') return status;
  const parsed = verdictSchema.safeParse(status);
  return parsed.success ? parsed.data : (legacy[status] ?? 'internal_error');
}

/** True when the status is a final verdict. */
export function isFinal(status: string): boolean {
  return status !== 'pending' && status !== 'running';
}

/** Maps the judge's failed case (`{ index, hidden, … }`) to the contract's, dropping anything hidden. */
export function toFailedCase(raw: unknown): FailedCase | null {
  if (raw === null || typeof raw !== 'object') return null;
  const c = raw as Record<string, unknown>;
  const index = typeof c['index'] === 'number' ? c['index'] : 0;
  if (c['hidden'] !== false && c['kind'] !== 'visible') return { kind: 'hidden', index };
  return {
    kind: 'visible',
    index,
    input: Array.isArray(c['input']) ? c['input'] : [],
    expected: c['expected'],
    ...('actual' in c ? { actual: c['actual'] } : {}),
    stdout: typeof c['stdout'] === 'string' ? c['stdout'] : '',
  };
}

/** The API view of a submission row; `code` only when asked for. */
export function toSubmission(row: SubmissionRow, withCode: boolean): Submission {
  return {
    id: row.id,
    problemId: row.problem_id,
    problemSlug: row.problem_slug,
    problemVersion: row.problem_version,
    userId: row.user_id,
    language: row.language as Language,
    status: toStatus(row.status),
    passed: row.test_cases_passed ?? 0,
    total: row.test_cases_total ?? 0,
    runtimeMs: row.runtime_ms,
    memoryKb: row.memory_kb,
    message: row.error_message,
    firstFailure: isFinal(row.status) ? toFailedCase(row.failed_case) : null,
    submittedAt: row.submitted_at.toISOString(),
    award: row.award ?? null,
    ...(withCode ? { code: row.code } : {}),
  };
}

/** The verdict of a judged row, for a stream that missed (or outlived) the verdict event. */
export function verdictFromRow(row: SubmissionRow): SubmissionVerdict {
  const s = toSubmission(row, false);
  return {
    status: s.status === 'pending' || s.status === 'running' ? 'internal_error' : s.status,
    passed: s.passed,
    total: s.total,
    runtimeMs: s.runtimeMs,
    memoryKb: s.memoryKb,
    message: s.message,
    firstFailure: s.firstFailure,
  };
}

/** Maps the judge's result object (as carried by its verdict event) to the contract's verdict. */
export function verdictFromResult(result: Record<string, unknown>): SubmissionVerdict {
  const num = (v: unknown) => (typeof v === 'number' ? Math.round(v) : null);
  const status = toStatus(String(result['verdict'] ?? result['status'] ?? 'internal_error'));
  return {
    status: status === 'pending' || status === 'running' ? 'internal_error' : status,
    passed: num(result['passed']) ?? 0,
    total: num(result['total']) ?? 0,
    runtimeMs: num(result['runtimeMs']),
    memoryKb: num(result['memoryKb']),
    message: typeof result['message'] === 'string' ? result['message'] : null,
    firstFailure: toFailedCase(result['failedCase'] ?? result['firstFailure']),
  };
}

/** Maps a stored event to the SSE event; unknown types yield undefined and are skipped. */
export function toEvent(row: EventRow): SubmissionEvent | undefined {
  const p = row.payload ?? {};
  switch (row.type) {
    case 'queued':
    case 'compiling':
      return { seq: row.seq, type: row.type };
    case 'running':
      return { seq: row.seq, type: 'running', done: Number(p['done'] ?? 0), total: Number(p['total'] ?? 0) };
    case 'verdict': {
      const result = (p['result'] ?? p['verdict'] ?? p) as Record<string, unknown>;
      // The award is not in the judge's event: the stream adds it from the submission row.
      return { seq: row.seq, type: 'verdict', verdict: verdictFromResult(result), award: null };
    }
    default:
      return undefined;
  }
}
