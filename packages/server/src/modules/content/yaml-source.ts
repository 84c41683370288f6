import { isCollection, isNode, LineCounter, parseDocument } from 'yaml';

/** A position in a file, 1-based. */
export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}

/** A parsed YAML (or JSON) text that can tell where a field path sits in the file. */
export interface YamlSource {
  readonly value: unknown;
  /** Position of the value at `path`, or of its nearest existing parent. */
  locate(path: readonly PropertyKey[]): SourcePosition | undefined;
}

/** A syntax error with its position. */
export interface YamlSyntaxError extends Partial<SourcePosition> {
  readonly message: string;
}

/**
 * Parses YAML keeping node positions so schema errors can name a line and column. `lineOffset` shifts lines for
 * YAML embedded in a larger file (front matter starts on line 2 of problem.md).
 */
export function parseYamlSource(
  text: string,
  lineOffset = 0,
): { ok: true; source: YamlSource } | { ok: false; errors: YamlSyntaxError[] } {
  const lineCounter = new LineCounter();
  // uniqueKeys: a repeated key is an author mistake, not a silent override.
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true, strict: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((e) => {
        const pos = e.linePos?.[0];
        return {
          message: e.message.split('\n')[0] ?? e.message,
          ...(pos ? { line: pos.line + lineOffset, column: pos.col } : {}),
        };
      }),
    };
  }
  const at = (offset: number): SourcePosition => {
    const p = lineCounter.linePos(offset);
    return { line: p.line + lineOffset, column: p.col };
  };
  return {
    ok: true,
    source: {
      value: doc.toJS({ maxAliasCount: 100 }),
      locate(path) {
        // Walk down as far as the path exists so a missing field points at its parent object.
        let node: unknown = doc.contents;
        for (const key of path) {
          if (!isCollection(node)) break;
          const child = node.get(typeof key === 'symbol' ? String(key) : key, true);
          if (!isNode(child)) {
            // A missing or unknown key: point at the key itself when it is there (unknown keys), else the parent.
            const pair = (node.items as { key?: unknown }[]).find(
              (it) => isNode(it.key) && (it.key as { value?: unknown }).value === key,
            );
            if (pair && isNode(pair.key) && pair.key.range) return at(pair.key.range[0]);
            break;
          }
          node = child;
        }
        return isNode(node) && node.range ? at(node.range[0]) : undefined;
      },
    },
  };
}

/** Position of a JSON syntax error from V8's message ("… at position 12 (line 2 column 3)"). */
export function locateJsonSyntaxError(text: string, error: unknown): YamlSyntaxError {
  // V8 quotes the start of the input in its message; keep only the part that says what is wrong.
  const message = (error instanceof Error ? error.message : String(error)).split(/, "|\n/)[0]!.slice(0, 200);
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { message, line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /position (\d+)/.exec(message);
  if (pos) {
    const before = text.slice(0, Number(pos[1]));
    const line = before.split('\n').length;
    return { message, line, column: Number(pos[1]) - before.lastIndexOf('\n') };
  }
  // Some messages carry no position; the YAML parser (JSON is YAML) finds the same error with one.
  const yaml = parseYamlSource(text);
  const first = yaml.ok ? undefined : yaml.errors[0];
  return first?.line === undefined ? { message } : { message, line: first.line, column: first.column ?? 1 };
}
