import { copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Language } from '@avantika/contract';
import { cppDriver } from '../harness/cpp-harness.js';
import { cppRuntimeHeader, cppRuntimeSource } from '../harness/cpp-runtime.js';
import type { HarnessPlan } from '../harness/harness-plan.js';
import { javaDriver } from '../harness/java-harness.js';
import { javaRuntimeSources } from '../harness/java-runtime.js';
import { javascriptDriver } from '../harness/javascript-harness.js';
import { pythonDriver } from '../harness/python-harness.js';
import { JudgeError } from '../judge-error.js';
import { findToolchains, type Toolchains } from '../toolchains.js';
import { hashParts } from './build-cache.js';
import { compileJava } from './java-compiler.js';
import { runTool } from './run-tool.js';
import { CPP_FLAGS, ensureCppPch, ensureJavaRuntime } from './shared-artifacts.js';

/** How one language is built and run. Time: CPU limit = timeMs × timeFactor + startupMs. */
export interface LanguageSpec {
  id: Language;
  timeFactor: number;
  startupMs: number;
  /** Memory the runtime itself needs on top of the problem's limit (JVM metaspace, V8 isolate, interpreter). */
  memoryOverheadMb: number;
  /** RLIMIT_AS breaks the JVM and V8, so only Python and C++ get it (and only when no cgroup is available). */
  rlimitAs: boolean;
  /** Flags and shared-runtime fingerprints that change the artifacts besides the generated sources. */
  flags: string[];
  /** The files written into the build dir: the generated driver and the user's code. Hashed for the cache key. */
  sources(plan: HarnessPlan, planJson: string, code: string): Record<string, string>;
  /** Compiles the written sources in `dir`; interpreted languages have nothing to do. */
  compile(dir: string, cacheDir: string): Promise<BuildResult>;
  command(memoryMb: number, tc: Toolchains): string[];
}

/** A build step's result: artifacts in the dir, or the compiler's (capped) output and the user's line. */
export type BuildResult = { ok: true } | { ok: false; output: string; line: number | null };

const KEEP_COMPILER_OUTPUT = 8192;

/** Caps compiler output, strips the build dir from paths and finds the first line number in the user's file. */
export function compileError(output: string, file: string, dir: string): BuildResult {
  const cleaned = output.split(`${dir}/`).join('').slice(0, KEEP_COMPILER_OUTPUT);
  const m = new RegExp(`${file.replace('.', '\\.')}:(\\d+)`).exec(cleaned);
  return { ok: false, output: cleaned, line: m ? Number(m[1]) : null };
}

/** A build that never finished says nothing about the source: thrown (so cachedBuild keeps nothing), not a verdict. */
function stalledBuild(output: string): JudgeError {
  return new JudgeError('JUDGE_UNAVAILABLE', `the compiler did not finish: ${output.slice(-500)}`);
}

const nothing = async (): Promise<BuildResult> => ({ ok: true });

const python: LanguageSpec = {
  id: 'python',
  timeFactor: 3,
  startupMs: 100,
  memoryOverheadMb: 32,
  rlimitAs: true,
  flags: ['-S', '-B'],
  sources: (_plan, planJson, code) => ({ 'driver.py': pythonDriver(planJson), 'solution.py': code }),
  compile: nothing,
  command: (_m, tc) => [tc.python, '-S', '-B', 'driver.py'],
};

const javascript: LanguageSpec = {
  id: 'javascript',
  timeFactor: 1.5,
  startupMs: 150,
  memoryOverheadMb: 96,
  rlimitAs: false,
  flags: [],
  sources: (_plan, planJson, code) => ({ 'driver.cjs': javascriptDriver(planJson), 'solution.js': code }),
  compile: nothing,
  command: (memoryMb, tc) => [tc.node, `--max-old-space-size=${memoryMb}`, '--stack-size=65500', 'driver.cjs'],
};

const java: LanguageSpec = {
  id: 'java',
  timeFactor: 2,
  startupMs: 400,
  memoryOverheadMb: 192,
  rlimitAs: false,
  flags: ['-XDstringConcat=inline', hashParts(Object.values(javaRuntimeSources))],
  sources: (plan, _planJson, code) => ({ 'Solution.java': code, 'Main.java': javaDriver(plan) }),
  async compile(dir, cacheDir) {
    const runtime = await ensureJavaRuntime(cacheDir);
    const r = await compileJava(cacheDir, dir, runtime, ['Solution.java', 'Main.java']);
    if (r.stalled) throw stalledBuild(r.output);
    if (!r.ok) return compileError(r.output, 'Solution.java', dir);
    for (const f of readdirSync(runtime).filter((n) => n.endsWith('.class')))
      copyFileSync(join(runtime, f), join(dir, f));
    return { ok: true };
  },
  command: (memoryMb, tc) => [
    tc.java,
    `-Xmx${memoryMb}m`,
    '-Xss64m',
    '-XX:+UseSerialGC',
    '-XX:-UsePerfData',
    '-Xshare:auto',
    '--add-opens',
    'java.base/java.io=ALL-UNNAMED',
    '-cp',
    '.',
    'Main',
  ],
};

const cpp: LanguageSpec = {
  id: 'cpp',
  timeFactor: 1,
  startupMs: 50,
  memoryOverheadMb: 16,
  rlimitAs: true,
  flags: [...CPP_FLAGS, hashParts([cppRuntimeHeader, cppRuntimeSource])],
  sources: (plan, _planJson, code) => ({ 'main.cpp': cppDriver(plan, code) }),
  async compile(dir, cacheDir) {
    const pch = await ensureCppPch(cacheDir);
    const args = [...CPP_FLAGS, '-I', pch, '-o', 'solution', 'main.cpp', join(pch, 'runtime.o')];
    const r = await runTool(findToolchains().gxx, args, dir);
    if (r.stalled) throw stalledBuild(r.output);
    return r.ok ? { ok: true } : compileError(r.output, 'solution.cpp', dir);
  },
  command: () => ['./solution'],
};

/** Every language the judge runs, by contract id. */
export const languages: Record<Language, LanguageSpec> = { python, javascript, java, cpp };
