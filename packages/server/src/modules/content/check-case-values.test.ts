import type { Signature } from '@avantika/contract';
import { describe, expect, it } from 'vitest';
import { checkCase, checkValue } from './check-case-values.js';

describe('checkValue', () => {
  it('accepts values of each signature type', () => {
    expect(checkValue('int', -5)).toBeNull();
    expect(checkValue('long', 2 ** 40)).toBeNull();
    expect(checkValue('double', 0.5)).toBeNull();
    expect(checkValue('char', 'a')).toBeNull();
    expect(checkValue('int[][]', [[1], []])).toBeNull();
    expect(checkValue('list<string>', ['a'])).toBeNull();
    expect(checkValue('TreeNode', [1, null, 2])).toBeNull();
    expect(checkValue('ListNode', [])).toBeNull();
  });

  it('explains a mismatch down to the element', () => {
    expect(checkValue('int', 2 ** 40)).toMatch(/int/);
    expect(checkValue('char', 'ab')).toMatch(/char/);
    expect(checkValue('int[]', [1, 'x'])).toMatch(/^element 1 /);
    expect(checkValue('bool', 0)).toMatch(/bool/);
  });
});

describe('checkCase', () => {
  const fn: Signature = {
    function: 'f',
    params: [{ name: 'nums', type: 'int[]' }],
    returns: 'void',
    outputParam: 'nums',
  };
  const design: Signature = {
    class: 'Counter',
    constructor: { params: [{ name: 'start', type: 'int' }] },
    methods: [{ name: 'next', params: [], returns: 'int' }],
  };

  it('checks an in-place problem output against its output parameter', () => {
    expect(checkCase(fn, { kind: 'exact' }, [[3, 1]], [1, 3])).toBeNull();
    expect(checkCase(fn, { kind: 'exact' }, [[3, 1]], null)?.path).toEqual(['output']);
    expect(checkCase(fn, { kind: 'exact' }, [], [1])?.path).toEqual(['input']);
  });

  it('checks design cases call by call', () => {
    expect(
      checkCase(
        design,
        { kind: 'exact' },
        [
          ['Counter', 'next'],
          [[1], []],
        ],
        [null, 2],
      ),
    ).toBeNull();
    expect(
      checkCase(
        design,
        { kind: 'exact' },
        [
          ['Counter', 'prev'],
          [[1], []],
        ],
        [null, 2],
      )?.path,
    ).toEqual(['input', 0, 1]);
    expect(
      checkCase(
        design,
        { kind: 'exact' },
        [
          ['Counter', 'next'],
          [[1], []],
        ],
        [null, 'x'],
      )?.path,
    ).toEqual(['output', 1]);
    expect(checkCase(design, { kind: 'exact' }, [['Counter'], [[1]]], [null, 1])?.path).toEqual(['output']);
  });
});
