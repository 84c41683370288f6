import { readFileSync } from 'node:fs';

const read = (path: string): string => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
};

/**
 * The longest time (ms) any thread listed in `tasksFile` (a cgroup's `tasks` or `cgroup.threads`) has spent runnable
 * but waiting for a CPU, from the scheduler's `/proc/<tid>/schedstat` (run_delay); 0 when the kernel keeps no
 * schedstats. The maximum, not the sum: threads of one program often wait at the same time, and an under-estimate
 * only makes the wall-clock limit stricter.
 */
export function runQueueDelayMs(tasksFile: string): number {
  let max = 0;
  for (const tid of read(tasksFile).split('\n')) {
    if (tid === '') continue;
    // schedstat is "<ns on a CPU> <ns waiting on a run queue> <timeslices>".
    const delay = Number(read(`/proc/${tid}/schedstat`).split(' ')[1]);
    if (Number.isFinite(delay) && delay > max) max = delay;
  }
  return max / 1e6;
}
