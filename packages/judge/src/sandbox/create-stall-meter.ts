import { readFileSync } from 'node:fs';

const read = (path: string): string => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
};

/** How long a run has been held up by the machine rather than by itself; see createStallMeter. */
export interface StallMeter {
  /** Looks at the run's threads now; call it every few tens of ms while the run lasts. */
  sample(): void;
  /** Time (ms) a thread spent runnable but queued for a CPU, plus time blocked writing to the judge's pipes. */
  stalledMs(): number;
}

// Where a writer sleeps on a full channel: a pipe, or the Unix socket pair Node (libuv) makes for a child's stdio.
const FULL_CHANNEL = /(?:pipe_write|sock_alloc_send_pskb)$/;
// write(2) and writev(2) on x86-64 and arm64; fds 1–3 are the judge's stdout, stderr and result channels.
const WRITE_SYSCALLS = new Set(['1', '20', '64', '66']);

/**
 * Measures what the wall-clock limit should not count, for the threads listed in `tasksFile` (a cgroup's `tasks` or
 * `cgroup.threads`): the longest run-queue delay of any of them (`/proc/<tid>/schedstat`; the maximum, since threads
 * often wait at once, and an under-estimate only keeps the limit strict), and the sampled time during which one was
 * blocked writing to a full judge channel (`wchan` pipe_write or sock_alloc_send_pskb, in write(2) on fd 1–3) because the judge process, which reads and
 * compares the results, was itself kept off the CPUs.
 */
export function createStallMeter(tasksFile: string): StallMeter {
  let blockedMs = 0;
  let queuedMs = 0;
  let last = performance.now();
  let wasBlocked = false;
  return {
    sample() {
      const now = performance.now();
      let blocked = false;
      let queued = 0;
      for (const tid of read(tasksFile).split('\n')) {
        if (tid === '') continue;
        // schedstat is "<ns on a CPU> <ns waiting on a run queue> <timeslices>".
        const delay = Number(read(`/proc/${tid}/schedstat`).split(' ')[1]);
        if (Number.isFinite(delay) && delay > queued) queued = delay;
        if (!blocked && FULL_CHANNEL.test(read(`/proc/${tid}/wchan`))) {
          const [nr, fd] = read(`/proc/${tid}/syscall`).split(' ');
          blocked = WRITE_SYSCALLS.has(nr ?? '') && ['0x1', '0x2', '0x3'].includes(fd ?? '');
        }
      }
      // Blocked at both samples: the whole gap counts; at one of them: half of it.
      if (blocked || wasBlocked) blockedMs += ((now - last) * (Number(blocked) + Number(wasBlocked))) / 2;
      queuedMs = Math.max(queuedMs, queued / 1e6);
      wasBlocked = blocked;
      last = now;
    },
    stalledMs: () => blockedMs + queuedMs,
  };
}
