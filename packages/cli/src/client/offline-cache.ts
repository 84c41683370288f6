import { mkdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { APIConnectionError } from '@avantika/sdk';
import { type CliContext, cacheDir } from '../context.js';

/** A value read through the cache: fresh from the server, or the last copy with the time it was last confirmed. */
export interface Cached<T> {
  readonly value: T;
  readonly cachedAt?: Date;
}

/** What a revalidating fetch answers: a new value, or `unchanged` when the server confirmed the cached one (304). */
export type Revalidation<T> = { readonly unchanged: true } | { readonly unchanged: false; readonly value: T };

// Version 2 files hold `{ v: 2, value }`, where values carry their ETags; older files are ignored.
interface CacheFile<T> {
  readonly v: 2;
  readonly value: T;
}

function fileFor(ctx: CliContext, key: string): string {
  return join(cacheDir(ctx), `${key.replace(/[^a-zA-Z0-9._-]/g, '_')}.json`);
}

async function readEntry<T>(file: string): Promise<{ value: T; savedAt: Date } | undefined> {
  try {
    const [text, info] = await Promise.all([readFile(file, 'utf8'), stat(file)]);
    const parsed = JSON.parse(text) as Partial<CacheFile<T>>;
    return parsed.v === 2 && parsed.value !== undefined ? { value: parsed.value, savedAt: info.mtime } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads `key` through the offline cache. `fetch` gets the cached value (with the ETags it stored) so it can revalidate
 * with `If-None-Match`; on `unchanged` the cached value is used and its time refreshed. When the server cannot be
 * reached (refused, timed out), the cached value is served with `cachedAt`; other errors pass through unchanged.
 */
export async function readThroughCache<T>(
  ctx: CliContext,
  key: string,
  fetch: (previous: T | undefined) => Promise<Revalidation<T>>,
): Promise<Cached<T>> {
  const file = fileFor(ctx, key);
  const entry = await readEntry<T>(file);
  let result: Revalidation<T>;
  try {
    result = await fetch(entry?.value);
  } catch (error) {
    if (!(error instanceof APIConnectionError) || entry === undefined) throw error;
    return { value: entry.value, cachedAt: entry.savedAt };
  }
  if (result.unchanged) {
    if (entry === undefined) throw new Error(`the server confirmed a copy of ${key} this CLI does not have`);
    const now = new Date();
    await utimes(file, now, now).catch(() => undefined);
    return { value: entry.value };
  }
  await mkdir(cacheDir(ctx), { recursive: true });
  await writeFile(file, JSON.stringify({ v: 2, value: result.value } satisfies CacheFile<T>));
  return { value: result.value };
}

/** "12 seconds", "5 minutes", "3 hours", "2 days": how long ago `then` was, for the cached-copy note. */
export function formatAge(then: Date, now: Date = new Date()): string {
  const seconds = Math.max(0, Math.round((now.getTime() - then.getTime()) / 1000));
  const [amount, unit] =
    seconds < 90
      ? [seconds, 'second']
      : seconds < 90 * 60
        ? [Math.round(seconds / 60), 'minute']
        : seconds < 36 * 3600
          ? [Math.round(seconds / 3600), 'hour']
          : [Math.round(seconds / 86400), 'day'];
  return `${amount} ${unit}${amount === 1 ? '' : 's'}`;
}
