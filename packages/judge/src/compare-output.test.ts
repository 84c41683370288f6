import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.js';
import { compareOutput } from './compare-output.js';

describe('compareOutput', () => {
  it('exact: equal values match regardless of key order and whitespace, different ones do not', () => {
    expect(compareOutput({ kind: 'exact' }, [1, 2, { b: 1, a: 2 }], [1, 2, { a: 2, b: 1 }]).ok).toBe(true);
    expect(compareOutput({ kind: 'exact' }, [1, 2], [2, 1]).ok).toBe(false);
    expect(compareOutput({ kind: 'exact' }, 1, '1').ok).toBe(false);
    expect(canonicalJson({ b: [1, -0], a: 'x' })).toBe('{"a":"x","b":[1,0]}');
  });

  it('float: numbers anywhere in the value match within the absolute or relative tolerance', () => {
    const float = { kind: 'float' as const, abs: 1e-6, rel: 1e-6 };
    expect(compareOutput(float, [[1.0, 2.5]], [[1.0000004, 2.5000001]]).ok).toBe(true);
    expect(compareOutput(float, 1e12, 1e12 + 1000).ok).toBe(true);
    expect(compareOutput(float, [1.0], [1.01]).ok).toBe(false);
    expect(compareOutput(float, [1.0, 2.0], [1.0]).ok).toBe(false);
  });

  it('unordered: depth 1 ignores the top-level order, depth 2 also the order inside each element', () => {
    const groups = [['eat', 'tea'], ['bat']];
    const shuffled = [['bat'], ['tea', 'eat']];
    expect(compareOutput({ kind: 'unordered', depth: 1 }, [1, 2, 2], [2, 1, 2]).ok).toBe(true);
    expect(compareOutput({ kind: 'unordered', depth: 1 }, [1, 2, 2], [2, 1, 1]).ok).toBe(false);
    expect(compareOutput({ kind: 'unordered', depth: 1 }, groups, shuffled).ok).toBe(false);
    expect(compareOutput({ kind: 'unordered', depth: 2 }, groups, shuffled).ok).toBe(true);
  });

  it('custom: the validator decides and its reason is reported; it sees a copy of the input', () => {
    const validate = ({ input, actual }: { input: unknown[]; expected: unknown; actual: unknown }) => {
      (input as number[]).length = 0;
      return actual === 4 ? true : `expected an even answer, got ${String(actual)}`;
    };
    const input = [2, 2];
    expect(compareOutput({ kind: 'custom' }, null, 4, input, validate)).toEqual({ ok: true });
    const wrong = compareOutput({ kind: 'custom' }, null, 5, input, validate);
    expect(wrong.ok).toBe(false);
    expect(input).toEqual([2, 2]);
  });
});
