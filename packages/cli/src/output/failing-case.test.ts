import { describe, expect, it } from 'vitest';
import { createTestContext } from '../../test/test-context.js';
import { renderFailingCase } from './failing-case.js';
import { createStyle } from './style.js';

const plain = createStyle(createTestContext());
const wrong = { input: [[2, 7, 11, 15], 9], expected: [0, 1], actual: [1, 0], stdout: 'debug\n' };

describe('renderFailingCase', () => {
  it('lays out a sample case for `test` indented under its ✗ line (NO_COLOR)', () => {
    expect(renderFailingCase(wrong, plain, { label: 'input', indent: '  ' })).toBe(
      [
        '  input: [2,7,11,15], 9',
        '  --- expected',
        '  +++ actual',
        '  @@ -1,1 +1,1 @@',
        '  -[0,1]',
        '  +[1,0]',
        '  stdout:',
        '  │ debug',
        '  │ ',
        '',
      ].join('\n'),
    );
  });

  it('lays out the first failing case of a verdict for `submit` flush left (NO_COLOR)', () => {
    const out = renderFailingCase({ ...wrong, stdout: '' }, plain, { label: 'First failing case (2)' });
    expect(out).toBe(
      [
        'First failing case (2): [2,7,11,15], 9',
        '--- expected',
        '+++ actual',
        '@@ -1,1 +1,1 @@',
        '-[0,1]',
        '+[1,0]',
        '',
      ].join('\n'),
    );
  });

  it('shows the error, and the output alone when no output is expected', () => {
    const out = renderFailingCase({ input: [1], actual: 3, error: 'ZeroDivisionError' }, plain, { label: 'input' });
    expect(out).toBe('input: 1\nZeroDivisionError\noutput: 3\n');
  });
});
