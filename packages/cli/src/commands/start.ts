import { access, mkdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { withClient } from '../client/create-client.js';
import { readConfig } from '../config/config-store.js';
import type { CliContext } from '../context.js';
import { UsageError } from '../errors.js';
import { createStyle, writeJson } from '../output/style.js';
import { parseLanguage, solutionFileName, withHeader } from '../solution/solution-file.js';

/** Options of `avantika start`. */
export interface StartOptions {
  readonly lang?: string;
  readonly dir?: string;
  readonly force?: boolean;
  readonly json?: boolean;
}

/** `avantika start <slug> --lang py`: writes the generated starter with a header; never overwrites without --force. */
export async function startProblem(ctx: CliContext, slug: string, options: StartOptions): Promise<void> {
  const config = await readConfig(ctx);
  const langName = options.lang ?? config.language;
  if (!langName) {
    throw new UsageError('Which language?', { hint: `avantika start ${slug} --lang py  (py, js, java or cpp)` });
  }
  const language = parseLanguage(langName);
  const dir = resolve(ctx.cwd, options.dir ?? config.dir ?? '.');
  const path = join(dir, solutionFileName(slug, language));
  const exists = await access(path).then(
    () => true,
    () => false,
  );
  if (exists && !options.force) {
    throw new UsageError(`${relative(ctx.cwd, path) || path} already exists; it was not touched.`, {
      hint: 'Keep working on it, or pass --force to start over.',
    });
  }
  const problem = await withClient(ctx, { requireAuth: true }, (client) => client.problems.retrieve(slug));
  const starter = problem.starters[language];
  if (starter === undefined) {
    throw new UsageError(`${problem.title} has no starter for ${language}.`, { hint: 'Try another --lang.' });
  }
  await mkdir(dir, { recursive: true });
  await writeFile(path, withHeader(slug, language, starter));
  const shown = relative(ctx.cwd, path) || path;
  if (options.json) {
    writeJson(ctx, { path, slug, language, version: problem.version });
    return;
  }
  const style = createStyle(ctx, ctx.stderr);
  ctx.stderr.write(
    `${style.green('✓')} Wrote ${shown} for ${problem.title} (${problem.difficulty}).\n` +
      `  Read it:   avantika problems show ${slug}\n` +
      `  Edit it:   ${config.editor ?? '$EDITOR'} ${shown}\n` +
      `  Samples:   avantika test ${shown}\n` +
      `  Submit:    avantika submit ${shown}\n`,
  );
}
