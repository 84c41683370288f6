/**
 * The words of a Markdown statement without its markup, for the search index: headings, emphasis, code fences and
 * spans, links, images, HTML tags, tables and list markers go; the text, inline code and code blocks' contents stay
 * (examples like `nums = [2,7,11,15]` are words people search for).
 */
export function markdownToText(markdown: string): string {
  return (
    markdown
      .replace(/\r\n/g, '\n')
      // Fences (``` or ~~~ with an optional language) leave their contents.
      .replace(/^\s*(?:```|~~~)[^\n]*$/gm, '')
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
      // Images keep their alt text, links their text.
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/^\s{0,3}#{1,6}\s+/gm, '')
      .replace(/^\s{0,3}>\s?/gm, '')
      .replace(/^\s*(?:[-*+]|\d+[.)])\s+/gm, '')
      // Table rules (|---|:--:|) go, cell separators become spaces.
      .replace(/^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-{0,}:?\s*$/gm, '')
      .replace(/\|/g, ' ')
      .replace(/`+/g, '')
      // Emphasis markers, not the underscores inside identifiers like max_sum.
      .replace(/(\*{1,3}|(?<![\w])_{1,3}|_{1,3}(?![\w]))/g, '')
      .replace(/\$\$?/g, '')
      .split('\n')
      .map((line) => line.replace(/[ \t]+/g, ' ').trim())
      .filter((line) => line !== '')
      .join('\n')
  );
}
