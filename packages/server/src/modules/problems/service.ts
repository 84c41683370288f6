import type {
  DailyProblem,
  Language,
  Page,
  ProblemDetail,
  ProblemExample,
  ProblemListQuery,
  ProblemSummary,
  RunRequest,
  RunResult,
} from '@avantika/contract';
import { JudgeError } from '@avantika/judge';
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { z } from 'zod';
import type { Kv } from '../../adapters/kv/kv.js';
import type { Sql } from '../../adapters/sql/sql.js';
import { DomainError } from '../../http/domain-error.js';
import { decodeCursor, toPage } from '../../http/pagination.js';
import type { Representation } from '../../http/send-cacheable.js';
import { pickDailyIndex, utcDate } from './daily-rule.js';
import type { PracticeJudge, RunOutcome, RunSpec } from './practice-judge.js';
import { ProblemCatalog } from './problem-catalog.js';
import { documentOf, type ProblemDocument, type ProblemDocumentReader } from './problem-documents.js';
import { ProblemStatusCache } from './problem-status-cache.js';
import * as repo from './repo.js';

/** Languages starter code is generated for, in display order. */
export const STARTER_LANGUAGES: readonly Language[] = ['python', 'javascript', 'java', 'cpp'];

const PROBLEM_CURSOR = z.tuple([z.number().int(), z.string().max(200)]); // built once: it costs per request

/** What the problem service needs. */
export interface ProblemServiceDeps {
  readonly sql: Sql;
  /** Holds the callers' solved/attempted sets (see ProblemStatusCache). */
  readonly kv: Kv;
  /** How long a catalog page is kept in process (default 5000 ms; 0 = read every time). */
  readonly catalogTtlMs?: number;
  /** The clock catalog entries expire by (milliseconds; default Date.now). */
  readonly now?: () => number;
  readonly documents: ProblemDocumentReader;
  readonly judge: PracticeJudge;
  /** Limits runs per user; defaults to 30 a minute in memory. */
  readonly runLimiter?: RateLimiterAbstract;
}

/** Lists and shows problems, picks the daily one, and runs code against visible or custom cases. */
export class ProblemService {
  private readonly runLimiter: RateLimiterAbstract;
  private readonly catalog: ProblemCatalog;
  /** The callers' statuses; the submission service updates it when submissions and verdicts commit. */
  readonly statuses: ProblemStatusCache;

  constructor(private readonly deps: ProblemServiceDeps) {
    this.runLimiter = deps.runLimiter ?? new RateLimiterMemory({ keyPrefix: 'run', points: 30, duration: 60 });
    this.catalog = new ProblemCatalog(deps.sql, deps.catalogTtlMs ?? 5000, deps.now);
    this.statuses = new ProblemStatusCache(deps.kv, deps.sql, deps.now);
  }

  /**
   * The list page as JSON (with its ETag when it comes from the catalog): without a status filter, the in-process
   * catalog plus the caller's cached statuses — answered at once, without a promise, when both are warm; a status
   * filter queries the database.
   */
  listJson(userId: string, query: ProblemListQuery): Representation | Promise<string | Representation> {
    if (query.status !== undefined) return this.list(userId, query).then((page) => JSON.stringify(page));
    const key = decodeCursor(query.cursor, PROBLEM_CURSOR);
    const page = this.catalog.page(query, key ? { number: key[0], slug: key[1] } : undefined);
    const statuses = this.statuses.statusesOf(userId);
    if (page instanceof Promise || statuses instanceof Promise) {
      return Promise.all([page, statuses]).then(([loaded, caller]) => caller.render(loaded));
    }
    return statuses.render(page);
  }

  /** Problems matching the filters, in display order. */
  async list(userId: string, query: ProblemListQuery): Promise<Page<ProblemSummary>> {
    const key = decodeCursor(query.cursor, PROBLEM_CURSOR);
    const after = key ? { number: key[0], slug: key[1] } : undefined;
    const rows = await repo.listProblems(this.deps.sql, userId, query, after);
    return toPage(rows, query.limit, repo.toSummary, (r) => [r.sort_number, r.slug]);
  }

  /** A problem with statement, examples, visible cases and starter code for every language. */
  async get(userId: string, slug: string): Promise<ProblemDetail> {
    const row = await this.find(userId, slug);
    const doc = documentOf(await this.deps.documents.get([row.id]), row.id) ?? {};
    const starters: Partial<Record<Language, string>> = {};
    for (const language of STARTER_LANGUAGES) starters[language] = this.deps.judge.starter(row.signature, language);
    return {
      ...repo.toSummary(row),
      version: row.version,
      statement: String(doc['problemStatement'] ?? doc['statement'] ?? ''),
      examples: readExamples(doc),
      constraints: readStrings(doc['constraints']),
      hintsCount: readStrings(doc['hints']).length,
      signature: row.signature,
      comparator: row.comparator,
      limits: row.limits,
      visibleCases: row.visible_cases,
      starters,
    };
  }

