import type { Award, Submission, SubmissionEvent, SubmissionVerdict } from '@avantika/sdk';
import { withClient } from '../client/create-client.js';
import { type CliContext, shouldUseColor } from '../context.js';
import { ExitCode, ExitError } from '../errors.js';
import { printAward } from '../output/award-lines.js';
import { renderFailingCase } from '../output/failing-case.js';
import { createStyle, writeJson } from '../output/style.js';
import { findSolutionFile } from '../solution/solution-file.js';
import type { SubmitProgressState } from '../ui/SubmitProgress.js';

/** Options of `avantika submit`. */
export interface SubmitOptions {
  readonly json?: boolean;
}

function stateFor(event: SubmissionEvent): SubmitProgressState {
  switch (event.type) {
    case 'queued':
      return { stage: 'queued', label: 'Queued' };
    case 'compiling':
      return { stage: 'compiling', label: 'Compiling' };
    case 'running':
      return { stage: 'running', label: 'Running', done: event.done, total: event.total };
    case 'verdict':
      return { stage: 'done', label: 'Judged' };
  }
}

/** A live view that redraws one region (ink on a terminal) or prints a line per stage change (pipes, NO_COLOR). */
async function createProgressView(ctx: CliContext): Promise<{ update(s: SubmitProgressState): void; stop(): void }> {
  if (ctx.stderr.isTTY && shouldUseColor(ctx, ctx.stderr)) {
    const [{ render }, { createElement }, { SubmitProgress }] = await Promise.all([
      import('ink'),
      import('react'),
      import('../ui/SubmitProgress.js'),
    ]);
    const app = render(createElement(SubmitProgress, { state: { stage: 'submitting', label: 'Submitting' } }), {
      stdout: ctx.stderr as NodeJS.WriteStream,
      patchConsole: false,
    });
    return {
      update: (state) => app.rerender(createElement(SubmitProgress, { state })),
      stop: () => app.unmount(),
    };
  }
  let last = '';
  return {
    update: (state) => {
      const line = state.stage === 'running' ? `Running ${state.done}/${state.total}` : state.label;
      // Piped output gets the stage changes and the running count at most every quarter of the way.
      const quarter = state.stage === 'running' && state.total ? Math.floor(((state.done ?? 0) * 4) / state.total) : -1;
      const key = `${state.stage}:${quarter}`;
      if (state.stage !== 'done' && key !== last) ctx.stderr.write(`${line}\n`);
      last = key;
    },
    stop: () => {},
  };
}

/** Prints a verdict: status, counts, runtime and memory, and the first failing case with a diff. */
export function printVerdict(ctx: CliContext, verdict: SubmissionVerdict): void {
  const style = createStyle(ctx);
  const accepted = verdict.status === 'accepted';
  const name = verdict.status.replaceAll('_', ' ').replace(/^./, (c) => c.toUpperCase());
  const stats = [
    `${verdict.passed}/${verdict.total} cases`,
    verdict.runtimeMs === null ? null : `${verdict.runtimeMs} ms`,
    verdict.memoryKb === null ? null : `${(verdict.memoryKb / 1024).toFixed(1)} MB`,
  ].filter(Boolean);
  ctx.stdout.write(`${accepted ? style.green(`✓ ${name}`) : style.red(`✗ ${name}`)}  ${stats.join(' · ')}\n`);
  if (verdict.message) ctx.stdout.write(`${verdict.message.trimEnd()}\n`);
  const failure = verdict.firstFailure;
  if (failure?.kind === 'hidden') {
    ctx.stdout.write(`Failed on hidden case ${failure.index + 1}; its input stays hidden.\n`);
  } else if (failure?.kind === 'visible') {
    ctx.stdout.write(renderFailingCase(failure, style, { label: `First failing case (${failure.index + 1})` }));
  }
}

/** `avantika submit [file]`: queues the solution, streams progress, prints the verdict; exit 1 unless accepted. */
export async function submitSolution(ctx: CliContext, file: string | undefined, options: SubmitOptions): Promise<void> {
  const solution = await findSolutionFile(ctx.cwd, file);
  const view = options.json ? undefined : await createProgressView(ctx);
  let verdict: SubmissionVerdict | undefined;
  let submission: Submission | undefined;
  let award: Award | null = null;
  try {
    await withClient(ctx, { requireAuth: true }, async (client) => {
      const created = await client.submissions.create({
        problemSlug: solution.slug,
        language: solution.language,
        code: solution.source,
      });
      if (options.json) writeJson(ctx, { type: 'submitted', id: created.id });
      for await (const event of client.submissions.stream(created.id)) {
        if (options.json) writeJson(ctx, event);
        view?.update(stateFor(event));
        if (event.type === 'verdict') {
          verdict = event.verdict;
          award = event.award;
          break;
        }
      }
      submission = await client.submissions.retrieve(created.id);
      // The verdict event carries the award; the stored submission has it too when the event went out before it.
      award ??= submission.award;
    });
  } finally {
    view?.stop();
  }
  if (!verdict || !submission) throw new ExitError(ExitCode.network, 'The verdict stream ended without a verdict.');
  if (options.json) writeJson(ctx, { type: 'submission', ...submission, code: undefined });
  else {
    printVerdict(ctx, verdict);
    if (award) printAward(ctx, award, 'already solved');
  }
  if (verdict.status !== 'accepted') {
    throw new ExitError(ExitCode.notAccepted, `Not accepted: ${verdict.status.replaceAll('_', ' ')}.`, {
      hint: 'Fix it, check the samples with `avantika test`, and submit again.',
    });
  }
}
