import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportContent, importContent } from '../src/index.js';
import { type ContentTestDb, openContentTestDb } from './content-test-db.js';

const fixture = fileURLToPath(new URL('./fixtures/content/valid', import.meta.url));
const TABLES = [
  'topics',
  'subscription_plans',
  'badges',
  'problems',
  'problem_versions',
  'mcq_sets',
  'learning_paths',
  'path_modules',
];

const databaseUrl = process.env.DATABASE_URL;
if (process.env.CI === 'true' && !databaseUrl)
  throw new Error('CI=true but DATABASE_URL is not set: the PostgreSQL suite cannot run');
const kinds = [
  { kind: 'pglite' as const, run: true, name: 'on PGlite' },
  {
    kind: 'postgres' as const,
    run: Boolean(databaseUrl),
    name: databaseUrl ? 'on PostgreSQL' : 'on PostgreSQL (skipped: DATABASE_URL is not set)',
  },
];

/** A copy of the valid fixture pack, changed by `mutate`; removed after the file's tests. */
const copies: string[] = [];
function variant(mutate: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'avantika-content-'));
  copies.push(dir);
  cpSync(fixture, dir, { recursive: true });
  mutate(dir);
  return dir;
}
function edit(dir: string, file: string, change: (text: string) => string) {
  const path = join(dir, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}
afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

describe.each(kinds)('content import $name', ({ kind, run }) => {
  let db: ContentTestDb;
  const snapshot = async () => {
    const counts: Record<string, number> = {};
    for (const t of TABLES)
      counts[t] = Number((await db.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${t}`)).rows[0]!.n);
    counts.documents = await db.docs.count();
    return counts;
  };
  const expectRejected = async (paths: string[], codes: string[]) => {
    const before = await snapshot();
    const report = await importContent(db.sql, db.docs, { paths });
    expect(report.ok).toBe(false);
    for (const code of codes) expect(report.issues.map((i) => i.code)).toContain(code);
    expect(await snapshot()).toEqual(before);
    return report;
  };

  beforeAll(async () => {
    if (run) db = await openContentTestDb(kind);
  });
  afterAll(async () => {
    await db?.close();
  });

  it.runIf(run)('rejects bad YAML with its line, writing nothing', async () => {
    const dir = variant((d) =>
      edit(d, 'mcq/python-basics.yaml', (t) => t.replace('title: Python basics', 'title: [Python basics')),
    );
    const report = await expectRejected([dir], ['CONTENT_YAML_SYNTAX']);
    expect(report.issues[0]).toMatchObject({
      file: expect.stringMatching(/mcq\/python-basics\.yaml$/),
      line: expect.any(Number),
    });
  });

  it.runIf(run)('rejects a schema error naming the file, line and field, writing nothing', async () => {
    const dir = variant((d) =>
      edit(d, 'problems/add-two/problem.md', (t) => t.replace('difficulty: easy', 'difficulty: extreme')),
    );
    const report = await expectRejected([dir], ['CONTENT_SCHEMA']);
    expect(report.issues).toEqual([
      expect.objectContaining({
        code: 'CONTENT_SCHEMA',
        field: 'difficulty',
        line: 4,
        column: 13,
        file: expect.stringMatching(/add-two\/problem\.md$/),
      }),
    ]);
  });

  it.runIf(run)(
    'rejects a duplicate problem slug across two packs and a duplicate topic, writing nothing',
    async () => {
      const other = variant((d) =>
        edit(d, 'topics.yaml', (t) => `${t}  - { slug: math, name: Maths, category: dsa }\n`),
      );
      const report = await expectRejected([fixture, other], ['CONTENT_DUPLICATE']);
      const fields = report.issues.filter((i) => i.code === 'CONTENT_DUPLICATE').map((i) => i.field);
      expect(fields).toEqual(expect.arrayContaining(['slug', 'topics[4].slug']));
      expect(report.issues.find((i) => i.field === 'topics[4].slug')).toMatchObject({ line: 6, column: 13 });
    },
  );

  it.runIf(run)('rejects a path that does not exist, writing nothing', async () => {
    const report = await expectRejected([fixture, join(fixture, 'no-such-folder')], ['CONTENT_UNREADABLE']);
    expect(report.issues).toEqual([
      expect.objectContaining({ code: 'CONTENT_UNREADABLE', file: expect.stringMatching(/no-such-folder$/) }),
    ]);
  });

  it.runIf(run)('rejects a problem with a missing reference solution, writing nothing', async () => {
    const dir = variant((d) => unlinkSync(join(d, 'problems/add-two/solutions/java.java')));
    const report = await expectRejected([dir], ['CONTENT_MISSING_FILE']);
    expect(report.issues[0]?.file).toMatch(/add-two\/solutions\/java\.java$/);
  });

  it.runIf(run)('rejects unknown problem, MCQ set and topic references, writing nothing', async () => {
    const dir = variant((d) => {
      edit(d, 'paths/starter.yaml', (t) =>
        t.replace('problem: running-sum', 'problem: no-such-problem').replace('mcqSet: python-basics', 'mcqSet: nope'),
      );
      edit(d, 'problems/add-two/problem.md', (t) => t.replace('topics: [math]', 'topics: [math, witchcraft]'));
    });
    const report = await expectRejected([dir], ['CONTENT_UNKNOWN_REFERENCE']);
    const refs = report.issues.filter((i) => i.code === 'CONTENT_UNKNOWN_REFERENCE');
    expect(refs.map((i) => i.field)).toEqual(
      expect.arrayContaining(['modules[1].items[0].problem', 'modules[0].items[1].mcqSet', 'topics[1]']),
    );
    expect(refs.find((i) => i.field === 'modules[1].items[0].problem')).toMatchObject({ line: 16, column: 18 });
  });

  it.runIf(run)('reports every error of a pack in one run', async () => {
    const dir = variant((d) => {
      edit(d, 'mcq/python-basics.yaml', (t) => t.replace('domain: python', 'domain: snakes'));
      edit(d, 'problems/running-sum/tests.json', (t) => t.replace('"input":[[1,2,3]]', '"input":[["x"]]'));
      unlinkSync(join(d, 'problems/add-two/solutions/cpp.cpp'));
      edit(d, 'badges.yaml', (t) => t.replace('kind: first_solve', 'kind: first_blood'));
    });
    const report = await expectRejected([dir], ['CONTENT_SCHEMA', 'CONTENT_MISSING_FILE']);
    expect(report.issues.length).toBeGreaterThanOrEqual(4);
    expect(report.issues.find((i) => i.field === 'visible[0].input[0]')?.message).toBeTruthy();
  });

  it.runIf(run)('imports a pack in one go: rows, versions, numbers and seed-shaped documents', async () => {
    const report = await importContent(db.sql, db.docs, { paths: [fixture] });
    expect(report.issues).toEqual([]);
    expect(report.counts.problems).toEqual({ created: 2, updated: 0, unchanged: 0 });
    expect(report.counts.mcqQuestions.created).toBe(2);
    expect(report.changed).toBe(4 + 2 + 3 + 2 + 1 + 2 + 1);
    const { rows } = await db.sql.query<{ slug: string; display_number: number; version: number; premium: boolean }>(
      `SELECT p.slug, p.display_number, v.version, p.is_premium AS premium FROM problems p
         JOIN problem_versions v ON v.id = p.current_version_id ORDER BY p.slug`,
    );
    expect(rows).toEqual([
      { slug: 'add-two', display_number: 1, version: 1, premium: false },
      { slug: 'running-sum', display_number: 2, version: 1, premium: true },
    ]);
    const id = report.versions.find((v) => v.slug === 'running-sum')!.problemId;
    const doc = (await db.docs.get([id])).get(id)!;
    expect(doc).toMatchObject({ postgresId: id, type: 'dsa', topics: ['arrays', 'prefix-sums'] });
    if (doc.type !== 'dsa') throw new Error('expected a DSA document');
    expect(doc.testCases[0]).toEqual({ input: '[1,2,3]', output: '[1,3,6]', isHidden: false });
    expect(doc.testCases.filter((c) => c.isHidden)).toHaveLength(20);
    expect(doc.examples[0]).toEqual({ input: 'nums = [1,2,3]', output: '[1,3,6]' });
    expect(doc.solutions.map((s) => s.language)).toEqual(['python', 'javascript', 'java', 'cpp']);
    const items = await db.sql.query<{ kind: string; ref: string }>(
      'SELECT i.kind, i.ref FROM path_module_items i JOIN path_modules m ON m.id = i.module_id ORDER BY m.order_index, i.order_index',
    );
    expect(items.rows.map((r) => `${r.kind}:${r.ref}`)).toEqual([
      'problem:add-two',
      'mcq_set:python-basics',
      'problem:running-sum',
      'article:https://example.com/prefix-sums',
    ]);
    const badge = await db.sql.query<{ criteria: unknown }>("SELECT criteria FROM badges WHERE slug = 'hard-3'");
    expect(badge.rows[0]?.criteria).toEqual({ kind: 'solved_difficulty', difficulty: 'hard', count: 3 });
  });

  it.runIf(run)('re-importing unchanged files changes nothing', async () => {
    const before = await snapshot();
    const report = await importContent(db.sql, db.docs, { paths: [fixture] });
    expect(report.ok).toBe(true);
    expect(report.changed).toBe(0);
    expect(report.documentsWritten).toBe(0);
    expect(await snapshot()).toEqual(before);
  });

  it.runIf(run)('a dry run reports the change and writes nothing', async () => {
    const dir = variant((d) =>
      edit(d, 'problems/add-two/problem.md', (t) => t.replace('Return the sum', 'Return the total')),
    );
    const before = await snapshot();
    const report = await importContent(db.sql, db.docs, { paths: [dir] }, { dryRun: true });
    expect(report).toMatchObject({ ok: true, dryRun: true, changed: 1 });
    expect(await snapshot()).toEqual(before);
  });

  it.runIf(run)('a changed problem gets a new version; the old one stays for its submissions', async () => {
    const old = await db.sql.query<{ id: string; vid: string }>(
      "SELECT id, current_version_id AS vid FROM problems WHERE slug = 'add-two'",
    );
    const { id: problemId, vid: oldVersion } = old.rows[0]!;
    const user = await db.sql.query<{ id: string }>(
      "INSERT INTO users (email, username, full_name) VALUES ('a@example.com', 'a', 'A') RETURNING id",
    );
    await db.sql.query(
      `INSERT INTO code_submissions (user_id, problem_id, language, code, status, problem_version_id)
         VALUES ($1, $2, 'python', 'x', 'accepted', $3)`,
      [user.rows[0]!.id, problemId, oldVersion],
    );
    const dir = variant((d) =>
      edit(d, 'problems/add-two/tests.json', (t) => t.replace('"1 + 2 = 3"', '"one plus two"')),
    );
    const report = await importContent(db.sql, db.docs, { paths: [dir] });
    expect(report.counts.problems).toEqual({ created: 0, updated: 1, unchanged: 1 });
    expect(report.versions).toEqual([{ slug: 'add-two', problemId, version: 2 }]);
    const after = await db.sql.query<{ version: number; current: boolean }>(
      `SELECT v.version, v.id = p.current_version_id AS current FROM problem_versions v JOIN problems p ON p.id = v.problem_id
        WHERE p.slug = 'add-two' ORDER BY v.version`,
    );
    expect(after.rows).toEqual([
      { version: 1, current: false },
      { version: 2, current: true },
    ]);
    const sub = await db.sql.query<{ v: string }>('SELECT problem_version_id AS v FROM code_submissions');
    expect(sub.rows[0]?.v).toBe(oldVersion);
    const number = await db.sql.query<{ n: number }>("SELECT display_number AS n FROM problems WHERE slug = 'add-two'");
    expect(number.rows[0]?.n).toBe(1);
  });

  it.runIf(run)('editing a path keeps the ids of its modules and items so progress survives', async () => {
    const ids = async () =>
      (
        await db.sql.query<{ k: string; id: string }>(
          `SELECT m.module_key || ':' || i.ref AS k, i.id FROM path_module_items i JOIN path_modules m ON m.id = i.module_id`,
        )
      ).rows.sort((a, b) => a.k.localeCompare(b.k));
    const before = await ids();
    const dir = variant((d) =>
      edit(d, 'paths/starter.yaml', (t) =>
        t
          .replace('title: Starter path', 'title: Starter path, revised')
          .replace(
            '      - problem: add-two\n      - mcqSet: python-basics',
            '      - mcqSet: python-basics\n      - problem: add-two',
          ),
      ),
    );
    const report = await importContent(db.sql, db.docs, { paths: [dir] });
    expect(report.counts.paths).toEqual({ created: 0, updated: 1, unchanged: 0 });
    expect(await ids()).toEqual(before);
    const order = await db.sql.query<{ ref: string }>(
      "SELECT i.ref FROM path_module_items i JOIN path_modules m ON m.id = i.module_id WHERE m.module_key = 'warm-up' ORDER BY i.order_index",
    );
    expect(order.rows.map((r) => r.ref)).toEqual(['python-basics', 'add-two']);
    expect((await importContent(db.sql, db.docs, { paths: [fixture] })).counts.paths.updated).toBe(1);
  });

  it.runIf(run)('export writes the same format back: import → export → import is a no-op', async () => {
    const out = mkdtempSync(join(tmpdir(), 'avantika-export-'));
    copies.push(out);
    const exported = await exportContent(db.sql, db.docs, out);
    expect(exported).toMatchObject({ problems: 2, mcqSets: 1, paths: 1 });
    const before = await snapshot();
    const report = await importContent(db.sql, db.docs, { paths: [out] });
    expect(report.issues).toEqual([]);
    expect(report.changed).toBe(0);
    expect(await snapshot()).toEqual(before);
  });

  it.runIf(run)('imports content sent as a map of files (the HTTP route input) with the same checks', async () => {
    const topics = readFileSync(join(fixture, 'topics.yaml'), 'utf8');
    const bad = await importContent(db.sql, db.docs, {
      files: { 'topics.yaml': `${topics}  - { slug: Bad, name: B, category: dsa }\n` },
    });
    expect(bad.issues).toEqual([
      expect.objectContaining({
        code: 'CONTENT_SCHEMA',
        file: 'topics.yaml',
        field: 'topics[4].slug',
        line: 6,
        column: 13,
      }),
    ]);
    const good = await importContent(db.sql, db.docs, {
      files: { 'topics.yaml': `${topics}  - { slug: graphs, name: Graphs, category: dsa }\n` },
    });
    expect(good.counts.topics).toEqual({ created: 1, updated: 0, unchanged: 4 });
  });

  it.runIf(run)(
    'runs generate.mjs of a problem sent as files (from a temporary folder) and stores its cases',
    async () => {
      const dir = join(fixture, 'problems', 'add-two');
      const files: Record<string, string> = {};
      for (const name of [
        'problem.md',
        'tests.json',
        'hints.md',
        ...['python.py', 'javascript.js', 'java.java', 'cpp.cpp'].map((f) => `solutions/${f}`),
      ]) {
        files[`problems/add-two/${name}`] = readFileSync(join(dir, name), 'utf8');
      }
      files['problems/add-two/generate.mjs'] =
        'export default function generate(rng) {\n  const a = rng.int(-1000, 1000);\n  const b = rng.int(-1000, 1000);\n  return [{ input: [a, b], output: a + b }];\n}\n';
      const report = await importContent(db.sql, db.docs, { files });
      expect(report.issues).toEqual([]);
      expect(report.counts.problems.updated).toBe(1);
      const v = await db.sql.query<{ n: number }>(
        "SELECT jsonb_array_length(v.hidden_cases) AS n FROM problems p JOIN problem_versions v ON v.id = p.current_version_id WHERE p.slug = 'add-two'",
      );
      expect(v.rows[0]?.n).toBe(21);
      const again = await importContent(db.sql, db.docs, { files });
      expect(again.changed).toBe(0);
      files['problems/add-two/generate.mjs'] = 'export default function generate() { throw new Error("no"); }\n';
      const broken = await importContent(db.sql, db.docs, { files });
      expect(broken.issues).toEqual([
        expect.objectContaining({ code: 'CONTENT_GENERATOR_FAILED', file: 'problems/add-two/generate.mjs' }),
      ]);
    },
  );

  it.runIf(run)('an invalid import after content exists still writes nothing', async () => {
    const dir = variant((d) => {
      edit(d, 'problems/add-two/problem.md', (t) => t.replace('Return the sum', 'Return the grand total'));
      edit(d, 'paths/starter.yaml', (t) => t.replace('type: topic', 'type: hobby'));
    });
    await expectRejected([dir], ['CONTENT_SCHEMA']);
  });
});
