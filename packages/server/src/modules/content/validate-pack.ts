import { type ContentIssue, MIN_HIDDEN_CASES, type TestCase } from '@avantika/contract';
import { checkCase } from './check-case-values.js';
import type { Located, ParsedPack } from './parse-pack.js';
import type { ParsedProblem } from './parse-problem.js';

/** Slugs that already exist in the database, for references to content outside this import. */
export interface KnownContent {
  readonly topics: ReadonlySet<string>;
  readonly problems: ReadonlySet<string>;
  readonly mcqSets: ReadonlySet<string>;
  readonly paths: ReadonlySet<string>;
  /** display number -> slug of the problem that holds it. */
  readonly numbers: ReadonlyMap<number, string>;
}

/** The references an import makes, so the importer can ask the database about exactly these. */
export interface ContentReferences {
  readonly topics: string[];
  readonly problems: string[];
  readonly mcqSets: string[];
  readonly paths: string[];
  readonly numbers: number[];
}

function at(
  located: Located<unknown>,
  path: (string | number)[],
): { file: string; line?: number; column?: number; field: string } {
  const pos = located.source.locate(path);
  const field = path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
  return { file: located.file, ...(pos ? { line: pos.line, column: pos.column } : {}), field };
}

/** Lists every slug the pack refers to, for one database lookup before validation. */
export function collectReferences(pack: ParsedPack): ContentReferences {
  const topics = new Set<string>();
  const problems = new Set<string>();
  const mcqSets = new Set<string>();
  const paths = new Set<string>();
  for (const p of pack.problems) for (const t of p.meta.topics) topics.add(t);
  for (const s of pack.mcqSets) topics.add(s.value.topic);
  for (const t of pack.topics?.value ?? []) if (t.parent) topics.add(t.parent);
  for (const path of pack.paths)
    for (const m of path.value.modules)
      for (const item of m.items) {
        if ('problem' in item) problems.add(item.problem);
        if ('mcqSet' in item) mcqSets.add(item.mcqSet);
      }
  for (const b of pack.badges?.value ?? [])
    if (b.criteria.kind === 'path_complete' && b.criteria.path) paths.add(b.criteria.path);
  const numbers = pack.problems.flatMap((p) => (p.meta.number === undefined ? [] : [p.meta.number]));
  return { topics: [...topics], problems: [...problems], mcqSets: [...mcqSets], paths: [...paths], numbers };
}

function checkDuplicates<T>(
  root: string,
  located: Located<T[]> | null,
  key: (t: T) => string,
  label: string,
  field: string,
  issues: ContentIssue[],
) {
  const seen = new Set<string>();
  located?.value.forEach((item, i) => {
    const k = key(item);
    if (seen.has(k))
      issues.push({
        code: 'CONTENT_DUPLICATE',
        ...at(located, [root, i, field]),
        message: `${label} "${k}" is defined twice`,
      });
    seen.add(k);
  });
}

/** Checks a problem's cases (file and generated) against its signature and the hidden-case minimum. */
export function checkProblemCases(
  problem: ParsedProblem,
  generated: readonly TestCase[],
  issues: ContentIssue[],
): void {
  const { signature, comparator } = problem.meta;
  const groups: [string, readonly TestCase[], string][] = [
    ['visible', problem.visible, problem.testsFile],
    ['hidden', problem.hidden, problem.testsFile],
    ['generated', generated, `${problem.dir}/generate.mjs`],
  ];
  for (const [group, cases, file] of groups) {
    let reported = 0;
    for (const [i, c] of cases.entries()) {
      const problemFound = checkCase(signature, comparator, c.input, c.output);
      // A few per group are enough to show the pattern; a wrong generator would otherwise print thousands.
      if (problemFound && reported++ < 3) {
        issues.push({
          code: 'CONTENT_SCHEMA',
          file,
          field: [group, i, ...problemFound.path]
            .map((k, j) => (typeof k === 'number' ? `[${k}]` : j === 0 ? k : `.${k}`))
            .join(''),
          message: `${group} case ${i + 1}: ${problemFound.message}`,
        });
      }
    }
  }
  const hiddenTotal = problem.hidden.length + generated.length;
  if (hiddenTotal < MIN_HIDDEN_CASES) {
    issues.push({
      code: 'CONTENT_SCHEMA',
      file: problem.testsFile,
      field: 'hidden',
      message: `has ${hiddenTotal} hidden cases (with generate.mjs); a problem needs at least ${MIN_HIDDEN_CASES}`,
    });
  }
}

