// Solves today's daily problem with the content pack's reference solution: runs the visible cases, submits, follows
// the judge live and exits 0 on an accepted verdict, 1 otherwise.
//
//   AVANTIKA_URL=http://127.0.0.1:4870 AVANTIKA_TOKEN=… node examples/daily-bot.ts [--content content] [--language python]
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Avantika, type Language, type Submission } from '@avantika/sdk';

const SOLUTION_FILES: Record<Language, string> = {
  python: 'python.py',
  javascript: 'javascript.js',
  java: 'java.java',
  cpp: 'cpp.cpp',
};

/** What the bot needs: a signed-in client, where the reference solutions live and the preferred languages. */
export interface DailyBotOptions {
  client: Avantika;
  contentDir: string;
  languages: Language[];
  log: (line: string) => void;
}

/** Submits the first reference solution found for today's daily problem and returns the judged submission. */
export async function solveDaily({ client, contentDir, languages, log }: DailyBotOptions): Promise<Submission> {
  const daily = await client.problems.daily();
  const slug = daily.problem.slug;
  log(`daily problem for ${daily.date}: ${slug} (${daily.problem.difficulty})`);
  const { language, code } = await findSolution(join(contentDir, 'problems', slug, 'solutions'), languages);
  const run = await client.problems.run(slug, { language, code });
  log(`run (${language}): ${run.passed}/${run.total} visible cases, ${run.status}`);
  const submission = await client.submissions.createAndWait(
    { problemSlug: slug, language, code },
    {
      onEvent: (event) => {
        if (event.type === 'running') log(`judging ${event.done}/${event.total}`);
        else if (event.type !== 'verdict') log(event.type);
      },
    },
  );
  log(`verdict: ${submission.status} (${submission.passed}/${submission.total}, ${submission.runtimeMs ?? '?'} ms)`);
  return submission;
}

async function findSolution(dir: string, languages: Language[]): Promise<{ language: Language; code: string }> {
  for (const language of languages) {
    try {
      return { language, code: await readFile(join(dir, SOLUTION_FILES[language]), 'utf8') };
    } catch {
      // No reference solution in this language; try the next one.
    }
  }
  throw new Error(`no reference solution in ${dir} for ${languages.join(', ')}`);
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      content: { type: 'string', default: fileURLToPath(new URL('../content', import.meta.url)) },
      language: { type: 'string', multiple: true },
    },
  });
  const languages = (values.language ?? ['python', 'javascript', 'cpp', 'java']) as Language[];
  const client = new Avantika();
  try {
    const submission = await solveDaily({ client, contentDir: values.content, languages, log: console.log });
    return submission.status === 'accepted' ? 0 : 1;
  } finally {
    await client.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error instanceof Error ? `${error.name}: ${error.message}` : error);
      process.exitCode = 4;
    },
  );
}
