import { createHash } from 'node:crypto';

/**
 * The daily-problem rule: take the candidates (published, free coding problems ordered by slug), hash
 * `avantika-daily:<YYYY-MM-DD>` with SHA-256 and use its first 4 bytes as an unsigned integer modulo the number of
 * candidates. The same UTC date gives the same problem to everyone until the problem set changes.
 */
export function pickDailyIndex(date: string, count: number): number {
  if (count <= 0) return -1;
  const digest = createHash('sha256').update(`avantika-daily:${date}`).digest();
  return digest.readUInt32BE(0) % count;
}

/** Today's date in UTC as `YYYY-MM-DD`. */
export function utcDate(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
