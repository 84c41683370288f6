import type {
  Award,
  Page,
  Submission,
  SubmissionCreateParams,
  SubmissionEvent,
  SubmissionListQuery,
} from '@avantika/contract';
import { z } from 'zod';
import type { Sql, SqlTransaction } from '../../adapters/sql/sql.js';
import { DomainError } from '../../http/domain-error.js';
import { decodeCursor, toPage } from '../../http/pagination.js';
import { invalidateProblemCatalogs } from '../problems/problem-catalog.js';
import type { ProblemStatusCache } from '../problems/problem-status-cache.js';
import * as repo from './repo.js';
import { isFinal, toEvent, toSubmission, verdictFromRow } from './submission-view.js';

/** Puts a submission's judge job on the queue inside the submission's own transaction. */
export type EnqueueJudgeJob = (tx: SqlTransaction, submissionId: string) => Promise<void>;

/**
 * Called in the verdict's transaction for every accepted submission, never for a run (gamification hooks in here). A hook may answer
 * what it awarded; the first award answered is stored with the submission and shown on it and its verdict event.
 */
// biome-ignore lint/suspicious/noConfusingVoidType: hooks that award nothing are plain `async () => {}` functions
export type AcceptedHook = (tx: SqlTransaction, submission: Submission) => Promise<Award | undefined | void>;

/** Wakes waiting event streams early; without one they poll. Returns an unsubscribe function. */
export type SubscribeToEvents = (submissionId: string, wake: () => void) => () => void;

/** What the submission service needs. */
export interface SubmissionServiceDeps {
  readonly sql: Sql;
  readonly enqueue: EnqueueJudgeJob;
  readonly subscribe?: SubscribeToEvents;
  /** The callers' cached problem statuses, updated once a submission or an accepted verdict commits. */
  readonly statuses?: Pick<ProblemStatusCache, 'markAttempted' | 'markSolved'>;
  /** How often a waiting stream re-reads the event table (ms). */
  readonly pollMs?: number;
  /** After this long without an event a stream yields a keep-alive (null), so proxies keep it open (ms). */
  readonly keepAliveMs?: number;
}

/** The caller as the submission routes see it. */
export interface Caller {
  readonly userId: string;
  readonly isAdmin: boolean;
}

/** Creates submissions (row + judge job in one transaction), reads them, and streams their events. */
export class SubmissionService {
  /** Hooks run for each accepted verdict, in registration order. */
  readonly onAccepted: AcceptedHook[] = [];

  constructor(private readonly deps: SubmissionServiceDeps) {}

  /** Stores a pending submission against the problem's current version and queues its judge job atomically. */
  async create(userId: string, body: SubmissionCreateParams): Promise<{ id: string; status: 'pending' }> {
    return this.deps.sql.transaction(async (tx) => {
      const problem = await repo.findJudgeableProblem(tx, body.problemSlug);
      if (!problem) throw new DomainError('PROBLEM_NOT_FOUND');
      const id = await repo.insertSubmission(tx, {
        userId,
        problemId: problem.id,
        versionId: problem.version_id,
        language: body.language,
        code: body.code,
        total: problem.total,
      });
      await repo.insertQueuedEvent(tx, id);
      await this.deps.enqueue(tx, id);
      const statuses = this.deps.statuses;
      if (statuses) tx.afterCommit(() => statuses.markAttempted(userId, problem.id));
      return { id, status: 'pending' as const };
    });
  }

  /** A submission with its code: the caller's own, or any for an admin; otherwise SUBMISSION_NOT_FOUND. */
  async get(caller: Caller, id: string): Promise<Submission> {
    return toSubmission(await this.findVisible(caller, id), true);
  }

  /** The caller's submissions, newest first. */
  async list(userId: string, query: SubmissionListQuery): Promise<Page<Submission>> {
    const key = decodeCursor(query.cursor, z.tuple([z.string().max(64), z.uuid()]));
    const after = key ? { at: key[0], id: key[1] } : undefined;
    const rows = await repo.listSubmissions(this.deps.sql, userId, query.limit + 1, query.problem, after);
    return toPage(
      rows,
      query.limit,
      (r) => toSubmission(r, false),
      (r) => [r.submitted_key, r.id],
    );
  }

  /** Checks the caller may read the submission's events (throws otherwise) before a stream is opened. */
  async assertVisible(caller: Caller, id: string): Promise<void> {
    await this.findVisible(caller, id);
  }

