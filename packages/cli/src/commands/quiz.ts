import type { Avantika, QuizAnswerResult, QuizAttempt, QuizQuestion } from '@avantika/sdk';
import { NotFoundError } from '@avantika/sdk';
import { withClient } from '../client/create-client.js';
import { type CliContext, canPrompt } from '../context.js';
import { UsageError } from '../errors.js';
import { printAward } from '../output/award-lines.js';
import { createStyle, type Style, writeJson } from '../output/style.js';

/** Options of `avantika quiz`. */
export interface QuizOptions {
  readonly topic?: string;
  readonly count?: string;
  readonly answers?: string;
  readonly json?: boolean;
}

/** Parses `--answers 2,1,1+3`: one entry per question, option positions from 1, `+` for multi-select. */
export function parseAnswers(value: string): number[][] {
  return value.split(',').map((entry) => {
    const picks = entry.split('+').map((p) => Number(p.trim()));
    if (picks.some((p) => !Number.isInteger(p) || p < 1)) {
      throw new UsageError(`--answers entries are option numbers from 1 (e.g. 2,1,1+3), not "${entry}".`);
    }
    return picks;
  });
}

async function startAttempt(client: Avantika, source: string | undefined, options: QuizOptions): Promise<QuizAttempt> {
  const count = options.count === undefined ? 10 : Number(options.count);
  if (!Number.isInteger(count) || count < 1 || count > 50) throw new UsageError('--count must be 1 to 50.');
  if (options.topic) return client.quizzes.create({ topic: options.topic, count });
  if (!source)
    throw new UsageError('Which quiz?', { hint: 'avantika quiz dsa-complexity   or   avantika quiz --topic os' });
  try {
    return await client.quizzes.create({ set: source, count });
  } catch (error) {
    // A name that is not a set may still be a topic: `avantika quiz networking` should just work.
    if (error instanceof NotFoundError) return client.quizzes.create({ topic: source, count });
    throw error;
  }
}

async function askOnTerminal(
  ctx: CliContext,
  question: QuizQuestion,
  number: number,
  total: number,
): Promise<number[]> {
  const prompts = await import('@inquirer/prompts');
  const io = { input: ctx.stdin, output: ctx.stderr as NodeJS.WritableStream };
  const message = `(${number}/${total}) ${question.prompt}`;
  const choices = question.options.map((o) => ({ name: o.text, value: o.id }));
  if (question.multiSelect) {
    return prompts.checkbox({ message: `${message} (space selects, enter confirms)`, choices, required: true }, io);
  }
  return [await prompts.select({ message, choices }, io)];
}

function printFeedback(ctx: CliContext, style: Style, question: QuizQuestion, result: QuizAnswerResult): void {
  const right = question.options
    .filter((o) => result.correctOptions.includes(o.id))
    .map((o) => o.text)
    .join('; ');
  ctx.stdout.write(
    result.correct ? `${style.green('✓ Correct.')}\n` : `${style.red('✗ Not quite.')} Answer: ${right}\n`,
  );
  ctx.stdout.write(`${style.dim(result.explanation)}\n\n`);
}

/**
 * `avantika quiz <set|topic>`: arrow-key answers on a terminal, `--answers 2,1,3` for scripts. Each answer is locked
 * before its explanation is shown; the score comes at the end.
 */
export async function runQuiz(ctx: CliContext, source: string | undefined, options: QuizOptions): Promise<void> {
  const scripted = options.answers === undefined ? undefined : parseAnswers(options.answers);
  if (!scripted && !canPrompt(ctx)) {
    throw new UsageError('A quiz needs a terminal to answer on.', { hint: 'Pass --answers 2,1,3 (option numbers).' });
  }
  const style = createStyle(ctx);
  const finished = await withClient(
    ctx,
    { requireAuth: true, notFoundHint: 'Name an MCQ set or a topic.' },
    async (client) => {
      const attempt = await startAttempt(client, source, options);
      const total = attempt.questions.length;
      for (const question of attempt.questions) {
        let picks: number[];
        if (scripted) {
          const positions = scripted[question.index];
          if (!positions)
            throw new UsageError(`--answers has ${scripted.length} entries but the quiz has ${total} questions.`);
          picks = positions.map((p) => {
            const option = question.options[p - 1];
            if (!option)
              throw new UsageError(`Question ${question.index + 1} has only ${question.options.length} options.`);
            return option.id;
          });
          if (!options.json) ctx.stdout.write(`(${question.index + 1}/${total}) ${question.prompt}\n`);
        } else {
          picks = await askOnTerminal(ctx, question, question.index + 1, total);
        }
        const result = await client.quizzes.answer(attempt.id, { index: question.index, selected: picks });
        if (options.json) writeJson(ctx, { type: 'answer', ...result });
        else printFeedback(ctx, style, question, result);
      }
      return client.quizzes.finish(attempt.id);
    },
  );
  if (options.json) {
    writeJson(ctx, { type: 'finished', ...finished });
    return;
  }
  const score = finished.score ?? { correct: 0, total: 0 };
  const line = `Score: ${score.correct}/${score.total}`;
  ctx.stdout.write(`${score.correct === score.total ? style.green(`${line} — perfect!`) : style.bold(line)}\n`);
  if (finished.award) printAward(ctx, finished.award, 'no correct answers');
}
