import { z } from 'zod';

/** The minimum number of hidden cases a problem has once `generate.mjs` has run. */
export const MIN_HIDDEN_CASES = 20;

/** The four reference-solution files every problem ships, by language. */
export const solutionFileNames = {
  python: 'python.py',
  javascript: 'javascript.js',
  java: 'java.java',
  cpp: 'cpp.cpp',
} as const;

/** `hints.md` once parsed: one hint per Markdown list item, at most 10, each at most 1000 characters. */
export const hintsSchema = z.array(z.string().min(1).max(1000)).min(1, 'at least one hint').max(10, 'at most 10 hints');

export type Hints = z.infer<typeof hintsSchema>;
