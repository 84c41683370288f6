import type { Award } from '@avantika/sdk';
import type { CliContext } from '../context.js';
import { createStyle } from './style.js';

/**
 * The lines that tell what an accepted submission or a finished quiz earned: XP gained with the level and streak, a
 * level-up, and each badge with its XP and reason. `nothingNew` says why no XP came (e.g. "already solved").
 */
export function awardLines(award: Award, nothingNew: string): string[] {
  const days = `${award.streak} day${award.streak === 1 ? '' : 's'}`;
  const gained = award.xpGained > 0 ? `+${award.xpGained} XP` : `no new XP (${nothingNew})`;
  const lines = [`${gained} · level ${award.level} · streak ${days}`];
  if (award.leveledUp) lines.push(`Level up! You are now level ${award.level} (${award.xpTotal} XP in total).`);
  for (const badge of award.badges) {
    lines.push(`Badge earned: ${badge.name} (+${badge.xpReward} XP) · ${badge.reason}`);
  }
  return lines;
}

/** Prints {@link awardLines} in yellow (plain under NO_COLOR or in a pipe). */
export function printAward(ctx: CliContext, award: Award, nothingNew: string): void {
  const style = createStyle(ctx);
  for (const line of awardLines(award, nothingNew)) ctx.stdout.write(`${style.yellow(line)}\n`);
}
