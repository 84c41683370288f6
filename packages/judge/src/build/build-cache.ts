import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A finished build: a directory of artifacts, or a compile error (both are cached). */
export type BuildOutcome =
  | { ok: true; dir: string; compileMs: number; cached: boolean }
  | { ok: false; output: string; line: number | null; compileMs: number; cached: boolean };

/** sha256 over the parts, each length-prefixed so no two different part lists collide. */
export function hashParts(parts: string[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(`${Buffer.byteLength(p)}:`).update(p);
  return h.digest('hex');
}

const inFlight = new Map<string, Promise<BuildOutcome>>();

/**
 * Returns the cached build for `key`, or runs `build` into a fresh temp dir and publishes it with an atomic rename so
 * concurrent judges (in-process or other processes sharing the cache dir) never see half-written artifacts.
 */
export function cachedBuild(
  cacheDir: string,
  key: string,
  build: (dir: string) => Promise<{ ok: true } | { ok: false; output: string; line: number | null }>,
): Promise<BuildOutcome> {
  const final = join(cacheDir, 'builds', key);
  const existing = readDone(final);
  if (existing) return Promise.resolve(existing);
  const running = inFlight.get(final);
  if (running) return running.then((r) => ({ ...r, cached: true }));
  const promise = (async (): Promise<BuildOutcome> => {
    const tmp = join(cacheDir, 'builds', `.tmp-${randomUUID()}`);
    mkdirSync(tmp, { recursive: true });
    const t0 = performance.now();
    try {
      const r = await build(tmp);
      const compileMs = performance.now() - t0;
      writeFileSync(join(tmp, 'build.json'), JSON.stringify({ ...r, compileMs }));
      try {
        renameSync(tmp, final);
      } catch {
        // Another process published the same key first; its artifacts are equivalent.
        rmSync(tmp, { recursive: true, force: true });
      }
      return r.ok ? { ok: true, dir: final, compileMs, cached: false } : { ...r, compileMs, cached: false };
    } catch (error) {
      rmSync(tmp, { recursive: true, force: true });
      throw error;
    }
  })().finally(() => inFlight.delete(final));
  inFlight.set(final, promise);
  return promise;
}

function readDone(dir: string): BuildOutcome | undefined {
  const file = join(dir, 'build.json');
  if (!existsSync(file)) return undefined;
  const r = JSON.parse(readFileSync(file, 'utf8')) as { ok: boolean; output?: string; line?: number | null };
  return r.ok
    ? { ok: true, dir, compileMs: 0, cached: true }
    : { ok: false, output: r.output ?? '', line: r.line ?? null, compileMs: 0, cached: true };
}
