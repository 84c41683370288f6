import { randomUUID } from 'node:crypto';
import { accessSync, constants, existsSync, mkdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Which cgroup flavour limits a run: v1 hierarchies, a v2 unified tree, or none (rlimits only). */
export type CgroupMode = 'v1' | 'v2' | 'none';

/** A per-run cgroup: the files the runner joins, and readings after (or during) the run. */
export interface RunCgroup {
  procsFiles: string[];
  cpuUs(): number;
  /** The file listing the run's threads (for createStallMeter). */
  tasksFile: string;
  peakBytes(): number;
  memoryExceeded(): boolean;
  killAll(): void;
  destroy(): void;
}

const V1 = '/sys/fs/cgroup';
const PARENT = 'avantika-judge';

const read = (path: string): string => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
};
const writable = (dir: string): boolean => {
  try {
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
};

let detected: CgroupMode | undefined;

/** Detects once which cgroup flavour this process may create per-run groups in. */
export function detectCgroupMode(): CgroupMode {
  if (detected) return detected;
  detected = 'none';
  const v2Controllers = read(join(V1, 'cgroup.controllers'));
  if (v2Controllers.includes('memory') && v2Controllers.includes('pids') && writable(V1)) {
    try {
      mkdirSync(join(V1, PARENT), { recursive: true });
      writeFileSync(join(V1, 'cgroup.subtree_control'), '+memory +pids +cpu');
      writeFileSync(join(V1, PARENT, 'cgroup.subtree_control'), '+memory +pids +cpu');
      detected = 'v2';
    } catch {
      // A v2 tree we cannot delegate controllers in is as good as none.
    }
  } else if (['memory', 'pids', 'cpuacct'].every((c) => writable(join(V1, c)))) {
    try {
      for (const c of ['memory', 'pids', 'cpuacct']) mkdirSync(join(V1, c, PARENT), { recursive: true });
      detected = 'v1';
    } catch {
      // Mounted but not ours to write: fall back to rlimits.
    }
  }
  return detected;
}

/** Creates a cgroup for one run with a memory limit (no swap) and a process limit; undefined when none is writable. */
export function createRunCgroup(memoryBytes: number, maxPids: number): RunCgroup | undefined {
  const mode = detectCgroupMode();
  const id = randomUUID();
  if (mode === 'v1') {
    const dir = (c: string) => join(V1, c, PARENT, id);
    for (const c of ['memory', 'pids', 'cpuacct']) mkdirSync(dir(c));
    writeFileSync(join(dir('memory'), 'memory.limit_in_bytes'), String(memoryBytes));
    if (existsSync(join(dir('memory'), 'memory.memsw.limit_in_bytes'))) {
      writeFileSync(join(dir('memory'), 'memory.memsw.limit_in_bytes'), String(memoryBytes));
    }
    writeFileSync(join(dir('pids'), 'pids.max'), String(maxPids));
    const procs = ['memory', 'pids', 'cpuacct'].map((c) => join(dir(c), 'cgroup.procs'));
    return {
      procsFiles: procs,
      cpuUs: () => Number(read(join(dir('cpuacct'), 'cpuacct.usage')) || 0) / 1000,
      tasksFile: join(dir('cpuacct'), 'tasks'),
      peakBytes: () => Number(read(join(dir('memory'), 'memory.max_usage_in_bytes')) || 0),
      memoryExceeded: () =>
        Number(read(join(dir('memory'), 'memory.failcnt')) || 0) > 0 ||
        /oom_kill [1-9]/.test(read(join(dir('memory'), 'memory.oom_control'))),
      killAll: () => killPids(read(procs[0]!)),
      destroy: () => {
        for (const c of ['memory', 'pids', 'cpuacct']) removeDir(dir(c));
      },
    };
  }
  if (mode === 'v2') {
    const dir = join(V1, PARENT, id);
    mkdirSync(dir);
    writeFileSync(join(dir, 'memory.max'), String(memoryBytes));
    if (existsSync(join(dir, 'memory.swap.max'))) writeFileSync(join(dir, 'memory.swap.max'), '0');
    writeFileSync(join(dir, 'pids.max'), String(maxPids));
    return {
      procsFiles: [join(dir, 'cgroup.procs')],
      cpuUs: () => Number(/usage_usec (\d+)/.exec(read(join(dir, 'cpu.stat')))?.[1] ?? 0),
      tasksFile: join(dir, 'cgroup.threads'),
      peakBytes: () => Number(read(join(dir, 'memory.peak')) || 0),
      memoryExceeded: () => /(?:^|\n)(?:max|oom_kill) [1-9]/.test(read(join(dir, 'memory.events'))),
      killAll: () => {
        if (existsSync(join(dir, 'cgroup.kill'))) writeFileSync(join(dir, 'cgroup.kill'), '1');
        else killPids(read(join(dir, 'cgroup.procs')));
      },
      destroy: () => removeDir(dir),
    };
  }
  return undefined;
}

function killPids(list: string): void {
  for (const pid of list.split('\n').filter(Boolean)) {
    try {
      process.kill(Number(pid), 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}

function removeDir(dir: string): void {
  // rmdir fails with EBUSY while the last killed task is still being reaped; a few quick retries cover it.
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      rmdirSync(dir);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      const until = Date.now() + 5;
      while (Date.now() < until) {
        // Busy-wait a few ms: destroy is called from synchronous cleanup paths.
      }
    }
  }
}
