import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../errors.js';
import { findSolutionFile, identifySolution, parseLanguage, withHeader } from './solution-file.js';

describe('solution files', () => {
  it('accepts the usual language aliases and rejects others with a usage error', () => {
    expect(parseLanguage('py')).toBe('python');
    expect(parseLanguage('C++')).toBe('cpp');
    expect(() => parseLanguage('rust')).toThrow(UsageError);
  });

  it('identifies a file by its header even after a rename', () => {
    const source = withHeader('two-sum', 'java', 'class Solution {}');
    expect(identifySolution('/tmp/Main.java', source)).toEqual({ slug: 'two-sum', language: 'java' });
  });

  it('falls back to the file name', () => {
    expect(identifySolution('/x/valid-brackets.js', 'class Solution {}')).toEqual({
      slug: 'valid-brackets',
      language: 'javascript',
    });
  });

  it('picks the most recently changed solution with a header when no file is named', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'avantika-sol-'));
    writeFileSync(join(dir, 'a.py'), withHeader('two-sum', 'python', 'pass'));
    writeFileSync(join(dir, 'b.cpp'), withHeader('three-sum', 'cpp', ''));
    writeFileSync(join(dir, 'notes.py'), 'print(1)');
    utimesSync(join(dir, 'a.py'), new Date(1_000_000), new Date(1_000_000));
    expect((await findSolutionFile(dir)).slug).toBe('three-sum');
    await expect(findSolutionFile(mkdtempSync(join(tmpdir(), 'avantika-empty-')))).rejects.toBeInstanceOf(UsageError);
  });
});
