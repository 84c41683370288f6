import type { Comparator } from '@avantika/contract';
import { canonicalJson } from './canonical-json.js';

/** A trusted per-problem checker (validator.ts): true when `actual` is acceptable, else a reason. */
export type Validator = (args: { input: unknown[]; expected: unknown; actual: unknown }) => true | string;

/** The comparison of one case: equal, or not with a short reason. */
export type CompareOutcome = { ok: true } | { ok: false; reason: string };

function floatEqual(a: unknown, b: unknown, abs: number, rel: number): boolean {
  if (typeof a === 'number' && typeof b === 'number') {
    if (a === b) return true;
    const diff = Math.abs(a - b);
    return diff <= abs || diff <= rel * Math.max(Math.abs(a), Math.abs(b));
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => floatEqual(x, b[i], abs, rel));
  }
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const ka = Object.keys(a).sort();
    const kb = Object.keys(b).sort();
    return (
      canonicalJson(ka) === canonicalJson(kb) &&
      ka.every((k) => floatEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], abs, rel))
    );
  }
  return canonicalJson(a) === canonicalJson(b);
}

/** Canonical form with array order removed down to `depth` levels (depth 1: the top-level array is a multiset). */
function unorderedKey(value: unknown, depth: number): string {
  if (depth <= 0 || !Array.isArray(value)) return canonicalJson(value);
  return `[${value
    .map((x) => unorderedKey(x, depth - 1))
    .sort()
    .join(',')}]`;
}

/** Compares one case's actual output with the expected one under the problem's comparator. */
export function compareOutput(
  comparator: Comparator,
  expected: unknown,
  actual: unknown,
  input: unknown[] = [],
  validator?: Validator,
): CompareOutcome {
  switch (comparator.kind) {
    case 'exact':
      return canonicalJson(expected) === canonicalJson(actual) ? { ok: true } : { ok: false, reason: 'output differs' };
    case 'float': {
      const abs = comparator.abs ?? 1e-6;
      const rel = comparator.rel ?? 1e-6;
      return floatEqual(expected, actual, abs, rel)
        ? { ok: true }
        : { ok: false, reason: 'output differs beyond tolerance' };
    }
    case 'unordered': {
      const depth = comparator.depth ?? 1;
      return unorderedKey(expected, depth) === unorderedKey(actual, depth)
        ? { ok: true }
        : { ok: false, reason: 'output differs (order ignored)' };
    }
    case 'custom': {
      if (!validator) throw new Error('comparator "custom" needs the problem validator');
      const verdict = validator({ input: structuredClone(input), expected, actual });
      return verdict === true ? { ok: true } : { ok: false, reason: String(verdict) };
    }
  }
}
