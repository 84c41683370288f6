// Takes an MCQ quiz end to end: starts an attempt for a topic or set, answers every question (from an answer file,
// or the first option), prints each result with its explanation, finishes and prints the score.
//
//   AVANTIKA_URL=… AVANTIKA_TOKEN=… node examples/quiz-runner.ts --topic arrays [--count 5] [--answers answers.json]
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Avantika, type QuizAttempt, type QuizQuestion } from '@avantika/sdk';

/** Picks the option ids to lock for a question. */
export type AnswerStrategy = (question: QuizQuestion) => number[];

/** Answers with the first option: a baseline that shows the flow without knowing anything. */
export const firstOption: AnswerStrategy = (question) => [question.options[0]?.id ?? 0];

/** Answers from a map of question prompt → option text, falling back to the first option. */
export function fromAnswerKey(key: Record<string, string>): AnswerStrategy {
  return (question) => {
    const wanted = key[question.prompt];
    const option = question.options.find((o) => o.text === wanted);
    return option ? [option.id] : firstOption(question);
  };
}

/** Runs one quiz attempt and returns it finished, with its score. */
export async function runQuiz(
  client: Avantika,
  source: { topic?: string | undefined; set?: string | undefined; count?: number | undefined },
  answer: AnswerStrategy,
  log: (line: string) => void,
): Promise<QuizAttempt> {
  const attempt = await client.quizzes.create(source);
  log(`quiz ${attempt.id}: ${attempt.questions.length} questions`);
  for (const question of attempt.questions) {
    const result = await client.quizzes.answer(attempt.id, { index: question.index, selected: answer(question) });
    log(`${question.index + 1}. ${question.prompt}\n   ${result.correct ? 'correct' : 'wrong'}: ${result.explanation}`);
  }
  const finished = await client.quizzes.finish(attempt.id);
  log(`score: ${finished.score?.correct ?? 0}/${finished.score?.total ?? attempt.questions.length}`);
  return finished;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      topic: { type: 'string' },
      set: { type: 'string' },
      count: { type: 'string', default: '5' },
      answers: { type: 'string' },
    },
  });
  if (!values.topic === !values.set) {
    console.error('usage: quiz-runner.ts (--topic <topic> | --set <slug>) [--count N] [--answers key.json]');
    process.exitCode = 2;
    return;
  }
  const strategy = values.answers
    ? fromAnswerKey(JSON.parse(await readFile(values.answers, 'utf8')) as Record<string, string>)
    : firstOption;
  const client = new Avantika();
  try {
    await runQuiz(client, { topic: values.topic, set: values.set, count: Number(values.count) }, strategy, console.log);
  } finally {
    await client.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? `${error.name}: ${error.message}` : error);
    process.exitCode = 4;
  });
}
