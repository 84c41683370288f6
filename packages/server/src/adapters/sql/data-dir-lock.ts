import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { MigrationError } from '../../migrations/migration-error.js';

/** True when a process with this pid exists (ours or another user's). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM means the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes `<dir>/avantika.lock` for this process. PGlite has no cross-process locking and two processes writing one
 * data directory corrupt it (say, `avantika-admin migrate up` while the server runs), so a second opener fails with
 * DATA_DIR_LOCKED naming the holder's pid. A lock left by a dead process is taken over. Returns the release function.
 */
export function lockDataDir(dir: string): () => void {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'avantika.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(file, 'utf8').trim());
      if (holder && holder !== process.pid && isProcessAlive(holder)) {
        throw new MigrationError('DATA_DIR_LOCKED', `${dir} is in use by process ${holder}`, { pid: holder });
      }
      rmSync(file, { force: true }); // stale: its process is gone (or it is ours from an unclosed handle)
    }
  }
  throw new MigrationError('DATA_DIR_LOCKED', `${dir} could not be locked`);
}
