import type { Style } from './style.js';

/**
 * Renders the Markdown subset problem statements use for a terminal: headings in bold, fenced code indented,
 * **bold** and `code` highlighted, lists kept. Plain text under NO_COLOR.
 */
export function renderMarkdown(markdown: string, style: Style): string {
  const out: string[] = [];
  let inFence = false;
  for (const line of markdown.replace(/\r\n/g, '\n').split('\n')) {
    if (/^\s*```/.test(line)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      out.push(`    ${style.cyan(line)}`);
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      out.push(style.bold(heading[2] ?? ''));
      continue;
    }
    out.push(
      line
        .replace(/\*\*([^*]+)\*\*/g, (_, t: string) => style.bold(t))
        .replace(/`([^`]+)`/g, (_, t: string) => style.cyan(t))
        .replace(/^(\s*)[-*] /, '$1• '),
    );
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n');
}
