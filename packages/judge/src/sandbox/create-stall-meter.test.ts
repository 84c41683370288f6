import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createStallMeter } from './create-stall-meter.js';
import { createRunCgroup, detectCgroupMode } from './run-cgroup.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('createStallMeter', () => {
  it.runIf(detectCgroupMode() !== 'none')(
    'counts the time a run spends blocked writing to a judge channel nobody reads',
    async () => {
      const cgroup = createRunCgroup(256 * 1024 * 1024, 16)!;
      // The writer joins the cgroup, then fills its stdout (a channel this test never reads) and blocks on it.
      const script = `for f in ${cgroup.procsFiles.join(' ')}; do echo $$ > $f; done; exec python3 -c "import os
while True: os.write(1, b'x' * 65536)"`;
      const child = spawn('/bin/sh', ['-c', script], { stdio: ['ignore', 'pipe', 'inherit'] });
      child.stdout!.pause();
      try {
        const meter = createStallMeter(cgroup.tasksFile);
        for (let i = 0; i < 40 && meter.stalledMs() === 0; i++) {
          meter.sample();
          await sleep(100);
        }
        expect(meter.stalledMs()).toBeGreaterThan(0);
      } finally {
        child.kill('SIGKILL');
        cgroup.killAll();
        await new Promise((r) => child.once('close', r));
        cgroup.destroy();
      }
    },
    60_000,
  );

  it('measures nothing for a run without threads', () => {
    const meter = createStallMeter('/nonexistent/tasks');
    meter.sample();
    expect(meter.stalledMs()).toBe(0);
  });
});
