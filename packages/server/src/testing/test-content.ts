import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSqlDocumentStore } from '../adapters/documents/sql-document-store.js';
import type { Sql } from '../adapters/sql/sql.js';
import { createProblemDocuments } from '../modules/content/content-documents.js';
import { importContent } from '../modules/content/import-service.js';

/**
 * The repository's content pack (`content/` with a topics.yaml), found by walking up from this module so it works
 * from `src/` and from `dist/`; AVANTIKA_CONTENT_DIR overrides it.
 */
export function findContentPackDir(): string {
  if (process.env.AVANTIKA_CONTENT_DIR) return process.env.AVANTIKA_CONTENT_DIR;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'content', 'topics.yaml'))) return join(dir, 'content');
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no content/topics.yaml above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

// The importer wants at least 20 hidden cases; the pack's generate.mjs (large cases) is left out to keep imports and
// judging fast, so the hand-written hidden cases are repeated instead.
function padHiddenCases(text: string): string {
  const tests = JSON.parse(text) as { visible: unknown[]; hidden: unknown[] };
  const hidden = [...tests.hidden];
  while (hidden.length < 20) hidden.push(...tests.hidden);
  return JSON.stringify({ ...tests, hidden });
}

/** What {@link packContentFiles} reads from the content pack. */
export interface PackSelection {
  /** Problem folders by slug (their generate.mjs left out, hidden cases padded to the importer's minimum). */
  readonly problems?: readonly string[];
  /** MCQ sets by file name without `.yaml`. */
  readonly mcq?: readonly string[];
}

/** The pack's topics.yaml plus the selected problems and MCQ sets, as the importer's in-memory file map. */
export function packContentFiles(selection: PackSelection = {}): Record<string, string> {
  const pack = findContentPackDir();
  const files: Record<string, string> = { 'topics.yaml': readFileSync(join(pack, 'topics.yaml'), 'utf8') };
  for (const slug of selection.problems ?? []) {
    const folder = join(pack, 'problems', slug);
    for (const rel of listFiles(folder)) {
      if (rel === 'generate.mjs') continue;
      const text = readFileSync(join(folder, rel), 'utf8');
      files[`problems/${slug}/${rel}`] = rel === 'tests.json' ? padHiddenCases(text) : text;
    }
  }
  for (const set of selection.mcq ?? [])
    files[`mcq/${set}.yaml`] = readFileSync(join(pack, 'mcq', `${set}.yaml`), 'utf8');
  return files;
}

/**
 * Imports an in-memory content pack (logical path to text) into `sql` and its JSONB `problems` collection, in the
 * importer's own transaction; throws listing the first issues when anything is rejected. Run it before the server
 * listens: on PGlite a write would wait behind the open event listener.
 */
export async function importTestContent(sql: Sql, files: Readonly<Record<string, string>>): Promise<void> {
  const report = await importContent(sql, createProblemDocuments(createSqlDocumentStore(sql), sql), { files });
  if (!report.ok) throw new Error(`content import failed: ${JSON.stringify(report.issues.slice(0, 5))}`);
}

/**
 * A multiple-choice set of `count` questions on `topic`; the right option's text starts with "right", and it comes
 * first (option 1) unless `rightFirst` is false (then it is option 2).
 */
export function mcqSetYaml(
  slug: string,
  topic: string,
  count: number,
  options: { rightFirst?: boolean; title?: string } = {},
): string {
  const questions = Array.from({ length: count }, (_, i) => {
    const right = `      - text: right answer ${i}\n        correct: true`;
    const wrong = `      - text: wrong answer ${i}`;
    const choices = options.rightFirst === false ? [wrong, right] : [right, wrong];
    return [
      `  - id: q${i}`,
      '    difficulty: easy',
      `    question: ${topic} question ${i}?`,
      '    options:',
      ...choices,
      `      - text: another wrong answer ${i}`,
      `    explanation: Because ${i} is ${i}.`,
    ].join('\n');
  });
  return `set: ${slug}\ntitle: ${options.title ?? slug}\ndomain: dsa\ntopic: ${topic}\nquestions:\n${questions.join('\n')}\n`;
}
