import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { UsageError } from '../errors.js';

/** A language the judge runs, as the API names it. */
export type SolutionLanguage = 'python' | 'javascript' | 'java' | 'cpp';

const aliases: Record<string, SolutionLanguage> = {
  py: 'python',
  python: 'python',
  python3: 'python',
  js: 'javascript',
  javascript: 'javascript',
  node: 'javascript',
  java: 'java',
  cpp: 'cpp',
  'c++': 'cpp',
  cc: 'cpp',
};

const extensions: Record<SolutionLanguage, string> = { python: 'py', javascript: 'js', java: 'java', cpp: 'cpp' };
const commentPrefix: Record<SolutionLanguage, string> = { python: '#', javascript: '//', java: '//', cpp: '//' };
const headerPattern = /^\s*(?:#|\/\/)\s*avantika:\s*([a-z0-9][a-z0-9-]*)\s+\(([a-z+]+)\)/m;

/** Resolves `py`, `js`, `c++` … to the API's language name; a usage error for anything else. */
export function parseLanguage(value: string): SolutionLanguage {
  const language = aliases[value.toLowerCase()];
  if (!language) {
    throw new UsageError(`"${value}" is not a language Avantika judges.`, { hint: 'Use py, js, java or cpp.' });
  }
  return language;
}

/** The file name `avantika start` writes for a problem: `<slug>.<ext>`. */
export function solutionFileName(slug: string, language: SolutionLanguage): string {
  return `${slug}.${extensions[language]}`;
}

/** Prepends the header that lets `test`/`submit` find the problem and language from the file alone. */
export function withHeader(slug: string, language: SolutionLanguage, starter: string): string {
  const c = commentPrefix[language];
  const file = solutionFileName(slug, language);
  return `${c} avantika: ${slug} (${language})\n${c} Run the samples: avantika test ${file} · submit: avantika submit ${file}\n\n${starter}`;
}

/** What a solution file is for: from its header, else from its name (`two-sum.py`). */
export function identifySolution(path: string, source: string): { slug: string; language: SolutionLanguage } {
  const header = headerPattern.exec(source);
  if (header?.[1] && header[2]) return { slug: header[1], language: parseLanguage(header[2]) };
  const ext = extname(path).slice(1);
  const slug = basename(path, extname(path));
  if (aliases[ext] && /^[a-z0-9][a-z0-9-]*$/.test(slug)) return { slug, language: parseLanguage(ext) };
  throw new UsageError(`Cannot tell which problem ${path} solves.`, {
    hint: 'Start from `avantika start <slug> --lang <py|js|java|cpp>`, or name the file <slug>.<ext>.',
  });
}

/** Reads a solution file given on the command line, or the most recently changed one in `dir` that has a header. */
export async function findSolutionFile(
  dir: string,
  file?: string,
): Promise<{ path: string; source: string; slug: string; language: SolutionLanguage }> {
  if (file) {
    const path = join(dir, file);
    const source = await readFile(path, 'utf8').catch((error: unknown) => {
      throw new UsageError(`Cannot read ${file}.`, {
        hint: 'Check the path, or run without a file name.',
        cause: error,
      });
    });
    return { path, source, ...identifySolution(path, source) };
  }
  const candidates: { path: string; mtime: number; source: string }[] = [];
  for (const name of await readdir(dir)) {
    if (!Object.values(extensions).includes(extname(name).slice(1))) continue;
    const path = join(dir, name);
    const source = await readFile(path, 'utf8');
    if (headerPattern.test(source)) candidates.push({ path, source, mtime: (await stat(path)).mtimeMs });
  }
  const newest = candidates.sort((a, b) => b.mtime - a.mtime)[0];
  if (!newest) {
    throw new UsageError('No solution file here.', {
      hint: 'Run `avantika start <slug> --lang py` first, or name the file.',
    });
  }
  return { path: newest.path, source: newest.source, ...identifySolution(newest.path, newest.source) };
}
