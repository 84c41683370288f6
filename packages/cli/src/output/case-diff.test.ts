import { describe, expect, it } from 'vitest';
import { createTestContext } from '../../test/test-context.js';
import { renderCaseDiff, showWhitespace } from './case-diff.js';
import { createStyle } from './style.js';

const plain = createStyle(createTestContext());

describe('renderCaseDiff', () => {
  it('shows expected as - and actual as + lines', () => {
    const out = renderCaseDiff([0, 1], [1, 0], plain);
    expect(out).toContain('-[0,1]');
    expect(out).toContain('+[1,0]');
    expect(out.startsWith('--- expected\n+++ actual\n@@')).toBe(true);
  });

  it('puts long arrays one element per line so only the differing element is marked', () => {
    const expected = Array.from({ length: 30 }, (_, i) => i);
    const actual = expected.map((v) => (v === 17 ? 99 : v));
    const changed = renderCaseDiff(expected, actual, plain)
      .split('\n')
      .filter((l) => /^[-+] /.test(l));
    expect(changed).toEqual(['-  17,', '+  99,']);
  });

  it('makes trailing spaces and tabs visible', () => {
    expect(showWhitespace('a\tb  ')).toBe('a→b··');
    expect(renderCaseDiff('abc', 'abc ', plain)).toContain('+abc·');
  });
});