  /**
   * The submission's events after `afterSeq`: first the stored ones (replay), then new ones as they arrive; ends
   * after the verdict or when `signal` aborts. Yields null as a keep-alive when nothing happened for a while.
   */
  async *events(id: string, afterSeq: number, signal: AbortSignal): AsyncGenerator<SubmissionEvent | null> {
    let last = afterSeq;
    const pollMs = this.deps.pollMs ?? 200;
    const keepAliveMs = this.deps.keepAliveMs ?? 15_000;
    let lastSent = Date.now();
    while (!signal.aborted) {
      let wake: () => void = () => {};
      const woken = new Promise<void>((resolve) => {
        wake = resolve;
      });
      const unsubscribe = this.deps.subscribe?.(id, () => wake()) ?? (() => {});
      try {
        const rows = await repo.findEvents(this.deps.sql, id, last);
        for (const row of rows) {
          last = row.seq;
          const event = toEvent(row);
          if (!event) continue;
          if (event.type === 'verdict') {
            yield { ...event, award: await this.awardOf(id) };
            return;
          }
          lastSent = Date.now();
          yield event;
        }
        if (rows.length === 0) {
          // A verdict without its event (events pruned, or written by an older judge) still ends the stream.
          const sub = await repo.findSubmission(this.deps.sql, id);
          if (!sub || isFinal(sub.status)) {
            if (sub) {
              const award = await this.awardOf(id);
              yield { seq: last + 1, type: 'verdict', verdict: verdictFromRow(sub), award };
            }
            return;
          }
        }
        await waitFor(woken, pollMs, signal);
        if (Date.now() - lastSent >= keepAliveMs) {
          lastSent = Date.now();
          yield null;
        }
      } finally {
        unsubscribe();
      }
    }
  }

  /**
   * Runs the verdict hooks of a judged submission once, whoever calls first: recounts the problem's stats and, for an
   * accepted verdict, runs the onAccepted hooks — in `tx` (the verdict's own transaction for in-process workers).
   */
  async runVerdictHooks(tx: SqlTransaction, submissionId: string): Promise<boolean> {
    if (!(await repo.claimVerdictHooks(tx, submissionId))) return false;
    const row = await repo.findSubmission(tx, submissionId);
    if (!row) return false;
    await repo.updateProblemStats(tx, row.problem_id);
    // The catalog shows acceptance rates and submission counts: this process re-reads it once the stats commit.
    tx.afterCommit(invalidateProblemCatalogs);
    // A run (mode 'run') that passes is not a solve: no XP, no streak day, no solved status.
    if (row.status === 'accepted' && row.mode === 'submit') {
      const statuses = this.deps.statuses;
      if (statuses) tx.afterCommit(() => statuses.markSolved(row.user_id, row.problem_id));
      const submission = toSubmission(row, false);
      let award: Award | undefined;
      for (const hook of this.onAccepted) {
        const answered = await hook(tx, submission);
        if (answered && !award) award = answered;
      }
      if (award) await repo.saveAward(tx, submissionId, award);
    }
    return true;
  }

  /**
   * Runs the hooks of submissions judged without them (by workers on other machines), each in its own transaction;
   * answers how many it ran.
   */
  async sweepVerdictHooks(limit = 100): Promise<number> {
    let ran = 0;
    for (const id of await repo.findUnhookedSubmissions(this.deps.sql, limit)) {
      if (await this.deps.sql.transaction((tx) => this.runVerdictHooks(tx, id))) ran++;
    }
    return ran;
  }

  /**
   * The stored award of a judged submission. An accepted verdict whose hooks have not run (a judge on another machine
   * wrote it) gets them run here first, exactly as the sweeper would: the claim makes them run once whoever is first.
   * A failure leaves them to the sweeper and answers null.
   */
  private async awardOf(id: string): Promise<Award | null> {
    const row = await repo.findSubmission(this.deps.sql, id);
    if (row?.status !== 'accepted' || row.hooks_done_at !== null) return row?.award ?? null;
    try {
      await this.deps.sql.transaction((tx) => this.runVerdictHooks(tx, id));
    } catch {
      return null;
    }
    return (await repo.findSubmission(this.deps.sql, id))?.award ?? null;
  }

  private async findVisible(caller: Caller, id: string): Promise<repo.SubmissionRow> {
    const row = await repo.findSubmission(this.deps.sql, id);
    // Another user's submission answers 404, not 403: whether it exists is private.
    if (!row || (row.user_id !== caller.userId && !caller.isAdmin)) throw new DomainError('SUBMISSION_NOT_FOUND');
    return row;
  }
}

function waitFor(woken: Promise<void>, ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    void woken.then(done);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}
