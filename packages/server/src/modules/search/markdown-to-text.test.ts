import { describe, expect, it } from 'vitest';
import { markdownToText } from './markdown-to-text.js';

describe('markdownToText', () => {
  it('keeps the words of headings, emphasis, links and code but not their markup', () => {
    const text = markdownToText(
      [
        '## Two Sum',
        '',
        'Given an **array** of _integers_ `nums`, see [the docs](https://example.test/a).',
        '',
        '```python',
        'nums = [2, 7, 11, 15]',
        '```',
        '',
        '- `1 <= n <= 10^4`',
        '> a <b>quoted</b> note ![diagram](x.png)',
      ].join('\n'),
    );
    expect(text).toBe(
      'Two Sum\nGiven an array of integers nums, see the docs.\nnums = [2, 7, 11, 15]\n1 <= n <= 10^4\na quoted note diagram',
    );
  });

  it('drops table rules and separators but keeps underscores inside identifiers', () => {
    expect(markdownToText('| input | max_sum |\n|---|:---:|\n| [1] | 1 |')).toBe('input max_sum\n[1] 1');
  });
});
