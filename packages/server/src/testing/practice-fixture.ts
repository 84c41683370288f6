import type { Sql } from '../adapters/sql/sql.js';
import { importTestContent, mcqSetYaml, packContentFiles } from './test-content.js';

/** The pack problems the practice fixture imports: small ones with a function, an in-place and a design problem. */
export const PRACTICE_PROBLEMS: readonly string[] = [
  'two-sum',
  'valid-brackets',
  'climbing-stairs',
  'single-number',
  'move-zeroes',
];

// Six single-choice questions (right answer first) and one multi-select question with two right answers.
const SORTING_BASICS = `${mcqSetYaml('sorting-basics', 'sorting', 6, { title: 'Sorting basics' })}  - id: pick-two
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

/** A topic learning path `slug` whose first module holds two-sum, the MCQ set `mcqSet` and an article. */
export function learningPathYaml(slug: string, title: string, mcqSet: string): string {
  return `slug: ${slug}
title: ${title}
type: topic
order: 1
modules:
  - id: warm-up
    title: Warm-up
    type: coding
    items:
      - problem: two-sum
      - mcqSet: ${mcqSet}
      - article: https://example.com/big-o
        title: Big-O in ten minutes
  - id: stacks
    title: Stacks
    type: coding
    items:
      - problem: valid-brackets
`;
}

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

/**
 * The practice fixture: topics, {@link PRACTICE_PROBLEMS}, the 7-question MCQ set `sorting-basics` and the paths
 * `practice-path` (two-sum, sorting-basics, an article, valid-brackets) and `second-path`; throws on any issue.
 */
export async function importPracticeContent(sql: Sql): Promise<void> {
  await importTestContent(sql, packContentFiles({ problems: PRACTICE_PROBLEMS }));
  await importTestContent(sql, {
    'mcq/sorting-basics.yaml': SORTING_BASICS,
    'paths/practice-path.yaml': learningPathYaml('practice-path', 'Practice path', 'sorting-basics'),
    'paths/second-path.yaml': SECOND_PATH,
  });
}
