import type { JudgeEvent, JudgeResult, Language } from '@avantika/contract';
import { comparatorSchema, languageSchema, limitsSchema, signatureSchema } from '@avantika/contract';
import type { JudgeCase, JudgeProblem } from '../judge-types.js';
import type { JudgeQueryable, JudgeSql } from './judge-sql.js';

/** A submission as the worker judges it: code, language, the problem version and its cases. */
export interface JudgeJob {
  id: string;
  userId: string;
  problemId: string;
  problemVersionId: string;
  language: Language;
  code: string;
  mode: 'run' | 'submit';
  status: string;
  problem: JudgeProblem;
  cases: JudgeCase[];
}

/** Called inside the verdict transaction, once per submission (never for a retried job that finds it judged). */
export type OnVerdict = (tx: JudgeQueryable, job: JudgeJob, result: JudgeResult) => Promise<void>;

/** Where the worker reads submissions and writes verdicts and events. */
export interface JudgeJobStore {
  load(submissionId: string): Promise<JudgeJob | null>;
  /** Moves a pending (or left-running) submission to running; false when it already has a verdict. */
  markRunning(submissionId: string): Promise<boolean>;
  /** Writes the verdict once: false (and nothing written) when another attempt already did. */
  writeVerdict(job: JudgeJob, result: JudgeResult, onVerdict?: OnVerdict): Promise<boolean>;
  publishEvent(submissionId: string, event: JudgeEvent): Promise<void>;
}

/** The NOTIFY channel progress events go out on; payload `{ submissionId, eventId, type, event? }`. */
export const SUBMISSION_EVENTS_CHANNEL = 'avantika_submission_events';
// NOTIFY payloads are capped at 8000 bytes: a bigger event is left out and read from submission_events by id.
const NOTIFY_LIMIT = 7500;

/** Appends an event to submission_events and NOTIFYs listeners, on the given connection or transaction. */
export async function publishJudgeEvent(db: JudgeQueryable, submissionId: string, event: JudgeEvent): Promise<void> {
  const { rows } = await db.query<{ id: string }>(
    'INSERT INTO submission_events (submission_id, type, payload) VALUES ($1, $2, $3) RETURNING id',
    [submissionId, event.type, JSON.stringify(event)],
  );
  const eventId = Number(rows[0]!.id);
  let payload = JSON.stringify({ submissionId, eventId, type: event.type, event });
  if (Buffer.byteLength(payload) > NOTIFY_LIMIT) payload = JSON.stringify({ submissionId, eventId, type: event.type });
  await db.query('SELECT pg_notify($1, $2)', [SUBMISSION_EVENTS_CHANNEL, payload]);
}

interface JobRow {
  id: string;
  user_id: string;
  problem_id: string;
  problem_version_id: string;
  language: string;
  code: string;
  mode: 'run' | 'submit';
  status: string;
  signature: unknown;
  comparator: unknown;
  limits: unknown;
  validator_source: string | null;
  visible_cases: { input: unknown[]; output: unknown }[];
  hidden_cases: { input: unknown[]; output: unknown }[];
}

const parseJson = <T>(v: unknown): T => (typeof v === 'string' ? (JSON.parse(v) as T) : (v as T));

/** The plain-SQL store over code_submissions, problem_versions, submission_case_results and submission_events. */
export function createSqlJudgeJobStore(sql: JudgeSql): JudgeJobStore {
  return {
    async load(submissionId) {
      const { rows } = await sql.query<JobRow>(
        `SELECT s.id, s.user_id, s.problem_id, s.problem_version_id, s.language, s.code, s.mode, s.status,
                v.signature, v.comparator, v.limits, v.validator_source, v.visible_cases, v.hidden_cases
           FROM code_submissions s JOIN problem_versions v ON v.id = s.problem_version_id
          WHERE s.id = $1`,
        [submissionId],
      );
      const r = rows[0];
      if (!r) return null;
      const visible = parseJson<JobRow['visible_cases']>(r.visible_cases).map((c) => ({ ...c, hidden: false }));
      const hidden =
        r.mode === 'run' ? [] : parseJson<JobRow['hidden_cases']>(r.hidden_cases).map((c) => ({ ...c, hidden: true }));
      return {
        id: r.id,
        userId: r.user_id,
        problemId: r.problem_id,
        problemVersionId: r.problem_version_id,
        language: languageSchema.parse(r.language),
        code: r.code,
        mode: r.mode,
        status: r.status,
        problem: {
          signature: signatureSchema.parse(parseJson(r.signature)),
          comparator: comparatorSchema.parse(parseJson(r.comparator)),
          limits: limitsSchema.parse(parseJson(r.limits)),
          validatorSource: r.validator_source,
        },
        cases: [...visible, ...hidden],
      };
    },
    async markRunning(submissionId) {
      const { rowCount } = await sql.query(
        `UPDATE code_submissions SET status = 'running', judge_attempts = judge_attempts + 1
          WHERE id = $1 AND status IN ('pending', 'running')`,
        [submissionId],
      );
      return rowCount === 1;
    },
    writeVerdict(job, result, onVerdict) {
      return sql.transaction(async (tx) => {
        const { rowCount } = await tx.query(
          `UPDATE code_submissions
              SET status = $2, verdict = $2, runtime_ms = $3, memory_mb = $4, memory_kb = $5, compile_ms = $6,
                  test_cases_passed = $7, test_cases_total = $8, error_message = $9, detail = $10, judged_at = NOW()
            WHERE id = $1 AND status IN ('pending', 'running')`,
          [
            job.id,
            result.verdict,
            Math.round(result.runtimeMs),
            (result.memoryKb / 1024).toFixed(2),
            result.memoryKb,
            Math.round(result.compileMs),
            result.passed,
            result.total,
            result.message,
            JSON.stringify(result),
          ],
        );
        if (rowCount !== 1) return false;
        if (result.cases.length > 0) {
          await tx.query(
            `INSERT INTO submission_case_results (submission_id, case_index, hidden, verdict, runtime_ms)
             SELECT $1, * FROM unnest($2::int[], $3::bool[], $4::text[], $5::numeric[]) ON CONFLICT DO NOTHING`,
            [
              job.id,
              result.cases.map((c) => c.index),
              result.cases.map((c) => c.hidden),
              result.cases.map((c) => c.verdict),
              result.cases.map((c) => c.runtimeMs),
            ],
          );
        }
        await onVerdict?.(tx, job, result);
        await publishJudgeEvent(tx, job.id, { type: 'verdict', result });
        return true;
      });
    },
    publishEvent: (submissionId, event) => publishJudgeEvent(sql, submissionId, event),
  };
}
