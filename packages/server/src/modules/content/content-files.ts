import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { ContentIssue } from '@avantika/contract';

/**
 * One content file: `key` is its logical place in a pack (`problems/two-sum/tests.json`, `mcq/python.yaml`,
 * `topics.yaml`), `path` what error messages show (the path the author knows).
 */
export interface ContentFile {
  readonly key: string;
  readonly path: string;
  readonly text: string;
  /** Absolute path on disk, when the file came from disk (the judge runs generate.mjs and solutions from there). */
  readonly abs?: string;
}

const PACK_FILES = new Set(['topics.yaml', 'badges.yaml', 'plans.yaml']);
// Files next to the content that are not content (editor schemas, docs, notes).
const IGNORED_DIRS = new Set(['schemas', 'node_modules', '.git']);

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || IGNORED_DIRS.has(entry.name)) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(full)));
    else if (entry.isFile()) out.push(full);
  }
  return out;
}

async function isDir(path: string): Promise<boolean> {
  return (await stat(path)).isDirectory();
}

async function hasFile(dir: string, name: string): Promise<boolean> {
  return stat(join(dir, name)).then(
    (s) => s.isFile(),
    () => false,
  );
}

function toKey(parts: string): string {
  return parts.split(sep).join('/');
}

/**
 * Reads content from disk: each argument is a pack root (with problems/, mcq/, paths/, topics.yaml …), a problems/,
 * mcq/ or paths/ folder, one problem folder, or one YAML file. Returns the files with their logical keys; a path that
 * cannot be read becomes a CONTENT_UNREADABLE issue.
 */
export async function readContentFiles(
  paths: readonly string[],
  cwd = process.cwd(),
  issues: ContentIssue[] = [],
): Promise<ContentFile[]> {
  const files: ContentFile[] = [];
  const add = async (full: string, key: string) => {
    files.push({ key, path: relative(cwd, full) || full, abs: full, text: await readFile(full, 'utf8') });
  };
  for (const given of paths) {
    const full = resolve(cwd, given);
    const dir = await isDir(full).catch((error: NodeJS.ErrnoException) => {
      issues.push({
        code: 'CONTENT_UNREADABLE',
        file: given,
        message: error.code === 'ENOENT' ? 'no such file or folder' : error.message,
      });
      return null;
    });
    if (dir === null) continue;
    if (!dir) {
      const parent = basename(dirname(full));
      const name = basename(full);
      await add(full, parent === 'mcq' || parent === 'paths' ? `${parent}/${name}` : name);
      continue;
    }
    const name = basename(full);
    let prefix = '';
    if (await hasFile(full, 'problem.md')) prefix = `problems/${name}/`;
    else if (name === 'problems' || name === 'mcq' || name === 'paths') prefix = `${name}/`;
    for (const file of await walk(full)) {
      const rel = toKey(relative(full, file));
      if (prefix === '' && !rel.includes('/') && !PACK_FILES.has(rel) && !rel.endsWith('.yaml')) continue;
      await add(file, prefix + rel);
    }
  }
  return files;
}

/** Builds content files from an in-memory map of logical keys to text (the HTTP import route sends these). */
export function contentFilesFromMap(map: Readonly<Record<string, string>>): ContentFile[] {
  return Object.entries(map).map(([key, text]) => ({ key, path: key, text }));
}
