import { availableParallelism } from 'node:os';
import type { JudgeEvent } from '@avantika/contract';
import type { Judge } from '../create-judge.js';
import { JUDGE_QUEUE, type JudgeQueue } from './create-judge-queue.js';
import type { JudgeJobStore, OnVerdict } from './judge-job-store.js';

/** Options for `startJudgeWorker`. */
export interface JudgeWorkerOptions {
  queue: JudgeQueue;
  store: JudgeJobStore;
  judge: Judge;
  /** Parallel judgings in this process (default: the number of cores). */
  concurrency?: number;
  /** Extra work in the verdict transaction (e.g. gamification awards); runs once per submission. */
  onVerdict?: OnVerdict;
  /** Called after each event is published (logs, metrics). */
  onEvent?: (submissionId: string, event: JudgeEvent) => void;
}

/** A running worker; `stop` lets in-flight judgings finish. */
export interface JudgeWorker {
  stop(): Promise<void>;
}

/** Judges one submission by id: mark running, judge with progress events, write the verdict once. */
export async function judgeSubmission(
  options: Omit<JudgeWorkerOptions, 'queue' | 'concurrency'>,
  submissionId: string,
): Promise<void> {
  const { store, judge } = options;
  const job = await store.load(submissionId);
  if (!job) return; // Deleted since it was queued: nothing to judge.
  if (!(await store.markRunning(submissionId))) return; // Already judged by an earlier attempt.
  let chain = Promise.resolve();
  const publish = (event: JudgeEvent): void => {
    // Progress events are written in order but never hold up the judging itself.
    chain = chain
      .then(() => store.publishEvent(submissionId, event))
      .then(() => options.onEvent?.(submissionId, event));
  };
  const result = await judge.run({
    problem: job.problem,
    language: job.language,
    code: job.code,
    cases: job.cases,
    onEvent: (event) => {
      if (event.type !== 'verdict') publish(event);
    },
  });
  await chain;
  if (await store.writeVerdict(job, result, options.onVerdict))
    options.onEvent?.(submissionId, { type: 'verdict', result });
}

/** Starts workers on the judge queue; a worker that dies mid-judge stops heartbeating and its job is retried. */
export async function startJudgeWorker(options: JudgeWorkerOptions): Promise<JudgeWorker> {
  const concurrency = options.concurrency ?? availableParallelism();
  const workId = await options.queue.boss.work<{ submissionId: string }>(
    JUDGE_QUEUE,
    { localConcurrency: concurrency, batchSize: 1, pollingIntervalSeconds: 0.5, notifyPollingIntervalSeconds: 0.5 },
    async ([job]) => {
      if (job) await judgeSubmission(options, job.data.submissionId);
    },
  );
  return {
    stop: () => options.queue.boss.offWork(JUDGE_QUEUE, { id: workId, wait: true }),
  };
}
