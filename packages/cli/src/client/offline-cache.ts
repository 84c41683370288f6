import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { APIConnectionError } from '@avantika/sdk';
import { type CliContext, cacheDir } from '../context.js';

/** A value read through the cache: fresh from the server, or the last copy with the time it was saved. */
export interface Cached<T> {
  readonly value: T;
  readonly cachedAt?: Date;
}

function fileFor(ctx: CliContext, key: string): string {
  return join(cacheDir(ctx), `${key.replace(/[^a-zA-Z0-9._-]/g, '_')}.json`);
}

/**
 * Fetches `key` from the server and keeps a copy; when the server cannot be reached, serves the last copy instead
 * (marked with `cachedAt`). Other errors pass through unchanged.
 */
export async function readThroughCache<T>(ctx: CliContext, key: string, fetch: () => Promise<T>): Promise<Cached<T>> {
  const file = fileFor(ctx, key);
  try {
    const value = await fetch();
    await mkdir(cacheDir(ctx), { recursive: true });
    await writeFile(file, JSON.stringify(value));
    return { value };
  } catch (error) {
    if (!(error instanceof APIConnectionError)) throw error;
    try {
      const [text, info] = await Promise.all([readFile(file, 'utf8'), stat(file)]);
      return { value: JSON.parse(text) as T, cachedAt: info.mtime };
    } catch {
      throw error;
    }
  }
}
