import { z } from 'zod';

/** A visible case: arguments, expected output and an optional explanation shown with the example. */
export const visibleCaseSchema = z
  .object({ input: z.array(z.unknown()), output: z.unknown(), explanation: z.string().optional() })
  .strict();

/** A hidden case: arguments and expected output only. */
export const hiddenCaseSchema = z.object({ input: z.array(z.unknown()), output: z.unknown() }).strict();

/** `tests.json`: at least 3 visible cases; hidden cases (with the generator's) must reach 20, checked on import. */
export const testsFileSchema = z
  .object({
    visible: z.array(visibleCaseSchema).min(3, 'at least 3 visible cases'),
    hidden: z.array(hiddenCaseSchema).default([]),
  })
  .strict();

export type VisibleCase = z.infer<typeof visibleCaseSchema>;
export type HiddenCase = z.infer<typeof hiddenCaseSchema>;
export type TestsFile = z.infer<typeof testsFileSchema>;
