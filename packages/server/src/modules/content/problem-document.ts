import { isClassSignature, type Language, type McqQuestion, type McqSet, type TestCase } from '@avantika/contract';
import type { ParsedProblem } from './parse-problem.js';

/** A DSA problem's document in the `problems` collection (the seed's shape plus what export needs to round-trip). */
export interface DsaProblemDocument {
  readonly postgresId: string;
  readonly type: 'dsa';
  readonly slug: string;
  readonly title: string;
  readonly difficulty: string;
  readonly problemStatement: string;
  readonly constraints: string[];
  readonly examples: { input: string; output: string; explanation?: string }[];
  readonly testCases: { input: string; output: string; isHidden: boolean }[];
  readonly hints: string[];
  readonly solutions: {
    language: Language;
    approach: string;
    timeComplexity: string;
    spaceComplexity: string;
    code: string;
    explanation: string;
  }[];
  readonly companies: string[];
  readonly topics: string[];
  readonly contentHash: string;
  readonly version: number;
  /**
   * Authoring details that are not in the seed's shape: the generator, how many hidden cases tests.json held, how many
   * generate.mjs made (those live only in problem_versions.hidden_cases: they can be megabytes, past MongoDB's 16 MB
   * document limit), and whether solution notes were written.
   */
  readonly source: {
    readonly generator: string | null;
    readonly hiddenFileCases: number;
    readonly generatedCases: number;
    readonly notes: boolean;
  };
  readonly updatedAt: Date;
}

/** An MCQ question's document in the `problems` collection (the seed's MCQ shape). */
export interface McqProblemDocument {
  readonly postgresId: string;
  readonly type: 'mcq';
  readonly question: string;
  readonly options: { id: number; text: string; isCorrect: boolean }[];
  readonly multiSelect: boolean;
  readonly explanation: string;
  readonly relatedConcepts: string[];
  readonly domain: string;
  readonly subtopic: string;
  readonly topics: string[];
  readonly difficulty: string;
  readonly set: string;
  readonly questionKey: string;
  readonly contentHash: string;
  readonly updatedAt: Date;
}

/** Any document the importer writes to the `problems` collection. */
export type ProblemDocument = DsaProblemDocument | McqProblemDocument;

const ORDER: Language[] = ['python', 'javascript', 'java', 'cpp'];

/** `nums = [2,7,11,15], target = 9`: an example's input as a reader sees it. */
function formatExampleInput(problem: ParsedProblem, input: unknown[]): string {
  const sig = problem.meta.signature;
  if (isClassSignature(sig)) return `${JSON.stringify(input[0])}\n${JSON.stringify(input[1])}`;
  return sig.params.map((p, i) => `${p.name} = ${JSON.stringify(input[i])}`).join(', ');
}

/**
 * Builds the seed-shaped document of a DSA problem; `testCases` are the visible and tests.json hidden cases, each
 * `input` the JSON arguments joined by newlines.
 */
export function buildDsaDocument(
  problem: ParsedProblem,
  ids: { postgresId: string; contentHash: string; version: number },
  generated: readonly TestCase[],
): DsaProblemDocument {
  const { meta } = problem;
  const toCase = (c: TestCase, isHidden: boolean) => ({
    input: c.input.map((a) => JSON.stringify(a)).join('\n'),
    output: JSON.stringify(c.output ?? null),
    isHidden,
  });
  return {
    ...ids,
    type: 'dsa',
    slug: problem.slug,
    title: meta.title,
    difficulty: meta.difficulty,
    problemStatement: problem.statement,
    constraints: problem.constraints,
    examples: problem.visible.map((c) => ({
      input: formatExampleInput(problem, c.input),
      output: JSON.stringify(c.output ?? null),
      ...(c.explanation === undefined ? {} : { explanation: c.explanation }),
    })),
    testCases: [...problem.visible.map((c) => toCase(c, false)), ...problem.hidden.map((c) => toCase(c, true))],
    hints: problem.hints,
    solutions: ORDER.map((language) => ({
      language,
      approach: meta.solution?.approach ?? '',
      timeComplexity: meta.solution?.timeComplexity ?? '',
      spaceComplexity: meta.solution?.spaceComplexity ?? '',
      code: problem.solutions[language],
      explanation: meta.solution?.explanation ?? '',
    })),
    companies: meta.companies,
    topics: meta.topics,
    source: {
      generator: problem.generatorSource,
      hiddenFileCases: problem.hidden.length,
      generatedCases: generated.length,
      notes: meta.solution !== undefined,
    },
    updatedAt: new Date(),
  };
}

/** Builds the seed-shaped document of one MCQ question; option ids are 1-based positions. */
export function buildMcqDocument(
  set: McqSet,
  q: McqQuestion,
  ids: { postgresId: string; contentHash: string },
): McqProblemDocument {
  return {
    ...ids,
    type: 'mcq',
    question: q.question,
    options: q.options.map((o, i) => ({ id: i + 1, text: o.text, isCorrect: o.correct })),
    multiSelect: q.multiSelect,
    explanation: q.explanation,
    relatedConcepts: q.relatedConcepts,
    domain: set.domain,
    subtopic: set.set,
    topics: [set.topic],
    difficulty: q.difficulty,
    set: set.set,
    questionKey: q.id,
    updatedAt: new Date(),
  };
}

/** The problems-row slug of an MCQ question: `mcq.<set>.<id>` (dots never occur in content slugs). */
export function mcqQuestionSlug(set: string, id: string): string {
  return `mcq.${set}.${id}`;
}
