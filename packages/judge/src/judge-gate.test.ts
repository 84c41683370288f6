import { describe, expect, it } from 'vitest';
import { createJudgeGate } from './judge-gate.js';

/** A run that records when it starts and finishes only when released. */
function heldRun(name: string, log: string[]) {
  let release!: () => void;
  const released = new Promise<void>((r) => {
    release = r;
  });
  return {
    run: async () => {
      log.push(`start ${name}`);
      await released;
      log.push(`end ${name}`);
      return name;
    },
    release: () => release(),
  };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('createJudgeGate', () => {
  it('runs shared judgings side by side', async () => {
    const gate = createJudgeGate();
    const log: string[] = [];
    const a = heldRun('a', log);
    const b = heldRun('b', log);
    const both = Promise.all([gate.shared(a.run), gate.shared(b.run)]);
    await tick();
    expect(log).toEqual(['start a', 'start b']);
    a.release();
    b.release();
    expect(await both).toEqual(['a', 'b']);
  });

  it('starts an exclusive judging only when the shared ones in flight are done, and holds later ones back', async () => {
    const gate = createJudgeGate();
    const log: string[] = [];
    const a = heldRun('a', log);
    const x = heldRun('x', log);
    const b = heldRun('b', log);
    const pa = gate.shared(a.run);
    const px = gate.exclusive(x.run);
    const pb = gate.shared(b.run);
    await tick();
    expect(log).toEqual(['start a']);
    a.release();
    await pa;
    await tick();
    expect(log).toEqual(['start a', 'end a', 'start x']);
    x.release();
    await px;
    await tick();
    expect(log.slice(3)).toEqual(['end x', 'start b']);
    b.release();
    await pb;
  });

  it('lets the next judging in when a run throws', async () => {
    const gate = createJudgeGate();
    await expect(gate.exclusive(async () => Promise.reject(new Error('boom')))).rejects.toThrow();
    expect(await gate.shared(async () => 'after')).toBe('after');
  });
});
