// Helpers for benchmarks: time commands round-robin so load drifts hit baseline and subject alike.
import { spawnSync } from 'node:child_process';

/** Median of a list of numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The q-quantile (0..1) of a list of numbers, nearest-rank. */
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/** Runs each command `runs` times, interleaved, and returns wall times in ms per command name. */
export function timeCommands(commands, { runs = 20, warmup = 2 } = {}) {
  const times = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
  for (let i = 0; i < warmup + runs; i++) {
    for (const [name, [cmd, ...args]] of Object.entries(commands)) {
      const t0 = process.hrtime.bigint();
      const r = spawnSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (r.status !== 0) throw new Error(`${name} exited ${r.status}: ${r.stderr}`);
      if (i >= warmup) times[name].push(ms);
    }
  }
  return times;
}

/** Prints one line per subject: median, p95 and the ratio of medians against the baseline. */
export function report(title, times, baseline) {
  const base = median(times[baseline]);
  console.log(`# ${title}`);
  for (const [name, values] of Object.entries(times)) {
    const m = median(values);
    const ratio = name === baseline ? '(baseline)' : `${(m / base).toFixed(2)}x baseline`;
    console.log(
      `${name.padEnd(28)} median ${m.toFixed(1).padStart(7)} ms  p95 ${quantile(values, 0.95).toFixed(1).padStart(7)} ms  ${ratio}`,
    );
  }
}
