import { execFile } from 'node:child_process';

/** The outcome of running a trusted tool (compiler) on the host. */
export interface ToolOutcome {
  ok: boolean;
  output: string;
  ms: number;
}

/** Runs a compiler with a timeout and captures its combined output (capped); never throws for a non-zero exit. */
export function runTool(cmd: string, args: string[], cwd: string, timeoutMs = 60_000): Promise<ToolOutcome> {
  const t0 = performance.now();
  return new Promise((resolve) => {
    execFile(
      cmd,
      args,
      {
        cwd,
        timeout: timeoutMs,
        maxBuffer: 4 * 1024 * 1024,
        env: { PATH: '/usr/local/bin:/usr/bin:/bin', LANG: 'C.UTF-8' },
      },
      (error, stdout, stderr) => {
        resolve({ ok: !error, output: `${stdout}${stderr}`, ms: performance.now() - t0 });
      },
    );
  });
}