  /** The daily problem for a UTC date (today by default); see {@link pickDailyIndex} for the rule. */
  async daily(userId: string, date: string = utcDate()): Promise<DailyProblem> {
    const candidates = await repo.listDailyCandidates(this.deps.sql);
    const slug = candidates[pickDailyIndex(date, candidates.length)];
    if (slug === undefined) throw new DomainError('DAILY_PROBLEM_UNAVAILABLE');
    return { date, problem: repo.toSummary(await this.find(userId, slug)) };
  }

  /**
   * Runs code on the visible cases, or on custom inputs whose expected outputs come from a reference solution when
   * the problem has one (otherwise they are only executed). Nothing is stored.
   */
  async run(userId: string, slug: string, body: RunRequest): Promise<RunResult> {
    try {
      await this.runLimiter.consume(userId);
    } catch (err) {
      if (err instanceof RateLimiterRes) {
        const seconds = Math.max(1, Math.ceil(err.msBeforeNext / 1000));
        throw new DomainError(
          'RATE_LIMITED',
          { retryAfterSeconds: seconds },
          { headers: { 'retry-after': String(seconds) } },
        );
      }
      throw err;
    }
    const row = await this.find(userId, slug);
    const base = {
      signature: row.signature,
      comparator: row.comparator,
      limits: row.limits,
      validatorSource: row.validator_source,
    };
    let cases: { input: unknown[]; output?: unknown }[] = row.visible_cases;
    if (body.inputs) {
      cases = body.inputs.map((input) => ({ input }));
      const reference = readReference(documentOf(await this.deps.documents.get([row.id]), row.id));
      if (reference) {
        const ref = await this.judge({ ...base, ...reference, cases });
        cases = cases.map((c, i) => {
          const outcome = ref.cases[i];
          // A reference that fails on a custom input (e.g. outside the constraints) gives no expected output.
          return outcome && outcome.verdict === 'ran' && 'actual' in outcome ? { ...c, output: outcome.actual } : c;
        });
      }
    }
    const outcome = await this.judge({ ...base, language: body.language, code: body.code, cases });
    const results = cases.map((c, index) => {
      const o = outcome.cases[index];
      const hasExpected = 'output' in c;
      return {
        index,
        input: c.input,
        ...(hasExpected ? { expected: c.output } : {}),
        ...(o && 'actual' in o ? { actual: o.actual } : {}),
        passed: o === undefined ? (hasExpected ? false : null) : hasExpected ? o.verdict === 'accepted' : null,
        verdict: o?.verdict ?? 'not_run',
        stdout: o?.stdout ?? '',
        ...(o?.error !== undefined ? { error: o.error } : {}),
      };
    });
    return {
      status: outcome.status,
      passed: results.filter((r) => r.passed === true).length,
      total: results.length,
      runtimeMs: outcome.runtimeMs,
      memoryKb: outcome.memoryKb,
      ...(outcome.compileOutput !== undefined ? { compileOutput: outcome.compileOutput } : {}),
      cases: results,
    };
  }

  /**
   * Runs `spec` on the judge. The judge's failures carry registry codes (JUDGE_UNAVAILABLE: no sandbox or runtime, a
   * stalled compiler; PROBLEM_INVALID: content it cannot run) but are not DomainErrors, so they are wrapped here to
   * answer their registry status; the judge's own message, which names server internals, stays in the logged cause.
   */
  private async judge(spec: RunSpec): Promise<RunOutcome> {
    try {
      return await this.deps.judge.run(spec);
    } catch (error) {
      if (error instanceof JudgeError) throw new DomainError(error.code, undefined, { cause: error });
      throw error;
    }
  }

  private async find(userId: string, slug: string): Promise<repo.ProblemVersionRow> {
    const row = await repo.findProblemBySlug(this.deps.sql, userId, slug);
    if (!row) throw new DomainError('PROBLEM_NOT_FOUND');
    return row;
  }
}

function readStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.map((v) => String(v)) : [];
}

function readExamples(doc: ProblemDocument): ProblemExample[] {
  const raw = Array.isArray(doc['examples']) ? (doc['examples'] as Record<string, unknown>[]) : [];
  return raw.map((e) => ({
    input: String(e['input'] ?? ''),
    output: String(e['output'] ?? ''),
    ...(typeof e['explanation'] === 'string' ? { explanation: e['explanation'] } : {}),
  }));
}

/** The first reference solution in the document, preferring the fastest-starting languages. */
function readReference(doc: ProblemDocument | undefined): { language: Language; code: string } | undefined {
  const solutions = Array.isArray(doc?.['solutions']) ? (doc['solutions'] as Record<string, unknown>[]) : [];
  for (const language of ['cpp', 'python', 'javascript', 'java'] as const) {
    const s = solutions.find((x) => x['language'] === language && typeof x['code'] === 'string');
    if (s) return { language, code: s['code'] as string };
  }
  return undefined;
}
