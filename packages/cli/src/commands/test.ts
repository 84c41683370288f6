import { watch } from 'node:fs';
import type { RunResult } from '@avantika/sdk';
import { withClient } from '../client/create-client.js';
import type { CliContext } from '../context.js';
import { ExitCode, ExitError, UsageError } from '../errors.js';
import { renderFailingCase } from '../output/failing-case.js';
import { createStyle, writeJson } from '../output/style.js';
import { findSolutionFile } from '../solution/solution-file.js';

/** Options of `avantika test`. */
export interface TestOptions {
  readonly case?: string[];
  readonly watch?: boolean;
  readonly json?: boolean;
}

function parseCases(values: readonly string[] | undefined): Set<number> | undefined {
  if (!values || values.length === 0) return undefined;
  const picked = new Set<number>();
  for (const v of values.flatMap((s) => s.split(','))) {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new UsageError(`--case takes case numbers from 1, not "${v}".`);
    picked.add(n - 1);
  }
  return picked;
}

/** Prints a run's cases: ✓/✗ per case, and for a failure its input, a diff and the program's output. */
export function printRunResult(ctx: CliContext, result: RunResult, only?: Set<number>): void {
  const style = createStyle(ctx);
  if (result.compileOutput) ctx.stdout.write(`${style.red('Compile error')}\n${result.compileOutput}\n`);
  for (const c of result.cases) {
    if (only && !only.has(c.index)) continue;
    const label = `Case ${c.index + 1}`;
    if (c.passed) {
      ctx.stdout.write(`${style.green('✓')} ${label}\n`);
      continue;
    }
    if (c.verdict === 'not_run') {
      ctx.stdout.write(`${style.dim(`· ${label} — not run (an earlier case failed)`)}\n`);
      continue;
    }
    ctx.stdout.write(`${style.red('✗')} ${label} — ${c.verdict.replaceAll('_', ' ')}\n`);
    ctx.stdout.write(renderFailingCase(c, style, { label: 'input', indent: '  ' }));
  }
  const ok = result.passed === result.total && result.total > 0;
  const summary = `${result.passed}/${result.total} cases passed · ${result.runtimeMs} ms · ${(result.memoryKb / 1024).toFixed(1)} MB`;
  ctx.stdout.write(`${ok ? style.green(summary) : style.red(summary)}\n`);
}

async function runOnce(ctx: CliContext, file: string | undefined, options: TestOptions): Promise<boolean> {
  const solution = await findSolutionFile(ctx.cwd, file);
  const result = await withClient(ctx, { requireAuth: true }, (client) =>
    client.problems.run(solution.slug, { language: solution.language, code: solution.source }),
  );
  const only = parseCases(options.case);
  if (options.json) {
    for (const c of result.cases) if (!only || only.has(c.index)) writeJson(ctx, { type: 'case', ...c });
    writeJson(ctx, { type: 'result', ...result, cases: undefined });
  } else {
    printRunResult(ctx, result, only);
  }
  return result.passed === result.total && result.total > 0;
}

/** `avantika test [file]`: runs the visible cases (not a submission); exit 1 when any fails; `--watch` re-runs on save. */
export async function testSolution(ctx: CliContext, file: string | undefined, options: TestOptions): Promise<void> {
  const passed = await runOnce(ctx, file, options);
  if (!options.watch) {
    if (!passed)
      throw new ExitError(ExitCode.notAccepted, 'Some sample cases fail.', {
        hint: 'Fix and run `avantika test` again.',
      });
    return;
  }
  const { path } = await findSolutionFile(ctx.cwd, file);
  ctx.stderr.write(`Watching ${path}; saving it re-runs the samples. Ctrl-C stops.\n`);
  await new Promise<void>((done) => {
    let timer: NodeJS.Timeout | undefined;
    const watcher = watch(path, () => {
      clearTimeout(timer);
      // Editors write in several steps; wait for the burst to settle before re-running.
      timer = setTimeout(() => {
        ctx.stderr.write(`\n── ${new Date().toLocaleTimeString()} ──\n`);
        runOnce(ctx, file, options).catch((error: unknown) => ctx.stderr.write(`${(error as Error).message}\n`));
      }, 150);
    });
    process.once('SIGINT', () => {
      watcher.close();
      done();
    });
  });
}
