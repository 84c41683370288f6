import { randomInt } from 'node:crypto';
import type { Award, Page, QuizAnswerResult, QuizAttempt, QuizAttemptSummary, QuizQuestion } from '@avantika/contract';
import { z } from 'zod';
import type { Sql, SqlTransaction } from '../../adapters/sql/sql.js';
import { DomainError } from '../../http/domain-error.js';
import { decodeCursor, toPage } from '../../http/pagination.js';
import { documentOf, type ProblemDocument, type ProblemDocumentReader } from '../problems/problem-documents.js';
import * as repo from './repo.js';
import { seededSample } from './seeded-shuffle.js';

/**
 * Called inside the finishing transaction of an attempt (gamification awards quiz XP from here). A hook may answer
 * what it awarded; the first award answered is stored with the attempt and returned by finish (and every later read).
 */
export type QuizFinishedHook = (
  tx: SqlTransaction,
  attempt: QuizAttempt,
  userId: string,
  // biome-ignore lint/suspicious/noConfusingVoidType: hooks that award nothing are plain `async () => {}` functions
) => Promise<Award | undefined | void>;

/** What the quiz service needs. */
export interface QuizServiceDeps {
  readonly sql: Sql;
  readonly documents: ProblemDocumentReader;
  readonly onFinished?: QuizFinishedHook[];
}

/** Starts, answers, finishes and lists MCQ quiz attempts; correct options never leave before a question is locked. */
export class QuizService {
  constructor(private readonly deps: QuizServiceDeps) {}

  /** Draws `count` questions (fewer when the pool is smaller) with a fresh seed and stores the attempt. */
  async start(
    userId: string,
    body: { set?: string | undefined; topic?: string | undefined; count: number },
  ): Promise<QuizAttempt> {
    const { sql } = this.deps;
    const kind = body.set !== undefined ? 'set' : 'topic';
    const ref = (body.set ?? body.topic) as string;
    const pool = kind === 'set' ? await repo.findSetQuestionIds(sql, ref) : await repo.findTopicQuestionIds(sql, ref);
    if (pool === null || pool.length === 0) {
      throw new DomainError(pool === null || kind === 'topic' ? 'MCQ_SET_NOT_FOUND' : 'NOT_ENOUGH_QUESTIONS');
    }
    // Sorting first makes the draw depend only on the seed and the pool, not on the order rows came back in.
    const seed = randomInt(0, 2 ** 31 - 1);
    const chosen = seededSample([...pool].sort(), body.count, seed);
    const docs = await this.deps.documents.get(chosen);
    const questions = chosen.map((id) => toStoredQuestion(id, documentOf(docs, id)));
    const row = await repo.insertAttempt(sql, { userId, kind, ref, seed, questions });
    return toAttempt(row, []);
  }

  /** The caller's attempt; another user's is QUIZ_ATTEMPT_NOT_FOUND. */
  async get(userId: string, id: string): Promise<QuizAttempt> {
    const row = await repo.findAttempt(this.deps.sql, userId, id);
    if (!row) throw new DomainError('QUIZ_ATTEMPT_NOT_FOUND');
    return toAttempt(row, await repo.findAnswers(this.deps.sql, id));
  }

  /** Locks the answer to one question and reveals its correctness and explanation. */
  async answer(userId: string, id: string, body: { index: number; selected: number[] }): Promise<QuizAnswerResult> {
    return this.deps.sql.transaction(async (tx) => {
      const row = await repo.findAttempt(tx, userId, id, true);
      if (!row) throw new DomainError('QUIZ_ATTEMPT_NOT_FOUND');
      if (row.status === 'finished') throw new DomainError('QUIZ_ATTEMPT_FINISHED');
      const question = row.questions[body.index];
      if (!question) throw new DomainError('QUESTION_NOT_FOUND');
      const selected = [...new Set(body.selected)].sort((a, b) => a - b);
      const known = new Set(question.options.map((o) => o.id));
      if (selected.some((s) => !known.has(s)) || (!question.multiSelect && selected.length !== 1)) {
        throw new DomainError('INVALID_OPTION');
      }
      const correct = sameSet(selected, question.correct);
      const answers = await repo.findAnswers(tx, id);
      const since = Math.max(row.started_at.getTime(), ...answers.map((a) => a.attempted_at.getTime()));
      const locked = await repo.insertAnswer(tx, {
        userId,
        attemptId: id,
        index: body.index,
        questionId: question.questionId,
        selected,
        correct,
        seconds: Math.max(0, Math.round((Date.now() - since) / 1000)),
      });
      if (!locked) throw new DomainError('QUESTION_ALREADY_ANSWERED');
      return {
        index: body.index,
        selected,
        correct,
        correctOptions: question.correct,
        explanation: question.explanation,
      };
    });
  }

