import {
  type Badge,
  badgesFileSchema,
  type ContentIssue,
  type LearningPath,
  learningPathSchema,
  type McqSet,
  mcqSetSchema,
  type Plan,
  plansFileSchema,
  type Topic,
  topicsFileSchema,
} from '@avantika/contract';
import type { z } from 'zod';
import type { ContentFile } from './content-files.js';
import { type ParsedProblem, parseProblem } from './parse-problem.js';
import { schemaIssues } from './schema-issues.js';
import { parseYamlSource, type YamlSource } from './yaml-source.js';

/** A parsed item with the file it came from and a way to point at its fields. */
export interface Located<T> {
  readonly value: T;
  readonly file: string;
  readonly source: YamlSource;
}

/** Every content file of an import, parsed and schema-checked, with the problems found so far. */
export interface ParsedPack {
  readonly topics: Located<Topic[]> | null;
  readonly badges: Located<Badge[]> | null;
  readonly plans: Located<Plan[]> | null;
  readonly problems: ParsedProblem[];
  readonly mcqSets: Located<McqSet>[];
  readonly paths: Located<LearningPath>[];
  /**
   * Everything the import declares, valid or not, so a path that names a broken problem is not also reported as
   * naming an unknown one; `topicsFileFailed` is true when topics.yaml is there but did not parse.
   */
  readonly declared: { problems: Set<string>; mcqSets: Set<string>; paths: Set<string>; topicsFileFailed: boolean };
  /** Files that are not content (README.md, notes); listed in the report, never an error. */
  readonly ignored: string[];
  readonly issues: ContentIssue[];
}

function parseYamlFile<T>(file: ContentFile, schema: z.ZodType<T>, issues: ContentIssue[]): Located<T> | null {
  const parsed = parseYamlSource(file.text);
  if (!parsed.ok) {
    for (const e of parsed.errors) issues.push({ code: 'CONTENT_YAML_SYNTAX', file: file.path, ...e });
    return null;
  }
  const result = schema.safeParse(parsed.source.value);
  if (!result.success) {
    issues.push(...schemaIssues(result.error, file.path, parsed.source));
    return null;
  }
  return { value: result.data, file: file.path, source: parsed.source };
}

function checkName(
  located: Located<{ readonly [k: string]: unknown }> | null,
  field: string,
  expected: string,
  issues: ContentIssue[],
) {
  if (!located || located.value[field] === expected) return located;
  const pos = located.source.locate([field]);
  issues.push({
    code: 'CONTENT_SCHEMA',
    file: located.file,
    ...(pos ? { line: pos.line, column: pos.column } : {}),
    field,
    message: `${field} "${String(located.value[field])}" must equal the file name "${expected}"`,
  });
  return null;
}

/** Parses every file of an import; never throws on bad content, collecting every problem in `issues`. */
export function parsePack(files: readonly ContentFile[]): ParsedPack {
  const issues: ContentIssue[] = [];
  const ignored: string[] = [];
  const problemFiles = new Map<string, Map<string, ContentFile>>();
  const problemDirs = new Map<string, string>();
  let topics: Located<Topic[]> | null = null;
  let badges: Located<Badge[]> | null = null;
  let plans: Located<Plan[]> | null = null;
  const mcqSets: Located<McqSet>[] = [];
  const paths: Located<LearningPath>[] = [];
  const declared = {
    problems: new Set<string>(),
    mcqSets: new Set<string>(),
    paths: new Set<string>(),
    topicsFileFailed: false,
  };

  for (const file of files) {
    const problem = /^problems\/([^/]+)\/(.+)$/.exec(file.key);
    const yamlIn = /^(mcq|paths)\/([^/]+)\.yaml$/.exec(file.key);
    if (problem) {
      const [, slug, rest] = problem as unknown as [string, string, string];
      declared.problems.add(slug);
      const dir = file.path.slice(0, file.path.length - rest.length - 1);
      if (!problemFiles.has(slug)) {
        problemFiles.set(slug, new Map());
        problemDirs.set(slug, dir);
      }
      if (problemDirs.get(slug) !== dir) {
        if (rest === 'problem.md') {
          issues.push({
            code: 'CONTENT_DUPLICATE',
            file: file.path,
            field: 'slug',
            message: `problem "${slug}" is also defined in ${problemDirs.get(slug)}`,
          });
        }
        continue;
      }
      problemFiles.get(slug)!.set(rest, file);
    } else if (yamlIn?.[1] === 'mcq') {
      declared.mcqSets.add(yamlIn[2]!);
      const set = checkName(parseYamlFile(file, mcqSetSchema, issues), 'set', yamlIn[2]!, issues);
      if (set) mcqSets.push(set as Located<McqSet>);
    } else if (yamlIn?.[1] === 'paths') {
      declared.paths.add(yamlIn[2]!);
      const path = checkName(parseYamlFile(file, learningPathSchema, issues), 'slug', yamlIn[2]!, issues);
      if (path) paths.push(path as Located<LearningPath>);
    } else if (file.key === 'topics.yaml') {
      const t = parseYamlFile(file, topicsFileSchema, issues);
      topics = t && { ...t, value: t.value.topics };
      declared.topicsFileFailed = t === null;
    } else if (file.key === 'badges.yaml') {
      const b = parseYamlFile(file, badgesFileSchema, issues);
      badges = b && { ...b, value: b.value.badges };
    } else if (file.key === 'plans.yaml') {
      const p = parseYamlFile(file, plansFileSchema, issues);
      plans = p && { ...p, value: p.value.plans };
    } else ignored.push(file.path);
  }

  const problems: ParsedProblem[] = [];
  for (const [slug, folder] of problemFiles) {
    const parsed = parseProblem(slug, folder, problemDirs.get(slug)!, issues);
    if (parsed) problems.push(parsed);
  }
  return { topics, badges, plans, problems, mcqSets, paths, declared, ignored, issues };
}