/** Cross-file checks: duplicates and references to topics, problems, MCQ sets and paths (in the pack or the database). */
export function validatePack(pack: ParsedPack, known: KnownContent, issues: ContentIssue[]): void {
  checkDuplicates('topics', pack.topics, (t) => t.slug, 'topic', 'slug', issues);
  checkDuplicates('topics', pack.topics, (t) => t.name, 'topic name', 'name', issues);
  checkDuplicates('badges', pack.badges, (b) => b.slug, 'badge', 'slug', issues);
  checkDuplicates('plans', pack.plans, (p) => p.name, 'plan', 'name', issues);

  const topics = new Set([...known.topics, ...(pack.topics?.value.map((t) => t.slug) ?? [])]);
  const problems = new Set([...known.problems, ...pack.declared.problems]);
  const mcqSets = new Set([...known.mcqSets, ...pack.declared.mcqSets]);
  const paths = new Set([...known.paths, ...pack.declared.paths]);
  // With a broken topics.yaml every topic would look unknown; its own errors say enough.
  if (pack.declared.topicsFileFailed) for (const t of collectReferences(pack).topics) topics.add(t);
  const unknown = (
    where: ReturnType<typeof at> | { file: string; field: string },
    what: string,
    slug: string,
    hint: string,
  ) => issues.push({ code: 'CONTENT_UNKNOWN_REFERENCE', ...where, message: `unknown ${what} "${slug}"; ${hint}` });

  const setsSeen = new Map<string, string>();
  for (const set of pack.mcqSets) {
    const other = setsSeen.get(set.value.set);
    if (other)
      issues.push({
        code: 'CONTENT_DUPLICATE',
        ...at(set, ['set']),
        message: `MCQ set "${set.value.set}" is also defined in ${other}`,
      });
    setsSeen.set(set.value.set, set.file);
    if (!topics.has(set.value.topic)) unknown(at(set, ['topic']), 'topic', set.value.topic, 'add it to topics.yaml');
  }
  pack.topics?.value.forEach((t, i) => {
    if (t.parent && !topics.has(t.parent))
      unknown(at(pack.topics!, ['topics', i, 'parent']), 'parent topic', t.parent, 'add it to topics.yaml');
  });

  const numbers = new Map<number, string>();
  for (const p of pack.problems) {
    const front = { value: p.meta, file: p.problemFile, source: p.metaSource };
    p.meta.topics.forEach((t, i) => {
      if (!topics.has(t)) unknown(at(front, ['topics', i]), 'topic', t, 'add it to topics.yaml');
    });
    const n = p.meta.number;
    if (n === undefined) continue;
    const holder = numbers.get(n) ?? known.numbers.get(n);
    if (holder && holder !== p.slug) {
      issues.push({
        code: 'CONTENT_DUPLICATE',
        file: p.problemFile,
        field: 'number',
        message: `number ${n} is already used by problem "${holder}"`,
      });
    }
    numbers.set(n, p.slug);
  }

  const pathsSeen = new Map<string, string>();
  for (const path of pack.paths) {
    const other = pathsSeen.get(path.value.slug);
    if (other)
      issues.push({
        code: 'CONTENT_DUPLICATE',
        ...at(path, ['slug']),
        message: `path "${path.value.slug}" is also defined in ${other}`,
      });
    pathsSeen.set(path.value.slug, path.file);
    for (const [i, m] of path.value.modules.entries()) {
      for (const [j, item] of m.items.entries()) {
        if ('problem' in item && !problems.has(item.problem)) {
          unknown(
            at(path, ['modules', i, 'items', j, 'problem']),
            'problem',
            item.problem,
            'import its folder first or fix the slug',
          );
        }
        if ('mcqSet' in item && !mcqSets.has(item.mcqSet)) {
          unknown(
            at(path, ['modules', i, 'items', j, 'mcqSet']),
            'MCQ set',
            item.mcqSet,
            'import content/mcq/<set>.yaml first or fix the name',
          );
        }
      }
    }
  }
  pack.badges?.value.forEach((b, i) => {
    if (b.criteria.kind === 'path_complete' && b.criteria.path && !paths.has(b.criteria.path)) {
      unknown(at(pack.badges!, ['badges', i, 'criteria', 'path']), 'learning path', b.criteria.path, 'fix the slug');
    }
  });
}
