import { z } from 'zod';

/**
 * A type in a problem signature: scalars `int long double bool string char`, arrays `T[]`, lists `list<T>`
 * (nestable: `int[][]`, `list<list<int>>`, `list<int[]>`), `ListNode`, `TreeNode`, and `void` (returns only).
 */
export const typeNameSchema = z
  .string()
  .regex(
    /^(?:int|long|double|bool|string|char|ListNode|TreeNode|void|list<.+>|.+\[\])$/,
    'a signature type: int, long, double, bool, string, char, T[], list<T>, ListNode, TreeNode or void',
  );

/** A named, typed parameter. */
export const paramSchema = z.object({ name: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/), type: typeNameSchema });

/** A function problem: `Solution.<function>(params) -> returns`; `outputParam` names the in-place parameter of a void one. */
export const functionSignatureSchema = z.object({
  function: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/),
  params: z.array(paramSchema),
  returns: typeNameSchema,
  outputParam: z.string().optional(),
});

/** One method of a design problem's class. */
export const methodSchema = z.object({
  name: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/),
  params: z.array(paramSchema),
  returns: typeNameSchema,
});

/**
 * A design problem: a class with a constructor and methods. A test input is LeetCode's two lines,
 * `[["LRUCache","put","get"], [[2],[1,1],[1]]]`, and the output one value per call (`null` for the constructor and void).
 */
export const classSignatureSchema = z.object({
  class: z.string().regex(/^[A-Z][A-Za-z0-9_]*$/),
  constructor: z.object({ params: z.array(paramSchema) }),
  methods: z.array(methodSchema).min(1),
});

/** The typed signature a problem's harness and starter code are generated from. */
export const signatureSchema = z.union([functionSignatureSchema, classSignatureSchema]);

/** How a case's actual output is compared with the expected one. */
export const comparatorSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('exact') }),
  z.object({
    kind: z.literal('float'),
    abs: z.number().nonnegative().default(1e-6),
    rel: z.number().nonnegative().default(1e-6),
  }),
  // depth 1: the top-level list is a multiset; depth 2: also each inner list (e.g. groups of anagrams).
  z.object({ kind: z.literal('unordered'), depth: z.number().int().min(1).max(3).default(1) }),
  // A trusted validator shipped with the problem (validator.ts): `validate({ input, expected, actual }) => true | string`.
  z.object({ kind: z.literal('custom') }),
]);

/** Resource limits for one submission; the judge scales time per language. */
export const limitsSchema = z.object({
  timeMs: z.number().int().min(100).max(20_000).default(2000),
  memoryMb: z.number().int().min(16).max(2048).default(256),
});

/** One test case: the arguments as a JSON array (design problems: the two LeetCode lines) and the expected output. */
export const testCaseSchema = z.object({ input: z.array(z.unknown()), output: z.unknown() });

/** The languages the judge runs. */
export const languageSchema = z.enum(['python', 'javascript', 'java', 'cpp']);

/** Every verdict the judge can give. */
export const verdictSchema = z.enum([
  'accepted',
  'wrong_answer',
  'time_limit_exceeded',
  'memory_limit_exceeded',
  'runtime_error',
  'compile_error',
  'output_limit_exceeded',
  'internal_error',
]);

export type TypeName = z.infer<typeof typeNameSchema>;
export type Param = z.infer<typeof paramSchema>;
export type FunctionSignature = z.infer<typeof functionSignatureSchema>;
export type ClassSignature = z.infer<typeof classSignatureSchema>;
export type Signature = z.infer<typeof signatureSchema>;
export type Comparator = z.infer<typeof comparatorSchema>;
export type Limits = z.infer<typeof limitsSchema>;
export type TestCase = z.infer<typeof testCaseSchema>;
export type Language = z.infer<typeof languageSchema>;
export type Verdict = z.infer<typeof verdictSchema>;

/** True when the signature describes a design problem (a class with methods). */
export function isClassSignature(signature: Signature): signature is ClassSignature {
  return 'class' in signature;
}
