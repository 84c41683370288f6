import { execFile } from 'node:child_process';

/** The outcome of running a trusted tool (compiler) on the host. */
export interface ToolOutcome {
  ok: boolean;
  output: string;
  ms: number;
  /**
   * The tool never finished: killed by the wall-clock backstop, or its compile server died. That says nothing about
   * the source, so callers must not cache it or report it as a compile error.
   */
  stalled: boolean;
}

/** Limits of one tool run: CPU seconds per process (what a slow source costs) and a wall-clock backstop. */
export interface ToolLimits {
  cpuSeconds?: number;
  wallMs?: number;
}

// CPU time, not wall time, is what a runaway compile (a template bomb) costs: on a machine whose cores other work
// keeps busy, g++ needing 8 s of CPU for the precompiled header has been measured taking 164 s of wall time.
const CPU_SECONDS = 60;
const WALL_MS = 15 * 60_000;

/**
 * Runs a compiler under a CPU-time limit (RLIMIT_CPU through `sh -c ulimit -t`, inherited by cc1plus and friends) and a
 * wall-clock backstop, capturing its combined output (capped); never throws for a non-zero exit.
 */
export function runTool(cmd: string, args: string[], cwd: string, limits: ToolLimits = {}): Promise<ToolOutcome> {
  const t0 = performance.now();
  const cpu = String(limits.cpuSeconds ?? CPU_SECONDS);
  return new Promise((resolve) => {
    execFile(
      '/bin/sh',
      ['-c', 'ulimit -t "$1" && shift && exec "$@"', 'sh', cpu, cmd, ...args],
      {
        cwd,
        timeout: limits.wallMs ?? WALL_MS,
        maxBuffer: 4 * 1024 * 1024,
        env: { PATH: '/usr/local/bin:/usr/bin:/bin', LANG: 'C.UTF-8' },
      },
      (error, stdout, stderr) => {
        const stalled = Boolean(error?.killed);
        const why = stalled ? `\n${cmd} did not finish within ${limits.wallMs ?? WALL_MS} ms of wall-clock time` : '';
        resolve({ ok: !error, output: `${stdout}${stderr}${why}`, ms: performance.now() - t0, stalled });
      },
    );
  });
}
