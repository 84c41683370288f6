import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import {
  type Comparator,
  comparatorSchema,
  type Language,
  type Limits,
  limitsSchema,
  type Signature,
  signatureSchema,
  type TestCase,
  testCaseSchema,
} from '@avantika/contract';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { generateCases } from './generate-cases.js';
import { planSignature } from './harness/harness-plan.js';
import { JudgeError } from './judge-error.js';

/** A problem folder as the judge needs it: metadata, statement, cases (generated ones included) and solutions. */
export interface ProblemFolder {
  dir: string;
  slug: string;
  title: string;
  /** The whole YAML front matter, for importers that need more than the judge does. */
  frontMatter: Record<string, unknown>;
  statement: string;
  signature: Signature;
  comparator: Comparator;
  limits: Limits;
  visible: TestCase[];
  /** tests.json's hidden cases followed by generate.mjs's. */
  hidden: TestCase[];
  validatorSource: string | null;
  solutions: Partial<Record<Language, string>>;
}

/** Reference-solution file names per language, as docs/problem-format.md lists them. */
export const solutionFiles: Record<Language, string> = {
  python: 'python.py',
  javascript: 'javascript.js',
  java: 'java.java',
  cpp: 'cpp.cpp',
};

const frontMatterSchema = z.looseObject({
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  title: z.string().min(1),
  signature: signatureSchema,
  comparator: comparatorSchema.default({ kind: 'exact' }),
  limits: limitsSchema.default({ timeMs: 2000, memoryMb: 256 }),
});
const testsSchema = z.object({ visible: z.array(testCaseSchema), hidden: z.array(testCaseSchema).default([]) });

function invalid(file: string, message: string, cause?: unknown): JudgeError {
  return new JudgeError('PROBLEM_INVALID', `${file}: ${message}`, { file, cause });
}

function readOrThrow(file: string): string {
  if (!existsSync(file)) throw invalid(file, 'missing');
  return readFileSync(file, 'utf8');
}

/** Reads and validates a problem folder (problem.md, tests.json, generate.mjs, validator.ts, solutions/). */
export async function loadProblemFolder(dir: string): Promise<ProblemFolder> {
  const root = resolve(dir);
  const mdFile = join(root, 'problem.md');
  const md = readOrThrow(mdFile);
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(md);
  if (!m) throw invalid(mdFile, 'needs YAML front matter between --- lines');
  let raw: unknown;
  try {
    raw = parseYaml(m[1]!);
  } catch (error) {
    throw invalid(mdFile, `front matter is not valid YAML: ${(error as Error).message}`, error);
  }
  const fm = frontMatterSchema.safeParse(raw);
  if (!fm.success) throw invalid(mdFile, z.prettifyError(fm.error), fm.error);
  try {
    planSignature(fm.data.signature);
  } catch (error) {
    throw invalid(mdFile, (error as Error).message, error);
  }
  const testsFile = join(root, 'tests.json');
  let tests: z.infer<typeof testsSchema>;
  try {
    const parsed = testsSchema.safeParse(JSON.parse(readOrThrow(testsFile)));
    if (!parsed.success) throw invalid(testsFile, z.prettifyError(parsed.error), parsed.error);
    tests = parsed.data;
  } catch (error) {
    throw error instanceof JudgeError ? error : invalid(testsFile, (error as Error).message, error);
  }
  const validatorFile = join(root, 'validator.ts');
  const validatorSource = existsSync(validatorFile) ? readFileSync(validatorFile, 'utf8') : null;
  if (fm.data.comparator.kind === 'custom' && !validatorSource)
    throw invalid(validatorFile, 'comparator "custom" needs validator.ts');
  const solutions: Partial<Record<Language, string>> = {};
  for (const [language, file] of Object.entries(solutionFiles) as [Language, string][]) {
    const path = join(root, 'solutions', file);
    if (existsSync(path)) solutions[language] = readFileSync(path, 'utf8');
  }
  if (fm.data.slug !== basename(root)) throw invalid(mdFile, `slug "${fm.data.slug}" does not match the folder name`);
  const generated = await generateCases(root, fm.data.slug);
  return {
    dir: root,
    slug: fm.data.slug,
    title: fm.data.title,
    frontMatter: fm.data,
    statement: m[2]!.trim(),
    signature: fm.data.signature,
    comparator: fm.data.comparator,
    limits: fm.data.limits,
    visible: tests.visible,
    hidden: [...tests.hidden, ...generated],
    validatorSource,
    solutions,
  };
}
