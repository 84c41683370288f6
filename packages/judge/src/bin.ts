#!/usr/bin/env node
// avantika-judge: verify problem folders, show the sandbox status, run queue workers.
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { type Language, languageSchema } from '@avantika/contract';
import { createJudge } from './create-judge.js';
import { createJudgeGate } from './judge-gate.js';
import { runWorkerCommand } from './run-worker-command.js';
import { sandboxStatus } from './sandbox/sandbox-status.js';
import { type VerifyEntry, type VerifyReport, verifyProblemFolder } from './verify-problem-folder.js';

const HELP = `avantika-judge — the Avantika judge

Usage:
  avantika-judge verify <problem-dir...> [--lang python,javascript,java,cpp] [--json] [--sandbox auto|bwrap|none]
                        [--concurrency N]
      Runs every reference solution (solutions/*) against all cases (visible, hidden and generate.mjs's) and each
      generated starter against the visible cases, N at a time (default: the number of cores). A time-limit verdict
      (or a compiler that never finished) is judged once more with nothing else of the run in flight before it counts,
      and the entry says so; wrong answers, crashes and compile errors fail at once. Exit 1 when a solution is not
      accepted or a starter crashes.
  avantika-judge worker --database-url <postgres-url> [--concurrency N] [--sandbox auto|bwrap|none]
      Runs judge workers on the pg-boss queue "judge" of that database until SIGTERM/SIGINT (in-flight judgings
      finish first). Concurrency defaults to the number of cores. DATABASE_URL is used when --database-url is absent.
  avantika-judge status [--json]
      Prints whether submissions run in a bubblewrap sandbox and how memory and processes are limited.
  avantika-judge help

Exit codes: 0 ok, 1 a verification failed, 2 usage error.
Environment: AVANTIKA_PYTHON, AVANTIKA_JAVA_HOME, AVANTIKA_GXX override the toolchains; AVANTIKA_JUDGE_CACHE the cache dir.
`;

class UsageError extends Error {}

function line(e: VerifyEntry): string {
  const mark = e.ok ? 'ok  ' : 'FAIL';
  const what = `${e.language}${e.kind === 'starter' ? ' starter' : ''}`.padEnd(20);
  const counts = `${e.passed}/${e.total}`.padStart(9);
  let detail = `${e.verdict} ${counts}  ${String(e.ms).padStart(6)} ms (compile ${e.compileMs} ms)`;
  if (e.retried) detail += `  [judged again alone after ${e.retried.verdict}]`;
  if (!e.ok && e.message) detail += `\n        ${e.message.split('\n').slice(0, 12).join('\n        ')}`;
  if (!e.ok && e.failedCase) {
    const f = e.failedCase;
    detail += `\n        case ${f.index}${f.hidden ? ' (hidden)' : ''}`;
    if (!f.hidden) {
      const cut = (v: unknown) => JSON.stringify(v)?.slice(0, 300);
      detail += ` input ${cut(f.input)}\n        expected ${cut(f.expected)}\n        actual   ${cut(f.actual)}`;
    }
  }
  return `  ${mark} ${what} ${detail}`;
}

async function verify(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      lang: { type: 'string' },
      json: { type: 'boolean' },
      sandbox: { type: 'string' },
      concurrency: { type: 'string' },
    },
  });
  if (positionals.length === 0) throw new UsageError('verify needs at least one problem directory');
  let languages: Language[] | undefined;
  if (values.lang) {
    languages = values.lang.split(',').map((l) => {
      const parsed = languageSchema.safeParse(l.trim());
      if (!parsed.success) throw new UsageError(`unknown language "${l}" (python, javascript, java, cpp)`);
      return parsed.data;
    });
  }
  const sandbox = values.sandbox ?? 'auto';
  if (!['auto', 'bwrap', 'none'].includes(sandbox)) throw new UsageError('--sandbox is auto, bwrap or none');
  const concurrency = values.concurrency === undefined ? availableParallelism() : Number(values.concurrency);
  if (!(Number.isInteger(concurrency) && concurrency > 0))
    throw new UsageError('--concurrency must be a positive integer');
  const judge = createJudge({
    sandbox: sandbox as 'auto',
    ...(process.env['AVANTIKA_JUDGE_CACHE'] ? { cacheDir: process.env['AVANTIKA_JUDGE_CACHE'] } : {}),
  });
  const reports: VerifyReport[] = [];
  const gate = createJudgeGate();
  for (const dir of positionals) {
    if (!values.json) process.stdout.write(`${dir}\n`);
    const report = await verifyProblemFolder(dir, {
      judge,
      gate,
      concurrency,
      ...(languages ? { languages } : {}),
      ...(values.json ? {} : { onEntry: (e: VerifyEntry) => process.stdout.write(`${line(e)}\n`) }),
    });
    if (!values.json && report.error) process.stdout.write(`  FAIL ${report.error.code}: ${report.error.message}\n`);
    reports.push(report);
  }
  const ok = reports.every((r) => r.ok);
  if (values.json) process.stdout.write(`${JSON.stringify({ ok, problems: reports }, null, 2)}\n`);
  else
    process.stdout.write(
      `${ok ? 'all verified' : 'verification FAILED'} (${reports.filter((r) => r.ok).length}/${reports.length} problems)\n`,
    );
  return ok ? 0 : 1;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'verify':
      return verify(rest);
    case 'worker': {
      const { values } = parseArgs({
        args: rest,
        options: { 'database-url': { type: 'string' }, concurrency: { type: 'string' }, sandbox: { type: 'string' } },
      });
      const databaseUrl = values['database-url'] ?? process.env['DATABASE_URL'];
      if (!databaseUrl) throw new UsageError('worker needs --database-url (or DATABASE_URL)');
      const concurrency = values.concurrency === undefined ? undefined : Number(values.concurrency);
      if (concurrency !== undefined && !(Number.isInteger(concurrency) && concurrency > 0)) {
        throw new UsageError('--concurrency must be a positive integer');
      }
      const sandbox = values.sandbox ?? 'auto';
      if (!['auto', 'bwrap', 'none'].includes(sandbox)) throw new UsageError('--sandbox is auto, bwrap or none');
      await runWorkerCommand({
        databaseUrl,
        sandbox: sandbox as 'auto',
        ...(concurrency === undefined ? {} : { concurrency }),
      });
      return 0;
    }
    case 'status': {
      const status = sandboxStatus();
      process.stdout.write(rest.includes('--json') ? `${JSON.stringify(status)}\n` : `${status.summary}\n`);
      return 0;
    }
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(HELP);
      return command === undefined ? 2 : 0;
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`avantika-judge: ${(error as Error).message}\nRun "avantika-judge help" for usage.\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`avantika-judge: ${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 1;
    }
  },
);
