import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  createSqlDocumentStore,
  importContent,
  type ProblemDocument,
  type ProblemDocuments,
  type Sql,
} from '@avantika/server';

/** The repository's content pack. */
export const CONTENT_DIR = fileURLToPath(new URL('../../../../content/', import.meta.url));

/** The problems the SDK suites import: small ones with reference solutions in every language. */
export const FLOW_PROBLEMS = ['two-sum', 'valid-brackets', 'climbing-stairs', 'single-number', 'move-zeroes'];

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(`${dir}/${e.name}`, `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

// The importer wants at least 20 hidden cases; the pack's generate.mjs (large cases) is left out to keep imports
// fast, so the hand-written hidden cases are repeated instead.
function padHiddenCases(text: string): string {
  const tests = JSON.parse(text) as { visible: unknown[]; hidden: unknown[] };
  const hidden = [...tests.hidden];
  while (hidden.length < 20) hidden.push(...tests.hidden);
  return JSON.stringify({ ...tests, hidden });
}

/**
 * The importer's document port, kept in memory during an import: on PGlite a document write outside the importer's
 * open transaction would wait for it forever. {@link importFlowContent} copies the documents into the JSONB store.
 */
export function memoryDocuments(): ProblemDocuments & { all(): ProblemDocument[] } {
  const docs = new Map<string, ProblemDocument>();
  const get = async (ids: readonly string[]) =>
    new Map(ids.flatMap((id) => (docs.has(id) ? [[id, docs.get(id) as ProblemDocument] as const] : [])));
  return {
    get,
    all: () => [...docs.values()],
    count: async () => docs.size,
    async contentHashes(ids) {
      return new Map([...(await get(ids))].map(([id, doc]) => [id, doc.contentHash]));
    },
    async put(list) {
      for (const doc of list) docs.set(doc.postgresId, doc);
    },
  };
}

/** Imports in-memory content files with {@link importContent}; throws with the issues when anything is rejected. */
export async function importFiles(sql: Sql, files: Record<string, string>): Promise<void> {
  const docs = memoryDocuments();
  const report = await importContent(sql, docs, { files });
  if (!report.ok) throw new Error(`content import failed: ${JSON.stringify(report.issues.slice(0, 5))}`);
  const problems = createSqlDocumentStore(sql).collection('problems');
  for (const doc of docs.all()) await problems.upsertBy(['postgresId'], JSON.parse(JSON.stringify(doc)));
}

/** A multiple-choice set on `topic` whose right answer is always the option starting with "right". */
export function mcqSet(slug: string, topic: string, count: number): string {
  const questions = Array.from(
    { length: count },
    (_, i) => `  - id: q${i}
    difficulty: easy
    question: ${topic} question ${i}?
    options:
      - text: wrong answer ${i}
      - text: right answer ${i}
        correct: true
      - text: another wrong answer ${i}
    explanation: Because ${i} is ${i}.`,
  );
  return `set: ${slug}\ntitle: ${slug}\ndomain: dsa\ntopic: ${topic}\nquestions:\n${questions.join('\n')}\n`;
}

const PATH = `slug: sdk-path
title: SDK path
type: topic
order: 1
modules:
  - id: warm-up
    title: Warm-up
    type: coding
    items:
      - problem: two-sum
      - mcqSet: sdk-sorting
      - article: https://example.com/big-o
        title: Big-O in ten minutes
  - id: stacks
    title: Stacks
    type: coding
    items:
      - problem: valid-brackets
`;

/** Imports topics, the flow problems, an MCQ set on `sorting` and a learning path; throws on any issue. */
export async function importFlowContent(sql: Sql): Promise<void> {
  const files: Record<string, string> = { 'topics.yaml': readFileSync(`${CONTENT_DIR}topics.yaml`, 'utf8') };
  for (const slug of FLOW_PROBLEMS) {
    for (const rel of listFiles(`${CONTENT_DIR}problems/${slug}`)) {
      if (rel === 'generate.mjs') continue;
      const text = readFileSync(`${CONTENT_DIR}problems/${slug}/${rel}`, 'utf8');
      files[`problems/${slug}/${rel}`] = rel === 'tests.json' ? padHiddenCases(text) : text;
    }
  }
  await importFiles(sql, files);
  await importFiles(sql, { 'mcq/sdk-sorting.yaml': mcqSet('sdk-sorting', 'sorting', 6), 'paths/sdk-path.yaml': PATH });
}
