import { renderCaseDiff } from './case-diff.js';
import type { Style } from './style.js';

/** A case the judge failed, as `test` (a run's case) and `submit` (a verdict's first failure) both report it. */
export interface FailingCase {
  readonly input: readonly unknown[];
  readonly expected?: unknown;
  readonly actual?: unknown;
  readonly error?: string | undefined;
  readonly stdout?: string | undefined;
}

/** How {@link renderFailingCase} lays a case out: the label of the input line and a prefix for every line. */
export interface FailingCaseLayout {
  readonly label: string;
  readonly indent?: string;
}

/**
 * Renders a failing case the same way for `test` and `submit`: the input, the error, a unified diff of expected vs
 * actual (or the output alone when nothing is expected) and what the program printed. Ends with a newline.
 */
export function renderFailingCase(c: FailingCase, style: Style, layout: FailingCaseLayout): string {
  const indent = layout.indent ?? '';
  const lines = [`${layout.label}: ${c.input.map((a) => JSON.stringify(a)).join(', ')}`];
  if (c.error) lines.push(style.red(c.error));
  if (c.expected !== undefined) lines.push(...renderCaseDiff(c.expected, c.actual ?? null, style).split('\n'));
  else if (c.actual !== undefined) lines.push(`output: ${JSON.stringify(c.actual)}`);
  if (c.stdout) lines.push(style.dim('stdout:'), ...c.stdout.split('\n').map((l) => `│ ${l}`));
  return `${lines.map((line) => `${indent}${line}`).join('\n')}\n`;
}
