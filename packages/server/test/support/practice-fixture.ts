import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { createSqlDocumentStore } from '../../src/adapters/documents/sql-document-store.js';
import type { Sql } from '../../src/adapters/sql/sql.js';
import type { ProblemDocuments } from '../../src/modules/content/content-documents.js';
import { importContent } from '../../src/modules/content/import-service.js';
import type { ProblemDocument } from '../../src/modules/content/problem-document.js';

const contentDir = fileURLToPath(new URL('../../../../content/', import.meta.url));

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(`${dir}/${e.name}`, `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

function padHiddenCases(text: string): string {
  const tests = JSON.parse(text) as { visible: unknown[]; hidden: unknown[] };
  const hidden = [...tests.hidden];
  while (hidden.length < 20) hidden.push(...tests.hidden);
  return JSON.stringify({ ...tests, hidden });
}

/** The problems of the pack the practice suites import (small, with a function, an in-place and a design problem). */
export const FIXTURE_PROBLEMS = ['two-sum', 'valid-brackets', 'climbing-stairs', 'single-number', 'move-zeroes'];

/**
 * Content's document port, kept in memory during the import: on PGlite a document write outside the importer's open
 * transaction would wait for it forever. {@link importPracticeContent} copies the documents into the JSONB store.
 */
function memoryDocuments(): ProblemDocuments & { all(): ProblemDocument[] } {
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

const MCQ_SET = `set: sorting-basics
title: Sorting basics
domain: dsa
topic: sorting
questions:
${Array.from(
  { length: 6 },
  (_, i) => `  - id: q${i}
    difficulty: easy
    question: Sorting question ${i}?
    options:
      - text: right answer ${i}
        correct: true
      - text: wrong answer ${i}
      - text: another wrong answer ${i}
    explanation: Because ${i} is ${i}.`,
).join('\n')}
  - id: pick-two
    difficulty: medium
    question: Which two are stable sorts?
    multiSelect: true
    options:
      - text: merge sort
        correct: true
      - text: insertion sort
        correct: true
      - text: heap sort
    explanation: Merge and insertion sort keep equal keys in order; heap sort does not.
`;

const PATH = `slug: practice-path
title: Practice path
type: topic
order: 1
modules:
  - id: warm-up
    title: Warm-up
    type: coding
    items:
      - problem: two-sum
      - mcqSet: sorting-basics
      - article: https://example.com/big-o
        title: Big-O in ten minutes
  - id: stacks
    title: Stacks
    type: coding
    items:
      - problem: valid-brackets
`;

const SECOND_PATH = `slug: second-path
title: Second path
type: level
order: 2
modules:
  - id: only
    title: Only module
    type: coding
    items:
      - problem: climbing-stairs
`;

/** Imports topics, the fixture problems, an MCQ set of 7 questions and two paths; fails the test on any issue. */
export async function importPracticeContent(sql: Sql): Promise<void> {
  const docs = memoryDocuments();
  // The pack's generate.mjs files (large cases) are left out to keep imports fast; the importer's minimum of 20 hidden
  // cases is met by repeating the hand-written ones.
  const files: Record<string, string> = { 'topics.yaml': readFileSync(`${contentDir}topics.yaml`, 'utf8') };
  for (const slug of FIXTURE_PROBLEMS) {
    for (const rel of listFiles(`${contentDir}problems/${slug}`)) {
      if (rel === 'generate.mjs') continue;
      const text = readFileSync(`${contentDir}problems/${slug}/${rel}`, 'utf8');
      files[`problems/${slug}/${rel}`] = rel === 'tests.json' ? padHiddenCases(text) : text;
    }
  }
  const first = await importContent(sql, docs, { files });
  expect(first.issues).toEqual([]);
  const second = await importContent(sql, docs, {
    files: {
      'mcq/sorting-basics.yaml': MCQ_SET,
      'paths/practice-path.yaml': PATH,
      'paths/second-path.yaml': SECOND_PATH,
    },
  });
  expect(second.issues).toEqual([]);
  const problems = createSqlDocumentStore(sql).collection('problems');
  for (const doc of docs.all()) await problems.upsertBy(['postgresId'], JSON.parse(JSON.stringify(doc)));
}

/** Registers a user through the API and answers their access token and id. */
export async function registerUser(app: FastifyInstance, name: string): Promise<{ token: string; id: string }> {
  const res = await app.inject({
    method: 'POST',
    url: '/v1/auth/register',
    payload: { email: `${name}@example.com`, username: name, password: 'correct horse battery' },
  });
  expect(res.statusCode, res.body).toBe(201);
  const body = res.json() as { user: { id: string }; tokens: { accessToken: string } };
  return { token: body.tokens.accessToken, id: body.user.id };
}

/** Authorization header for a token. */
export function bearer(token: string): { authorization: string } {
  return { authorization: `Bearer ${token}` };
}
