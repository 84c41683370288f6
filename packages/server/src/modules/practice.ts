import { createJudge } from '@avantika/judge';
import type { FastifyInstance } from 'fastify';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { createSqlDocumentStore } from '../adapters/documents/sql-document-store.js';
import type { Sql } from '../adapters/sql/sql.js';
import { DomainError } from '../http/domain-error.js';
import { registerPathRoutes } from './paths/routes.js';
import { type PathProgressHook, PathService } from './paths/service.js';
import { createPracticeJudge } from './problems/create-practice-judge.js';
import type { PracticeJudge } from './problems/practice-judge.js';
import { createProblemDocumentReader, type ProblemDocumentReader } from './problems/problem-documents.js';
import { registerProblemRoutes } from './problems/routes.js';
import { ProblemService } from './problems/service.js';
import { registerQuizRoutes } from './quizzes/routes.js';
import { type QuizFinishedHook, QuizService } from './quizzes/service.js';
import { createEventListener } from './submissions/create-event-listener.js';
import { registerSubmissionRoutes } from './submissions/routes.js';
import { type AcceptedHook, type EnqueueJudgeJob, SubmissionService } from './submissions/service.js';

/** What the practice routes run on; everything has a working default except the judge queue. */
export interface PracticeConfig {
  /** Problem documents; default: the `problems` collection of the JSONB document store in the same database. */
  readonly documents?: ProblemDocumentReader;
  /** The judge for runs and starter code; default: `@avantika/judge` (sandboxed when bubblewrap works), made on first use. */
  readonly judge?: PracticeJudge;
  /** Puts a judge job on the queue in the submission's transaction; without it submissions answer JUDGE_UNAVAILABLE. */
  readonly enqueue?: EnqueueJudgeJob;
  /** Limits runs per user (default 30 a minute, in memory). */
  readonly runLimiter?: RateLimiterAbstract;
  /** How often a waiting event stream re-reads the events table (default 1000 ms; NOTIFY wakes it sooner). */
  readonly pollMs?: number;
  /** Hooks run inside the verdict transaction of each accepted submission (gamification). */
  readonly onAccepted?: readonly AcceptedHook[];
  /** How long a problems catalog page is cached in process (default 5000 ms; 0 = read every time). */
  readonly catalogTtlMs?: number;
  /** Hooks run inside the transaction that finishes a quiz attempt. */
  readonly onQuizFinished?: readonly QuizFinishedHook[];
  /** Hooks run inside the transaction that enrols a caller in a path or marks an article item read. */
  readonly onPathProgress?: readonly PathProgressHook[];
}

/** The practice services, for composition roots (judge workers call `submissions.runAcceptedHooks`). */
export interface PracticeServices {
  readonly problems: ProblemService;
  readonly submissions: SubmissionService;
  readonly quizzes: QuizService;
  readonly paths: PathService;
}

/** A judge made on the first run, so building the app never probes the sandbox or toolchains. */
function lazyJudge(): PracticeJudge {
  let judge: PracticeJudge | undefined;
  const get = () => {
    judge ??= createPracticeJudge(createJudge());
    return judge;
  };
  return { run: (spec) => get().run(spec), starter: (signature, language) => get().starter(signature, language) };
}

/** Registers the problems, submissions, quizzes and paths routes on `app` and returns their services. */
export function registerPracticeModules(app: FastifyInstance, sql: Sql, config: PracticeConfig = {}): PracticeServices {
  const documents = config.documents ?? createProblemDocumentReader(createSqlDocumentStore(sql));
  const judge = config.judge ?? lazyJudge();
  const listener = createEventListener(sql);
  app.addHook('onClose', () => listener.close());
  const problems = new ProblemService({
    sql,
    kv: app.avantika.kv,
    now: () => app.avantika.clock().getTime(),
    ...(config.catalogTtlMs === undefined ? {} : { catalogTtlMs: config.catalogTtlMs }),
    documents,
    judge,
    ...(config.runLimiter ? { runLimiter: config.runLimiter } : {}),
  });
  const submissions = new SubmissionService({
    sql,
    enqueue:
      config.enqueue ??
      (async () => {
        throw new DomainError('JUDGE_UNAVAILABLE');
      }),
    subscribe: listener.subscribe,
    statuses: problems.statuses,
    pollMs: config.pollMs ?? 1000,
  });
  submissions.onAccepted.push(...(config.onAccepted ?? []));
  const quizzes = new QuizService({ sql, documents, onFinished: [...(config.onQuizFinished ?? [])] });
  const paths = new PathService({ sql, onProgress: [...(config.onPathProgress ?? [])] });
  registerProblemRoutes(app, problems);
  registerSubmissionRoutes(app, submissions);
  registerQuizRoutes(app, quizzes);
  registerPathRoutes(app, paths);
  return { problems, submissions, quizzes, paths };
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The practice services (set by buildApp): gamification adds `practice.submissions.onAccepted` hooks here. */
    practice: PracticeServices;
  }
}
