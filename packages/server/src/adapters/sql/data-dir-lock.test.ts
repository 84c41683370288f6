import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockDataDir } from './data-dir-lock.js';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
}

describe('lockDataDir', () => {
  it('refuses a data directory that a live process holds, naming DATA_DIR_LOCKED', () => {
    const dir = mkdtempSync(join(tmpdir(), 'avantika-lock-'));
    // The parent of this test process is alive and is not us.
    writeFileSync(join(dir, 'avantika.lock'), String(process.ppid));
    expect(codeOf(() => lockDataDir(dir))).toBe('DATA_DIR_LOCKED');
    rmSync(dir, { recursive: true, force: true });
  });

  it('takes over a lock left by a process that has exited, and releases it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'avantika-lock-'));
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    writeFileSync(join(dir, 'avantika.lock'), dead);
    const release = lockDataDir(dir);
    expect(existsSync(join(dir, 'avantika.lock'))).toBe(true);
    release();
    expect(existsSync(join(dir, 'avantika.lock'))).toBe(false);
    lockDataDir(dir)();
    rmSync(dir, { recursive: true, force: true });
  });
});
