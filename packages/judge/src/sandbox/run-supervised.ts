import { spawn } from 'node:child_process';
import { createStallMeter } from './create-stall-meter.js';
import type { RunCgroup } from './run-cgroup.js';

/** What to run and under which limits; the command is already wrapped in the sandbox when there is one. */
export interface SupervisedRun {
  runnerPath: string;
  command: string[];
  cwd: string;
  env: Record<string, string>;
  cpuMs: number;
  wallMs: number;
  asBytes?: number;
  stackBytes: number;
  fsizeBytes: number;
  cgroup?: RunCgroup | undefined;
  stdoutCap: number;
  stderrKeep: number;
  resultCap: number;
  /** Called per complete line on the result channel; return false to stop the run (first failure). */
  onLine?: (line: string) => boolean;
}

/** How a supervised run ended, with the raw facts the judge turns into a verdict. */
export interface SupervisedOutcome {
  exitCode: number | null;
  signal: number;
  cpuMs: number;
  maxRssKb: number;
  wallMs: number;
  /** How long (ms) the machine held the run up, as of the last wall-clock check (see createStallMeter). */
  stalledMs: number;
  killedFor: 'wall' | 'cpu' | 'stdout' | 'result' | 'stopped' | null;
  stdout: string;
  stderr: string;
  runnerError: string | null;
}

const STARVED_WALL_CAP = 4;

/** Runs a command under the runner, streaming result lines and enforcing wall, CPU (cgroup-polled) and output caps. */
export function runSupervised(run: SupervisedRun): Promise<SupervisedOutcome> {
  const started = performance.now();
  const cgroupFiles = run.cgroup ? run.cgroup.procsFiles.join(':') : '-';
  const args = [
    '4',
    String(Math.ceil(run.cpuMs / 1000) + 1),
    String(run.asBytes ?? 0),
    String(run.stackBytes),
    String(run.fsizeBytes),
    cgroupFiles,
    '--',
    ...run.command,
  ];
  const child = spawn(run.runnerPath, args, {
    cwd: run.cwd,
    env: run.env,
    stdio: ['ignore', 'pipe', 'pipe', 'pipe', 'pipe'],
    detached: true,
  });
  let killedFor: SupervisedOutcome['killedFor'] = null;
  let stdout = '';
  let stdoutBytes = 0;
  let stderr = '';
  let resultBytes = 0;
  let pending = '';
  let report = '';
  let stopped = false;
  const stop = (why: NonNullable<SupervisedOutcome['killedFor']>): void => {
    if (stopped) return;
    stopped = true;
    killedFor = why;
    try {
      process.kill(child.pid!, 'SIGTERM');
    } catch {
      // The runner already exited.
    }
    run.cgroup?.killAll();
    // The runner kills the process group on SIGTERM; this is the backstop if it is wedged.
    setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // Gone.
      }
    }, 2000).unref();
  };
  child.stdout!.on('data', (chunk: Buffer) => {
    stdoutBytes += chunk.length;
    if (stdout.length < run.stdoutCap)
      stdout += chunk.toString('utf8', 0, Math.min(chunk.length, run.stdoutCap - stdout.length));
    if (stdoutBytes > run.stdoutCap * 64 && !stopped) stop('stdout');
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    if (stderr.length < run.stderrKeep)
      stderr += chunk.toString('utf8', 0, Math.min(chunk.length, run.stderrKeep - stderr.length));
  });
  const results = child.stdio[3] as NodeJS.ReadableStream;
  results.on('data', (chunk: Buffer) => {
    if (stopped) return;
    resultBytes += chunk.length;
    if (resultBytes > run.resultCap) return stop('result');
    pending += chunk.toString('utf8');
    let nl = pending.indexOf('\n');
    while (nl >= 0 && !stopped) {
      const line = pending.slice(0, nl);
      pending = pending.slice(nl + 1);
      if (run.onLine && !run.onLine(line)) stop('stopped');
      nl = pending.indexOf('\n');
    }
  });
  (child.stdio[4] as NodeJS.ReadableStream).on('data', (chunk: Buffer) => {
    report += chunk.toString('utf8');
  });
  // The wall-clock limit catches programs that sleep or block. Time the machine held the run up — queued for a CPU
  // behind other load, or blocked on a full pipe while this (starved) process was slow to read it — is not that, so it
  // is added back, up to STARVED_WALL_CAP × the limit; the CPU limit still bounds a program that computes.
  const meter = run.cgroup ? createStallMeter(run.cgroup.tasksFile) : undefined;
  const stallPoll = meter ? setInterval(() => meter.sample(), 100) : undefined;
  let stalledMs = 0;
  const onWall = (): void => {
    const elapsed = performance.now() - started;
    meter?.sample();
    stalledMs = meter?.stalledMs() ?? 0;
    const left = Math.min(run.wallMs - (elapsed - stalledMs), run.wallMs * STARVED_WALL_CAP - elapsed);
    if (left > 0) wall = setTimeout(onWall, Math.max(20, left));
    else stop('wall');
  };
  let wall = setTimeout(onWall, run.wallMs);
  const cpuPoll = run.cgroup
    ? setInterval(() => {
        if (run.cgroup!.cpuUs() / 1000 > run.cpuMs) stop('cpu');
      }, 20)
    : undefined;
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    // Once the runner has reaped the submission, anything it left behind (a daemonized child holding the pipes
    // open) goes too, so 'close' is not held up until the wall clock.
    child.on('exit', () => run.cgroup?.killAll());
    child.on('close', (code) => {
      clearTimeout(wall);
      if (cpuPoll) clearInterval(cpuPoll);
      if (stallPoll) clearInterval(stallPoll);
      const [exit, signal, cpuUs, rss] = report.trim().split(' ').map(Number);
      const reported = report.trim() !== '';
      resolve({
        exitCode: reported && exit !== -1 ? exit! : null,
        signal: reported ? signal! : 9,
        cpuMs: Math.max(reported ? cpuUs! / 1000 : 0, run.cgroup ? run.cgroup.cpuUs() / 1000 : 0),
        maxRssKb: reported ? rss! : 0,
        wallMs: performance.now() - started,
        stalledMs,
        killedFor,
        stdout,
        stderr,
        runnerError: code !== 0 && !reported ? `runner exited ${code}: ${stderr.slice(0, 500)}` : null,
      });
    });
  });
}
