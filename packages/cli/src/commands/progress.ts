import type { LeaderboardEntry, Stats, Streak } from '@avantika/sdk';
import { withClient } from '../client/create-client.js';
import type { CliContext } from '../context.js';
import { UsageError } from '../errors.js';
import { createStyle, writeJson } from '../output/style.js';
import { renderHeatmap } from '../ui/heatmap.js';

/** "3h 12m" from now until `iso`. */
export function timeUntil(iso: string, now: Date): string {
  const minutes = Math.max(0, Math.round((new Date(iso).getTime() - now.getTime()) / 60_000));
  const h = Math.floor(minutes / 60);
  return h > 0 ? `${h}h ${minutes % 60}m` : `${minutes}m`;
}

/** Prints a streak: current and longest, whether today counts yet and when today's window closes in the user's zone. */
export function printStreak(ctx: CliContext, streak: Streak, now = new Date()): void {
  const style = createStyle(ctx);
  const days = `${streak.current} day${streak.current === 1 ? '' : 's'}`;
  ctx.stdout.write(
    `${style.bold(`Streak: ${days}`)} (longest ${streak.longest}) · freezes left: ${streak.freezesLeft}\n`,
  );
  if (streak.todayDone) ctx.stdout.write(`${style.green('✓')} Today (${streak.today}) is done.\n`);
  else {
    ctx.stdout.write(
      `${style.yellow('•')} Today (${streak.today}) is not done yet: solve a problem or finish a quiz within ${timeUntil(streak.windowClosesAt, now)} (${streak.timezone}).\n`,
    );
  }
}

/** `avantika streak`: your streak, computed by the server in your time zone. */
export async function showStreak(ctx: CliContext, options: { json?: boolean }): Promise<void> {
  const streak = await withClient(ctx, { requireAuth: true }, (client) => client.me.streak());
  if (options.json) writeJson(ctx, streak);
  else printStreak(ctx, streak);
}

function bar(count: number, max: number, width = 20): string {
  const filled = max > 0 ? Math.round((count / max) * width) : 0;
  return `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
}

/** Prints XP and level, solved counts per difficulty, the year heatmap and badges. */
export function printStats(ctx: CliContext, stats: Stats, today: string): void {
  const style = createStyle(ctx);
  const s = stats.solved;
  const max = Math.max(s.easy, s.medium, s.hard, s.expert, 1);
  const lines = [
    `${style.bold(`Level ${stats.level}`)} · ${stats.xpTotal} XP (${stats.xpThisWeek} this week) · next level at ${stats.nextLevelXp} XP`,
    '',
    `Solved ${s.total}`,
    `  easy    ${style.green(bar(s.easy, max))} ${s.easy}`,
    `  medium  ${style.yellow(bar(s.medium, max))} ${s.medium}`,
    `  hard    ${style.red(bar(s.hard, max))} ${s.hard}`,
    '',
    renderHeatmap(Object.fromEntries(stats.activity.map((a) => [a.date, a.count])), today),
  ];
  if (stats.badges.length > 0) {
    lines.push('', style.bold('Badges'));
    for (const b of stats.badges) lines.push(`  ★ ${b.name} — ${b.reason} (${b.grantedAt.slice(0, 10)})`);
  }
  ctx.stdout.write(`${lines.join('\n')}\n`);
}

/** `avantika stats`: XP, level, solved by difficulty, a year calendar heatmap and badges. */
export async function showStats(ctx: CliContext, options: { json?: boolean }): Promise<void> {
  const [stats, streak] = await withClient(ctx, { requireAuth: true }, (client) =>
    Promise.all([client.me.stats(), client.me.streak()]),
  );
  if (options.json) writeJson(ctx, stats);
  else printStats(ctx, stats, streak.today);
}

/** `avantika leaderboard [weekly|monthly|alltime]`: the top rows, your rank and the rows around you. */
export async function showLeaderboard(
  ctx: CliContext,
  period: string | undefined,
  options: { limit?: string; json?: boolean },
): Promise<void> {
  const name = period ?? 'weekly';
  if (!['weekly', 'monthly', 'alltime'].includes(name)) {
    throw new UsageError(`Unknown period "${name}".`, { hint: 'Use weekly, monthly or alltime.' });
  }
  const limit = options.limit === undefined ? 10 : Number(options.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw new UsageError('--limit must be 1 to 100.');
  const board = await withClient(ctx, { requireAuth: true }, (client) =>
    client.leaderboards.get(name as 'weekly' | 'monthly' | 'alltime', { limit }),
  );
  if (options.json) {
    writeJson(ctx, board);
    return;
  }
  const style = createStyle(ctx);
  const row = (e: LeaderboardEntry) => {
    const line = `${String(e.rank).padStart(4)}  ${e.username.padEnd(20)} ${String(e.xp).padStart(7)} XP`;
    return board.me && e.userId === board.me.userId ? style.bold(style.cyan(`${line}  ← you`)) : line;
  };
  const lines = [style.bold(`${name} leaderboard (${board.periodKey})`), ...board.top.map(row)];
  const shown = new Set(board.top.map((e) => e.userId));
  const around = board.neighbours.filter((e) => !shown.has(e.userId));
  if (around.length > 0) lines.push('   …', ...around.map(row));
  if (!board.me) lines.push(style.dim('You have no XP in this period yet: solve a problem or finish a quiz.'));
  ctx.stdout.write(`${lines.join('\n')}\n`);
}
