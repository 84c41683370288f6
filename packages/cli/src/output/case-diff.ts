import { structuredPatch } from 'diff';
import type { Style } from './style.js';

/** Pretty-prints a JSON value one array element per line when it is long, so a diff points at the differing part. */
export function formatValue(value: unknown): string {
  const flat = JSON.stringify(value);
  if (flat === undefined) return String(value);
  if (flat.length <= 60 || !Array.isArray(value)) return flat;
  return `[\n${value.map((item) => `  ${JSON.stringify(item)}`).join(',\n')}\n]`;
}

/** Makes trailing spaces, tabs and carriage returns visible so "looks the same" differences show. */
export function showWhitespace(line: string): string {
  return line
    .replace(/\t/g, '→')
    .replace(/\r/g, '␍')
    .replace(/ +$/, (spaces) => '·'.repeat(spaces.length));
}

/**
 * A unified diff of expected vs actual output (both JSON values or raw text), whitespace made visible,
 * `-` lines for expected and `+` lines for actual.
 */
export function renderCaseDiff(expected: unknown, actual: unknown, style: Style): string {
  const a = typeof expected === 'string' ? expected : formatValue(expected);
  const b = typeof actual === 'string' ? actual : formatValue(actual);
  const patch = structuredPatch('expected', 'actual', `${a}\n`, `${b}\n`, undefined, undefined, { context: 3 });
  const lines = [style.dim('--- expected'), style.dim('+++ actual')];
  for (const hunk of patch.hunks) {
    lines.push(style.cyan(`@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@`));
    for (const line of hunk.lines) {
      const body = showWhitespace(line.slice(1));
      if (line.startsWith('-')) lines.push(style.red(`-${body}`));
      else if (line.startsWith('+')) lines.push(style.green(`+${body}`));
      else if (!line.startsWith('\\')) lines.push(` ${body}`);
    }
  }
  return lines.join('\n');
}
