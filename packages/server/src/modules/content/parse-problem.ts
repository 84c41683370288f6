import {
  type ContentIssue,
  type HiddenCase,
  hintsSchema,
  type Language,
  type ProblemFrontMatter,
  problemFrontMatterSchema,
  solutionFileNames,
  testsFileSchema,
  type VisibleCase,
} from '@avantika/contract';
import type { ContentFile } from './content-files.js';
import { extractConstraints, parseMarkdownList, splitFrontMatter } from './markdown.js';
import { schemaIssues } from './schema-issues.js';
import { locateJsonSyntaxError, parseYamlSource, type YamlSource } from './yaml-source.js';

/** A problem folder parsed and schema-checked; hidden cases from generate.mjs are added later by the importer. */
export interface ParsedProblem {
  readonly slug: string;
  /** Display path of the folder and of problem.md / tests.json, for later error messages. */
  readonly dir: string;
  readonly problemFile: string;
  readonly testsFile: string;
  readonly meta: ProblemFrontMatter;
  /** Positions in the front matter, for errors found later (unknown topics, duplicate numbers). */
  readonly metaSource: YamlSource;
  readonly statement: string;
  readonly constraints: string[];
  readonly hints: string[];
  readonly visible: VisibleCase[];
  readonly hidden: HiddenCase[];
  readonly solutions: Record<Language, string>;
  readonly validatorSource: string | null;
  readonly generatorSource: string | null;
}

function missing(file: string, message: string): ContentIssue {
  return { code: 'CONTENT_MISSING_FILE', file, message };
}

/** Parses the files of one problem folder (keys relative to the folder); pushes every problem found to `issues`. */
export function parseProblem(
  slug: string,
  files: Map<string, ContentFile>,
  dir: string,
  issues: ContentIssue[],
): ParsedProblem | null {
  const before = issues.length;
  const md = files.get('problem.md');
  const tests = files.get('tests.json');
  let meta: ProblemFrontMatter | undefined;
  let metaSource: YamlSource | undefined;
  let statement = '';
  if (!md) issues.push(missing(`${dir}/problem.md`, 'the problem folder has no problem.md'));
  else {
    const split = splitFrontMatter(md.text);
    if (!split) {
      issues.push({
        code: 'CONTENT_YAML_SYNTAX',
        file: md.path,
        line: 1,
        column: 1,
        message: 'problem.md must start with YAML front matter between two "---" lines',
      });
    } else {
      statement = split.statement;
      const parsed = parseYamlSource(split.frontMatter, 1);
      if (!parsed.ok) {
        for (const e of parsed.errors) issues.push({ code: 'CONTENT_YAML_SYNTAX', file: md.path, ...e });
      } else {
        const result = problemFrontMatterSchema.safeParse(parsed.source.value);
        if (!result.success) issues.push(...schemaIssues(result.error, md.path, parsed.source));
        else if (result.data.slug !== slug) {
          const pos = parsed.source.locate(['slug']);
          issues.push({
            code: 'CONTENT_SCHEMA',
            file: md.path,
            ...(pos ? { line: pos.line, column: pos.column } : {}),
            field: 'slug',
            message: `slug "${result.data.slug}" must equal the folder name "${slug}"`,
          });
        } else {
          meta = result.data;
          metaSource = parsed.source;
        }
      }
      if (statement === '')
        issues.push({
          code: 'CONTENT_SCHEMA',
          file: md.path,
          message: 'the statement after the front matter is empty',
        });
    }
  }

  let visible: VisibleCase[] = [];
  let hidden: HiddenCase[] = [];
  if (!tests) issues.push(missing(`${dir}/tests.json`, 'the problem folder has no tests.json'));
  else {
    let value: unknown;
    try {
      value = JSON.parse(tests.text);
    } catch (error) {
      issues.push({ code: 'CONTENT_JSON_SYNTAX', file: tests.path, ...locateJsonSyntaxError(tests.text, error) });
    }
    if (value !== undefined) {
      const result = testsFileSchema.safeParse(value);
      if (result.success) ({ visible, hidden } = result.data);
      else {
        // Re-read with positions only on failure: JSON is YAML, and large test files parse faster with JSON.parse.
        const located = parseYamlSource(tests.text);
        issues.push(...schemaIssues(result.error, tests.path, located.ok ? located.source : undefined));
      }
    }
  }

  const solutions = {} as Record<Language, string>;
  for (const [language, name] of Object.entries(solutionFileNames) as [Language, string][]) {
    const file = files.get(`solutions/${name}`);
    if (!file)
      issues.push(
        missing(`${dir}/solutions/${name}`, `the ${language} reference solution solutions/${name} is missing`),
      );
    else if (file.text.trim() === '')
      issues.push({ code: 'CONTENT_SCHEMA', file: file.path, message: `the ${language} reference solution is empty` });
    else solutions[language] = file.text;
  }

  const validator = files.get('validator.ts');
  if (meta?.comparator.kind === 'custom' && !validator) {
    issues.push(missing(`${dir}/validator.ts`, 'comparator "custom" needs a validator.ts next to problem.md'));
  }

  let hints: string[] = [];
  const hintsFile = files.get('hints.md');
  if (hintsFile) {
    const { items, strayLines } = parseMarkdownList(hintsFile.text);
    for (const line of strayLines) {
      issues.push({
        code: 'CONTENT_SCHEMA',
        file: hintsFile.path,
        line,
        column: 1,
        message: 'hints.md holds one hint per list item ("- ..."); this line is not part of one',
      });
    }
    const result = hintsSchema.safeParse(items);
    if (result.success) hints = result.data;
    else issues.push(...schemaIssues(result.error, hintsFile.path, undefined, ['hints']));
  }

  if (issues.length > before || !meta || !metaSource || !md || !tests) return null;
  return {
    slug,
    dir,
    problemFile: md.path,
    testsFile: tests.path,
    meta,
    metaSource,
    statement,
    constraints: extractConstraints(statement),
    hints,
    visible,
    hidden,
    solutions,
    validatorSource: validator?.text ?? null,
    generatorSource: files.get('generate.mjs')?.text ?? null,
  };
}
