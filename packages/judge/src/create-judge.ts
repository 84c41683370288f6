import { copyFileSync, linkSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JudgeEvent, JudgeResult, Language } from '@avantika/contract';
import { cachedBuild, hashParts } from './build/build-cache.js';
import { warmJavaCompiler } from './build/java-compiler.js';
import { languages } from './build/languages.js';
import { ensureCppPch, ensureJavaRuntime, ensureRunner } from './build/shared-artifacts.js';
import { CaseTracker } from './case-tracker.js';
import type { Validator } from './compare-output.js';
import { dynamicPlan } from './harness/dynamic-plan.js';
import { planSignature } from './harness/harness-plan.js';
import { HARNESS_VERSION } from './harness-version.js';
import { JudgeError } from './judge-error.js';
import type { JudgeOptions, JudgeRunParams } from './judge-types.js';
import { loadValidator } from './load-validator.js';
import { bwrapCommand } from './sandbox/bwrap-command.js';
import { createRunCgroup, detectCgroupMode } from './sandbox/run-cgroup.js';
import { RUN_ENV } from './sandbox/run-env.js';
import { runSupervised } from './sandbox/run-supervised.js';
import { sandboxStatus } from './sandbox/sandbox-status.js';
import { findToolchains } from './toolchains.js';

/** A judge bound to a work dir, cache dir and sandbox mode. */
export interface Judge {
  run(params: JudgeRunParams): Promise<JudgeResult>;
  /** Whether runs are sandboxed with bubblewrap. */
  readonly sandboxed: boolean;
  /** Builds the shared artifacts (runner, C++ precompiled runtime, Java runtime) and starts the Java compiler. */
  warmUp(languages?: Language[]): Promise<void>;
}

let warned = false;
const MAX_PIDS = 64;
const TMPFS_BYTES = 64 * 1024 * 1024;

/** Creates a judge; with sandbox 'bwrap' it throws when bubblewrap cannot create namespaces here. */
export function createJudge(options: JudgeOptions = {}): Judge {
  const cacheDir = options.cacheDir ?? process.env['AVANTIKA_JUDGE_CACHE'] ?? join(tmpdir(), 'avantika-judge-cache');
  const workDir = options.workDir ?? tmpdir();
  const mode = options.sandbox ?? 'auto';
  const status = mode === 'none' ? undefined : sandboxStatus();
  if (mode === 'bwrap' && !status?.bwrapUsable) {
    throw new JudgeError('JUDGE_UNAVAILABLE', `bubblewrap sandbox unavailable: ${status?.summary}`);
  }
  const sandboxed = mode !== 'none' && Boolean(status?.bwrapUsable);
  if (mode === 'auto' && !sandboxed && !warned) {
    warned = true;
    (options.warn ?? ((m: string) => process.stderr.write(`${m}\n`)))(
      `avantika-judge: running submissions UNSANDBOXED (${status?.summary}); fine for one local user only`,
    );
  }
  mkdirSync(cacheDir, { recursive: true });
  return {
    sandboxed,
    run: (params) => runOnce(params, { cacheDir, workDir, sandboxed }),
    async warmUp(languages = ['python', 'javascript', 'java', 'cpp']) {
      await Promise.all([
        ensureRunner(cacheDir),
        languages.includes('cpp') ? ensureCppPch(cacheDir) : undefined,
        languages.includes('java') ? ensureJavaRuntime(cacheDir).then(() => warmJavaCompiler(cacheDir)) : undefined,
      ]);
    },
  };
}

interface Ctx {
  cacheDir: string;
  workDir: string;
  sandboxed: boolean;
}

