import type { SnapshotPeriod, SnapshotReport, Sql } from '@avantika/server';
import type { AdminIo } from '../admin-io.js';
import { ExitError, UsageError } from '../exit-error.js';
import type { GamificationSnapshotOptions } from './gamification.js';

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'EHOSTUNREACH', '3D000', '28P01', '28000']);

function parseOptions(options: GamificationSnapshotOptions): { periods: SnapshotPeriod[]; at: Date } {
  if (options.period !== undefined && options.period !== 'weekly' && options.period !== 'monthly') {
    throw new UsageError(`"${options.period}" is not a snapshot period`, { hint: 'use --period weekly or monthly' });
  }
  const at = options.at === undefined ? new Date() : new Date(options.at);
  if (Number.isNaN(at.getTime()) || (options.at !== undefined && !/^\d{4}-\d{2}-\d{2}/.test(options.at))) {
    throw new UsageError(`"${options.at}" is not an ISO date-time`, { hint: 'e.g. --at 2026-12-01T00:00:00Z' });
  }
  return { periods: options.period ? [options.period] : ['weekly', 'monthly'], at };
}

/** Runs `gamification snapshot`: writes the last closed period's standings; a snapshot already written is kept. */
export async function runGamificationSnapshot(options: GamificationSnapshotOptions, io: AdminIo): Promise<void> {
  const { periods, at } = parseOptions(options);
  const server = await import('@avantika/server');
  let sql: Sql | undefined;
  try {
    sql = await server.openSql({
      databaseUrl: options.databaseUrl ?? io.env.DATABASE_URL,
      dataDir: options.dataDir ?? server.resolveDataDir(io.env),
    });
    const reports: SnapshotReport[] = [];
    for (const period of periods) reports.push(await server.writeLeaderboardSnapshot(sql, period, at));
    if (options.json) io.stdout(`${JSON.stringify(reports)}\n`);
    else {
      for (const r of reports) {
        const what = r.written ? `wrote ${r.written} row(s)` : 'already written (or no XP in it), nothing to do';
        io.stdout(`${r.period} ${r.periodKey} (from ${r.periodDate}): ${what}\n`);
      }
    }
  } catch (error) {
    if (error instanceof ExitError || error instanceof UsageError) throw error;
    const e = error as Error & { code?: string };
    if (typeof e.code === 'string' && NETWORK_CODES.has(e.code)) {
      throw new ExitError(4, `cannot reach the database: ${e.message}`, { code: 'UNAVAILABLE', cause: e });
    }
    throw new ExitError(1, e?.message ?? String(error), { code: 'INTERNAL', cause: error });
  } finally {
    await sql?.close();
  }
}
