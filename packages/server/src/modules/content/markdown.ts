/** The parts of problem.md: front matter text (and the line it starts on) and the Markdown statement. */
export interface SplitProblemMarkdown {
  readonly frontMatter: string;
  readonly statement: string;
}

/** Splits `---\n<yaml>\n---\n<markdown>`; null when the file does not start with front matter. */
export function splitFrontMatter(text: string): SplitProblemMarkdown | null {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  if (!normalized.startsWith('---\n')) return null;
  const end = normalized.indexOf('\n---', 3);
  if (end < 0) return null;
  const after = normalized.indexOf('\n', end + 4);
  return {
    frontMatter: normalized.slice(4, end + 1),
    statement: normalizeMarkdown(after < 0 ? '' : normalized.slice(after + 1)),
  };
}

/** Trims surrounding blank lines and trailing spaces so whitespace-only edits do not make a new version. */
export function normalizeMarkdown(text: string): string {
  return text
    .replace(/\r\n/g, '\n')
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n')
    .trim();
}

/**
 * Markdown list items ("- ", "* ", "1. "), continuation lines indented under an item joined with newlines.
 * Returns the items and the 1-based lines that are neither items, continuations, blank nor headings.
 */
export function parseMarkdownList(text: string): { items: string[]; strayLines: number[] } {
  const items: string[] = [];
  const strayLines: number[] = [];
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  lines.forEach((raw, i) => {
    const line = raw.trimEnd();
    const item = /^(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (item) items.push(item[1]!.trim());
    else if (/^\s+\S/.test(line) && items.length > 0) items[items.length - 1] += `\n${line.trim()}`;
    else if (line !== '' && !line.startsWith('#')) strayLines.push(i + 1);
  });
  return { items, strayLines };
}

/** The list items under a "Constraints" heading of the statement (the seed's `constraints[]`). */
export function extractConstraints(statement: string): string[] {
  const lines = statement.split('\n');
  const start = lines.findIndex((l) => /^#{1,4}\s*constraints\b/i.test(l.trim()));
  if (start < 0) return [];
  const section: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^#{1,4}\s/.test(line.trim())) break;
    section.push(line);
  }
  // Constraints are usually code spans ("`1 <= n <= 10^5`"); the document stores the plain text.
  return parseMarkdownList(section.join('\n')).items.map((c) => c.replace(/^`(.*)`$/s, '$1'));
}

/** Writes hints back as a Markdown list (the inverse of {@link parseMarkdownList}). */
export function formatMarkdownList(items: readonly string[]): string {
  return `${items.map((item) => `- ${item.split('\n').join('\n  ')}`).join('\n')}\n`;
}
