import type { SnapshotPeriod, SnapshotReport } from '@avantika/server';
import type { AdminIo } from '../admin-io.js';
import { UsageError } from '../exit-error.js';
import { withAdminSql } from '../with-admin-sql.js';
import type { GamificationSnapshotOptions } from './gamification.js';

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
  await withAdminSql(options, io, async (sql, server) => {
    const reports: SnapshotReport[] = [];
    for (const period of periods) reports.push(await server.writeLeaderboardSnapshot(sql, period, at));
    if (options.json) io.stdout(`${JSON.stringify(reports)}\n`);
    else {
      for (const r of reports) {
        const what = r.written ? `wrote ${r.written} row(s)` : 'already written (or no XP in it), nothing to do';
        io.stdout(`${r.period} ${r.periodKey} (from ${r.periodDate}): ${what}\n`);
      }
    }
  });
}
