/** Activity per local date (`YYYY-MM-DD` → count). */
export type ActivityByDate = Readonly<Record<string, number>>;

const shades = [' ', '░', '▒', '▓', '█'] as const;
const dayLabels = ['Mon', '', 'Wed', '', 'Fri', '', 'Sun'] as const;

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function shadeFor(count: number, max: number): string {
  if (count <= 0) return '·';
  const level = Math.min(4, Math.max(1, Math.ceil((count / Math.max(1, max)) * 4)));
  return shades[level] ?? '█';
}

/**
 * A GitHub-style year calendar for the terminal: 7 rows (Mon–Sun) × 53 week columns ending at `today`,
 * month initials above, shaded by activity. Uses plain characters so it survives NO_COLOR and pipes.
 */
export function renderHeatmap(activity: ActivityByDate, today: string, weeks = 53): string {
  const end = new Date(`${today}T00:00:00Z`);
  const endDow = (end.getUTCDay() + 6) % 7; // Monday = 0
  const start = new Date(end);
  start.setUTCDate(end.getUTCDate() - endDow - (weeks - 1) * 7);
  const max = Math.max(0, ...Object.values(activity));
  const rows: string[][] = Array.from({ length: 7 }, () => []);
  const months: string[] = [];
  for (let w = 0; w < weeks; w++) {
    for (let d = 0; d < 7; d++) {
      const day = new Date(start);
      day.setUTCDate(start.getUTCDate() + w * 7 + d);
      const row = rows[d] ?? [];
      row.push(day > end ? ' ' : shadeFor(activity[isoDate(day)] ?? 0, max));
      if (d === 0) {
        const first = day.getUTCDate() <= 7;
        months.push(first ? day.toLocaleString('en', { month: 'short', timeZone: 'UTC' }).charAt(0) : ' ');
      }
    }
  }
  const header = `    ${months.join('')}`;
  const body = rows.map((cells, d) => `${(dayLabels[d] ?? '').padEnd(4)}${cells.join('')}`);
  return [header, ...body, `    less · ░ ▒ ▓ █ more`].join('\n');
}
