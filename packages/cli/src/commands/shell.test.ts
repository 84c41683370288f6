import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createTestContext } from '../../test/test-context.js';
import { runShell, splitCommandLine } from './shell.js';

describe('splitCommandLine', () => {
  it('splits on spaces and keeps quoted words together', () => {
    expect(splitCommandLine(`search "two pointers" --json`)).toEqual(['search', 'two pointers', '--json']);
    expect(splitCommandLine(`config set editor 'code -w'`)).toEqual(['config', 'set', 'editor', 'code -w']);
    expect(splitCommandLine('a\\ b ""')).toEqual(['a b', '']);
  });

  it('rejects an unclosed quote', () => {
    expect(() => splitCommandLine('search "two')).toThrow();
  });
});

describe('runShell', () => {
  it('runs each line as a command until exit and reports failing exit codes', async () => {
    const ctx = {
      ...createTestContext(),
      stdin: Readable.from(['problems list\n', '\n', 'avantika config get url\n', 'exit\n', 'never\n']),
    };
    const ran: string[][] = [];
    await runShell(ctx, async (argv) => {
      ran.push(argv);
      return argv[0] === 'config' ? 2 : 0;
    });
    expect(ran).toEqual([
      ['problems', 'list'],
      ['config', 'get', 'url'],
    ]);
    expect(ctx.stderr.text()).toContain('(exit 2)');
  });
});