  /** Finishes the attempt (a second call answers the same result) with the score and every explanation. */
  async finish(userId: string, id: string): Promise<QuizAttempt> {
    return this.deps.sql.transaction(async (tx) => {
      const row = await repo.findAttempt(tx, userId, id, true);
      if (!row) throw new DomainError('QUIZ_ATTEMPT_NOT_FOUND');
      const answers = await repo.findAnswers(tx, id);
      if (row.status === 'finished') return toAttempt(row, answers);
      const finished = await repo.finishAttempt(tx, id, answers.filter((a) => a.is_correct).length);
      const attempt = toAttempt(finished, answers);
      let award: Award | undefined;
      for (const hook of this.deps.onFinished ?? []) {
        const answered = await hook(tx, attempt, userId);
        if (answered && !award) award = answered;
      }
      if (!award) return attempt;
      await repo.saveAward(tx, id, award);
      return { ...attempt, award };
    });
  }

  /** The caller's attempts, newest first. */
  async list(userId: string, query: { cursor?: string | undefined; limit: number }): Promise<Page<QuizAttemptSummary>> {
    const key = decodeCursor(query.cursor, z.tuple([z.string().max(64), z.uuid()]));
    const after = key ? { startedAt: key[0], id: key[1] } : undefined;
    const rows = await repo.listAttempts(this.deps.sql, userId, query.limit + 1, after);
    return toPage(
      rows,
      query.limit,
      (row) => {
        const { questions: _questions, award: _award, ...rest } = toAttempt(row, []);
        return { ...rest, questionCount: row.question_count, answered: row.answered };
      },
      (row) => [row.started_key, row.id],
    );
  }
}

function sameSet(a: readonly number[], b: readonly number[]): boolean {
  const sb = [...new Set(b)].sort((x, y) => x - y);
  return a.length === sb.length && a.every((v, i) => v === sb[i]);
}

/** Reads the seed's MCQ document shape: `question`, `options [{ id, text, isCorrect }]`, `explanation`. */
function toStoredQuestion(id: string, doc: ProblemDocument | undefined): repo.StoredQuestion {
  if (!doc) throw new DomainError('INTERNAL', undefined, { message: `MCQ ${id} has no document` });
  const raw = Array.isArray(doc['options']) ? (doc['options'] as Record<string, unknown>[]) : [];
  const options = raw.map((o, i) => ({ id: typeof o['id'] === 'number' ? o['id'] : i + 1, text: String(o['text']) }));
  const correct = raw.flatMap((o, i) =>
    o['isCorrect'] === true || o['correct'] === true ? [options[i]?.id ?? i + 1] : [],
  );
  return {
    questionId: id,
    prompt: String(doc['question'] ?? ''),
    options,
    correct,
    explanation: String(doc['explanation'] ?? ''),
    multiSelect: doc['multiSelect'] === true || correct.length > 1,
  };
}

/** Builds the public view: correctness only for locked questions, or for all once the attempt is finished. */
function toAttempt(row: repo.AttemptRow, answers: repo.AnswerRow[]): QuizAttempt {
  const byIndex = new Map(answers.map((a) => [a.question_index, a]));
  const finished = row.status === 'finished';
  const questions: QuizQuestion[] = row.questions.map((q, index) => {
    const a = byIndex.get(index);
    const reveal = a !== undefined || finished;
    return {
      index,
      questionId: q.questionId,
      prompt: q.prompt,
      options: q.options.map((o) => ({ id: o.id, text: o.text })),
      multiSelect: q.multiSelect,
      answer: reveal
        ? {
            index,
            selected: a?.selected_options ?? [],
            correct: a?.is_correct ?? false,
            correctOptions: q.correct,
            explanation: q.explanation,
          }
        : null,
    };
  });
  return {
    id: row.id,
    source:
      row.source_kind === 'set' ? { kind: 'set', slug: row.source_ref } : { kind: 'topic', topic: row.source_ref },
    status: row.status,
    seed: row.seed,
    startedAt: row.started_at.toISOString(),
    finishedAt: row.finished_at ? row.finished_at.toISOString() : null,
    score: finished ? { correct: row.score_correct ?? 0, total: row.question_count } : null,
    award: row.award ?? null,
    questions,
  };
}
