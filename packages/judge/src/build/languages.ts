import { copyFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Language } from '@avantika/contract';
import { cppDriver } from '../harness/cpp-harness.js';
import { cppRuntimeHeader, cppRuntimeSource } from '../harness/cpp-runtime.js';
import type { HarnessPlan } from '../harness/harness-plan.js';
import { javaDriver } from '../harness/java-harness.js';
import { javaRuntimeSources } from '../harness/java-runtime.js';
import { javascriptDriver } from '../harness/javascript-harness.js';
import { pythonDriver } from '../harness/python-harness.js';
import { findToolchains, type Toolchains } from '../toolchains.js';
import { hashParts } from './build-cache.js';
import { runTool } from './run-tool.js';
import { CPP_FLAGS, ensureCppPch, ensureJavaRuntime } from './shared-artifacts.js';

/** How one language is built and run. Time: cpu limit = timeMs × timeFactor + startupMs. */
export interface LanguageSpec {
  id: Language;
  timeFactor: number;
  startupMs: number;
  /** Memory the runtime itself needs on top of the problem's limit (JVM metaspace, V8 isolate, interpreter). */
  memoryOverheadMb: number;
  /** RLIMIT_AS breaks the JVM and V8, so only Python and C++ get it (and only when no cgroup is available). */
  rlimitAs: boolean;
  /** Everything besides the source and harness version that changes the artifacts (flags, runtime fingerprint). */
  flags: string[];
  build(dir: string, plan: HarnessPlan, planJson: string, code: string, cacheDir: string): Promise<BuildResult>;
  command(memoryMb: number, tc: Toolchains): string[];
}

type BuildResult = { ok: true } | { ok: false; output: string; line: number | null };

const KEEP_COMPILER_OUTPUT = 8192;

function compileError(output: string, file: string, dir: string): BuildResult {
  const cleaned = output.split(`${dir}/`).join('').slice(0, KEEP_COMPILER_OUTPUT);
  const m = new RegExp(`${file.replace('.', '\\.')}:(\\d+)`).exec(cleaned);
  return { ok: false, output: cleaned, line: m ? Number(m[1]) : null };
}

const python: LanguageSpec = {
  id: 'python',
  timeFactor: 3,
  startupMs: 100,
  memoryOverheadMb: 32,
  rlimitAs: true,
  flags: ['-S', '-B', hashParts([pythonDriver('')])],
  async build(dir, _plan, planJson, code) {
    writeFileSync(join(dir, 'driver.py'), pythonDriver(planJson));
    writeFileSync(join(dir, 'solution.py'), code);
    return { ok: true };
  },
  command: (_m, tc) => [tc.python, '-S', '-B', 'driver.py'],
};

const javascript: LanguageSpec = {
  id: 'javascript',
  timeFactor: 1.5,
  startupMs: 150,
  memoryOverheadMb: 96,
  rlimitAs: false,
  flags: [hashParts([javascriptDriver('')])],
  async build(dir, _plan, planJson, code) {
    writeFileSync(join(dir, 'driver.cjs'), javascriptDriver(planJson));
    writeFileSync(join(dir, 'solution.js'), code);
    return { ok: true };
  },
  command: (memoryMb, tc) => [tc.node, `--max-old-space-size=${memoryMb}`, '--stack-size=65500', 'driver.cjs'],
};

const java: LanguageSpec = {
  id: 'java',
  timeFactor: 2,
  startupMs: 400,
  memoryOverheadMb: 192,
  rlimitAs: false,
  flags: [
    hashParts([
      ...Object.values(javaRuntimeSources),
      javaDriver({
        kind: 'function',
        method: { name: 'f', params: [], returns: { kind: 'int' } },
        outputParam: undefined,
      }),
    ]),
  ],
  async build(dir, plan, _planJson, code, cacheDir) {
    const runtime = await ensureJavaRuntime(cacheDir);
    writeFileSync(join(dir, 'Solution.java'), code);
    writeFileSync(join(dir, 'Main.java'), javaDriver(plan));
    const tc = findToolchains();
    const args = ['-J-XX:+UseSerialGC', '-J-XX:TieredStopAtLevel=1', '-J-Xshare:auto', '-encoding', 'UTF-8', '-nowarn'];
    const r = await runTool(tc.javac, [...args, '-cp', runtime, '-d', '.', 'Solution.java', 'Main.java'], dir);
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
  async build(dir, plan, _planJson, code, cacheDir) {
    const pch = await ensureCppPch(cacheDir);
    writeFileSync(join(dir, 'main.cpp'), cppDriver(plan, code));
    const r = await runTool(
      findToolchains().gxx,
      [...CPP_FLAGS, '-I', pch, '-o', 'solution', 'main.cpp', join(pch, 'runtime.o')],
      dir,
    );
    if (!r.ok) return compileError(r.output, 'solution.cpp', dir);
    return { ok: true };
  },
  command: () => ['./solution'],
};

/** Every language the judge runs, by contract id. */
export const languages: Record<Language, LanguageSpec> = { python, javascript, java, cpp };
