import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contentFilesFromMap, readContentFiles } from './content-files.js';
import { parsePack } from './parse-pack.js';

const fixture = fileURLToPath(new URL('../../../test/fixtures/content/valid', import.meta.url));
const repoContent = fileURLToPath(new URL('../../../../../content', import.meta.url));

describe('parsePack', () => {
  it('parses the valid fixture pack without issues', async () => {
    const pack = parsePack(await readContentFiles([fixture]));
    expect(pack.issues).toEqual([]);
    expect(pack.problems.map((p) => p.slug).sort()).toEqual(['add-two', 'running-sum']);
    expect(pack.mcqSets[0]?.value.questions).toHaveLength(2);
    expect(pack.paths[0]?.value.modules).toHaveLength(2);
    expect(pack.topics?.value).toHaveLength(4);
    expect(pack.ignored).toEqual([]);
    const addTwo = pack.problems.find((p) => p.slug === 'add-two')!;
    expect(addTwo.hints).toEqual(['Use the `+` operator.', 'Mind negative numbers:\nthey add the same way.']);
    expect(addTwo.constraints).toEqual(['-10^6 <= a, b <= 10^6']);
    expect(addTwo.meta.comparator).toEqual({ kind: 'exact' });
  });

  it('parses the bundled topics, badges, plans and paths', async () => {
    const files = (await readContentFiles([repoContent])).filter(
      (f) => !f.key.startsWith('problems/') && !f.key.startsWith('mcq/'),
    );
    const pack = parsePack(files);
    expect(pack.issues).toEqual([]);
    expect(pack.paths).toHaveLength(3);
    expect(pack.badges?.value.length).toBeGreaterThanOrEqual(10);
  });

  it('reports a YAML syntax error with its line and column', () => {
    const pack = parsePack(contentFilesFromMap({ 'mcq/x.yaml': 'set: x\ntitle: [unclosed\n' }));
    expect(pack.issues[0]).toMatchObject({ code: 'CONTENT_YAML_SYNTAX', file: 'mcq/x.yaml', line: expect.any(Number) });
  });

  it('reports every schema error with the field path and its position', () => {
    const text =
      'set: x\ntitle: X\ndomain: dsa\ntopic: arrays\nquestions:\n  - id: q1\n    difficulty: extreme\n    question: Q?\n    options:\n      - text: a\n      - text: b\n    explanation: e\n    colour: red\n';
    const pack = parsePack(contentFilesFromMap({ 'mcq/x.yaml': text }));
    const byField = Object.fromEntries(pack.issues.map((i) => [i.field, i]));
    expect(byField['questions[0].difficulty']).toMatchObject({ code: 'CONTENT_SCHEMA', line: 7, column: 17 });
    expect(byField['questions[0].colour']).toMatchObject({ code: 'CONTENT_SCHEMA', line: 13 });
  });

  it('reports a question without exactly one correct option at its options list', () => {
    const text =
      'set: x\ntitle: X\ndomain: dsa\ntopic: arrays\nquestions:\n  - id: q1\n    difficulty: easy\n    question: Q?\n    options:\n      - text: a\n      - text: b\n    explanation: e\n';
    const pack = parsePack(contentFilesFromMap({ 'mcq/x.yaml': text }));
    expect(pack.issues).toEqual([
      expect.objectContaining({ code: 'CONTENT_SCHEMA', field: 'questions[0].options', line: 10 }),
    ]);
  });

  it('reports a problem whose front matter slug differs from its folder, and missing files', () => {
    const pack = parsePack(
      contentFilesFromMap({
        'problems/a/problem.md':
          '---\nslug: b\ntitle: B\ndifficulty: easy\ntopics: [math]\nsignature: { function: f, params: [], returns: int }\n---\nStatement\n',
      }),
    );
    const codes = pack.issues.map((i) => [i.code, i.field ?? i.file]);
    expect(codes).toContainEqual(['CONTENT_SCHEMA', 'slug']);
    expect(codes).toContainEqual(['CONTENT_MISSING_FILE', 'problems/a/tests.json']);
    expect(codes).toContainEqual(['CONTENT_MISSING_FILE', 'problems/a/solutions/cpp.cpp']);
    expect(pack.issues.find((i) => i.field === 'slug')).toMatchObject({ line: 2, column: 7 });
  });

  it('reports a JSON syntax error in tests.json with its line', () => {
    const pack = parsePack(contentFilesFromMap({ 'problems/a/tests.json': '{\n  "visible": [,]\n}' }));
    expect(pack.issues).toContainEqual(expect.objectContaining({ code: 'CONTENT_JSON_SYNTAX', line: 2 }));
  });
});
