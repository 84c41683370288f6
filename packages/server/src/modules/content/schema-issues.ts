import type { ContentIssue } from '@avantika/contract';
import type { z } from 'zod';
import type { YamlSource } from './yaml-source.js';

type Path = readonly PropertyKey[];

/** `signature.params[1].type` for a zod path. */
export function formatFieldPath(path: Path): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

function flatten(issues: readonly z.core.$ZodIssue[], prefix: Path): { path: Path; message: string }[] {
  const out: { path: Path; message: string }[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      // Report the branch the author most likely meant: the one with the fewest problems.
      const best = [...issue.errors].sort((a, b) => a.length - b.length)[0]!;
      if (best.length > 0) {
        out.push(...flatten(best, path));
        continue;
      }
    }
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys)
        out.push({ path: [...path, key], message: `unknown field "${key}"; check its spelling` });
      continue;
    }
    if (issue.code === 'invalid_type' && issue.input === undefined) {
      out.push({ path, message: `missing required field "${String(path.at(-1))}" (${issue.expected})` });
      continue;
    }
    out.push({ path, message: issue.message });
  }
  return out;
}

/** Turns a zod error into content issues with the file, the field path and, from the YAML source, line and column. */
export function schemaIssues(error: z.ZodError, file: string, source?: YamlSource, prefix: Path = []): ContentIssue[] {
  return flatten(error.issues, prefix).map(({ path, message }) => {
    const pos = source?.locate(path);
    const field = formatFieldPath(path);
    return {
      code: 'CONTENT_SCHEMA' as const,
      file,
      ...(pos ? { line: pos.line, column: pos.column } : {}),
      ...(field ? { field } : {}),
      message,
    };
  });
}
