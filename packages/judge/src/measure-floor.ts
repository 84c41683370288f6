import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Language } from '@avantika/contract';
import { languages } from './build/languages.js';
import { runTool } from './build/run-tool.js';
import { ensureRunner, shared } from './build/shared-artifacts.js';
import { bwrapCommand } from './sandbox/bwrap-command.js';
import { createRunCgroup } from './sandbox/run-cgroup.js';
import { RUN_ENV } from './sandbox/run-env.js';
import { runSupervised } from './sandbox/run-supervised.js';
import { sandboxStatus } from './sandbox/sandbox-status.js';
import { findToolchains } from './toolchains.js';

async function helloDir(cacheDir: string): Promise<string> {
  return shared(cacheDir, 'floor-hello-v1', async (tmp) => {
    writeFileSync(join(tmp, 'Hello.java'), 'public class Hello { public static void main(String[] a) {} }\n');
    writeFileSync(join(tmp, 'hello.cpp'), 'int main() { return 0; }\n');
    const tc = findToolchains();
    const [java, cpp] = await Promise.all([
      runTool(tc.javac, ['-d', '.', 'Hello.java'], tmp),
      runTool(tc.gxx, ['-O2', '-o', 'hello', 'hello.cpp'], tmp),
    ]);
    if (!java.ok || !cpp.ok) throw new Error(`cannot build the floor programs: ${java.output}${cpp.output}`);
  });
}

/**
 * Wall time (ms) of starting the bare runtime once through exactly the judge's path — runner, cgroup, and bubblewrap
 * when `sandboxed` — with the same flags: `python3 -S -c pass`, `node -e 0`, an empty Java main, an empty C++ binary.
 * The benchmark's floor.
 */
export async function measureFloor(
  language: Language,
  options: { sandboxed: boolean; cacheDir?: string; memoryMb?: number },
): Promise<number> {
  const cacheDir = options.cacheDir ?? process.env['AVANTIKA_JUDGE_CACHE'] ?? join(tmpdir(), 'avantika-judge-cache');
  const memoryMb = options.memoryMb ?? 256;
  const tc = findToolchains();
  const hello = await helloDir(cacheDir);
  const runner = await ensureRunner(cacheDir);
  const spec = languages[language];
  const command = {
    python: [tc.python, '-S', '-B', '-c', 'pass'],
    javascript: [tc.node, `--max-old-space-size=${memoryMb}`, '-e', '0'],
    java: [...spec.command(memoryMb, tc).slice(0, -3), '-cp', '.', 'Hello'],
    cpp: ['./hello'],
  }[language];
  const runDir = join(tmpdir(), `avantika-floor-${process.pid}-${Math.random().toString(36).slice(2)}`);
  mkdirSync(runDir);
  copyFileSync(join(hello, 'Hello.class'), join(runDir, 'Hello.class'));
  copyFileSync(join(hello, 'hello'), join(runDir, 'hello'));
  const cgroup = createRunCgroup((memoryMb + spec.memoryOverheadMb) * 1024 * 1024, 64);
  try {
    const t0 = performance.now();
    const outcome = await runSupervised({
      runnerPath: runner,
      command: options.sandboxed
        ? bwrapCommand(sandboxStatus().bwrap!, runDir, command, tc, 64 * 1024 * 1024)
        : command,
      cwd: runDir,
      env: RUN_ENV,
      cpuMs: 10_000,
      wallMs: 30_000,
      stackBytes: 512 * 1024 * 1024,
      fsizeBytes: 16 * 1024 * 1024,
      cgroup,
      stdoutCap: 4096,
      stderrKeep: 4096,
      resultCap: 4096,
    });
    const ms = performance.now() - t0;
    if (outcome.exitCode !== 0) throw new Error(`floor program for ${language} failed: ${outcome.stderr}`);
    return ms;
  } finally {
    cgroup?.killAll();
    cgroup?.destroy();
    rmSync(runDir, { recursive: true, force: true });
  }
}