async function runOnce(params: JudgeRunParams, ctx: Ctx): Promise<JudgeResult> {
  const { problem, language, code, cases } = params;
  const emit = (event: JudgeEvent): void => params.onEvent?.(event);
  const spec = languages[language];
  let plan: ReturnType<typeof planSignature>;
  try {
    plan = planSignature(problem.signature);
  } catch (error) {
    throw new JudgeError('PROBLEM_INVALID', (error as Error).message, { cause: error });
  }
  const planJson = JSON.stringify(dynamicPlan(plan));
  const cgroupMode = detectCgroupMode();
  const base = {
    total: cases.length,
    sandbox: ctx.sandboxed ? ('bwrap' as const) : ('none' as const),
    limiter:
      cgroupMode === 'none'
        ? ('rlimit' as const)
        : cgroupMode === 'v1'
          ? ('cgroup-v1' as const)
          : ('cgroup-v2' as const),
  };
  let validator: Validator | undefined;
  if (problem.comparator.kind === 'custom') {
    if (!problem.validatorSource) throw new JudgeError('PROBLEM_INVALID', 'comparator "custom" needs validatorSource');
    validator = await loadValidator(ctx.cacheDir, problem.validatorSource);
  }
  emit({ type: 'compiling' });
  const sources = spec.sources(plan, planJson, code);
  const key = hashParts([language, String(HARNESS_VERSION), ...spec.flags, ...Object.entries(sources).flat()]);
  const build = await cachedBuild(ctx.cacheDir, key, async (dir) => {
    for (const [file, text] of Object.entries(sources)) writeFileSync(join(dir, file), text);
    return spec.compile(dir, ctx.cacheDir);
  });
  if (!build.ok) {
    const result: JudgeResult = {
      ...base,
      verdict: 'compile_error',
      passed: 0,
      runtimeMs: 0,
      memoryKb: 0,
      cases: [],
      failedCase: null,
      message: build.output,
      line: build.line,
      compileMs: build.compileMs,
    };
    emit({ type: 'verdict', result });
    return result;
  }
  const runner = await ensureRunner(ctx.cacheDir);
  const runDir = join(ctx.workDir, `avantika-run-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`);
  mkdirSync(runDir, { recursive: true });
  try {
    for (const f of readdirSync(build.dir)) {
      if (f === 'build.json') continue;
      try {
        linkSync(join(build.dir, f), join(runDir, f));
      } catch {
        copyFileSync(join(build.dir, f), join(runDir, f));
      }
    }
    // Only inputs enter the run dir; expected outputs stay in this process.
    writeFileSync(join(runDir, 'input.jsonl'), cases.map((c) => JSON.stringify(c.input)).join('\n') + '\n');
    const memoryMb = problem.limits.memoryMb;
    const limitBytes = (memoryMb + spec.memoryOverheadMb) * 1024 * 1024;
    const cgroup = createRunCgroup(limitBytes + (ctx.sandboxed ? TMPFS_BYTES / 4 : 0), MAX_PIDS);
    const cpuMs = problem.limits.timeMs * spec.timeFactor + spec.startupMs;
    // Wall: a sleeping or blocked program is killed; memory bombs need time to first-touch pages (~0.9 s/256 MB).
    const wallMs = cpuMs * 2.5 + 1000 + memoryMb * 4;
    const tc = findToolchains();
    const inner = spec.command(memoryMb, tc);
    const command = ctx.sandboxed ? bwrapCommand(sandboxStatus().bwrap!, runDir, inner, tc, TMPFS_BYTES) : inner;
    const tracker = new CaseTracker(problem.comparator, cases, validator, (done) =>
      emit({ type: 'running', done, total: cases.length }),
    );
    emit({ type: 'running', done: 0, total: cases.length });
    try {
      const outcome = await runSupervised({
        runnerPath: runner,
        command,
        cwd: runDir,
        env: RUN_ENV,
        cpuMs,
        wallMs,
        ...(spec.rlimitAs && !cgroup ? { asBytes: limitBytes + 320 * 1024 * 1024 } : {}),
        stackBytes: 512 * 1024 * 1024,
        fsizeBytes: 16 * 1024 * 1024,
        cgroup,
        stdoutCap: 64 * 1024,
        stderrKeep: 16 * 1024,
        resultCap: 256 * 1024 * 1024,
        onLine: (line) => tracker.accept(line),
      });
      const result = tracker.finish(outcome, {
        ...base,
        cpuLimitMs: cpuMs,
        wallLimitMs: wallMs,
        memoryExceeded: cgroup?.memoryExceeded() ?? false,
        peakKb: cgroup ? Math.round(cgroup.peakBytes() / 1024) : outcome.maxRssKb,
        compileMs: build.compileMs,
      });
      emit({ type: 'verdict', result });
      return result;
    } finally {
      cgroup?.killAll();
      cgroup?.destroy();
    }
  } finally {
    rmSync(runDir, { recursive: true, force: true });
  }
}
