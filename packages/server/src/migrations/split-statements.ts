/** One SQL statement cut out of a script, with the 1-based line its first token is on. */
export interface ScriptStatement {
  readonly text: string;
  readonly line: number;
}

/**
 * Splits a PostgreSQL script at top-level semicolons, skipping semicolons inside quotes, quoted identifiers,
 * dollar-quoted bodies and comments, so each statement runs on its own and an error can name its line.
 */
export function splitStatements(script: string): ScriptStatement[] {
  const statements: ScriptStatement[] = [];
  let line = 1;
  let start = -1; // index of the current statement's first significant character
  let startLine = 1;
  let i = 0;
  const flush = (end: number) => {
    if (start >= 0) statements.push({ text: script.slice(start, end).trim(), line: startLine });
    start = -1;
  };
  const mark = () => {
    if (start < 0) {
      start = i;
      startLine = line;
    }
  };
  // Advances to `end` (exclusive), counting newlines on the way.
  const skipTo = (end: number) => {
    for (; i < end; i++) if (script[i] === '\n') line++;
  };
  while (i < script.length) {
    const c = script[i]!;
    const next = script[i + 1];
    if (c === '\n') {
      line++;
      i++;
    } else if (c === '-' && next === '-') {
      const end = script.indexOf('\n', i);
      i = end < 0 ? script.length : end;
    } else if (c === '/' && next === '*') {
      let depth = 0;
      let j = i;
      while (j < script.length) {
        if (script[j] === '/' && script[j + 1] === '*') {
          depth++;
          j += 2;
        } else if (script[j] === '*' && script[j + 1] === '/') {
          depth--;
          j += 2;
          if (depth === 0) break;
        } else j++;
      }
      skipTo(j);
    } else if (c === "'" || c === '"') {
      mark();
      // E'...' strings allow backslash escapes; standard strings only double the quote.
      const backslash = c === "'" && /[eE]/.test(script[i - 1] ?? '') && !/\w/.test(script[i - 2] ?? '');
      let j = i + 1;
      while (j < script.length) {
        if (backslash && script[j] === '\\') j += 2;
        else if (script[j] === c && script[j + 1] === c) j += 2;
        else if (script[j] === c) break;
        else j++;
      }
      skipTo(j + 1);
    } else if (c === '$' && !/\w/.test(script[i - 1] ?? '')) {
      const tag = /^\$[A-Za-z_]?\w*\$/.exec(script.slice(i, i + 64));
      mark();
      if (tag) {
        const end = script.indexOf(tag[0], i + tag[0].length);
        skipTo(end < 0 ? script.length : end + tag[0].length);
      } else i++;
    } else if (c === ';') {
      flush(i);
      i++;
    } else {
      if (!/\s/.test(c)) mark();
      i++;
    }
  }
  flush(script.length);
  return statements.filter((s) => s.text.length > 0);
}

/** The line within a statement that a PostgreSQL error `position` (1-based character offset) points at. */
export function lineOfPosition(text: string, position: number | undefined): number {
  if (!position || position < 1) return 0;
  let lines = 0;
  for (let i = 0; i < Math.min(position - 1, text.length); i++) if (text[i] === '\n') lines++;
  return lines;
}
