/** How many items of one kind an import created, changed and left alone. */
export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
}

/** The kinds of content an import reports on. */
export const IMPORT_KINDS = ['topics', 'plans', 'badges', 'problems', 'mcqSets', 'mcqQuestions', 'paths'] as const;

/** One of {@link IMPORT_KINDS}. */
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** Zeroed counts for every kind. */
export function emptyCounts(): Record<ImportKind, ImportCounts> {
  return Object.fromEntries(IMPORT_KINDS.map((k) => [k, { created: 0, updated: 0, unchanged: 0 }])) as Record<
    ImportKind,
    ImportCounts
  >;
}
