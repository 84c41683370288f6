import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { helpKey, staticHelp } from './static-help.js';

const file = pathToFileURL(join(mkdtempSync(join(tmpdir(), 'avantika-help-')), 'help.json'));
writeFileSync(file, JSON.stringify({ '': 'root help\n', 'problems list': 'list help\n' }));
const pipe = { isTTY: false };

describe('helpKey', () => {
  it('names the command path before --help or -h, and the command after help', () => {
    expect(helpKey(['--help'])).toBe('');
    expect(helpKey(['problems', 'list', '-h'])).toBe('problems list');
    expect(helpKey(['help'])).toBe('');
    expect(helpKey(['help', 'search'])).toBe('search');
  });

  it('is undefined for anything that is not only a help request', () => {
    expect(helpKey([])).toBeUndefined();
    expect(helpKey(['problems', 'list'])).toBeUndefined();
    expect(helpKey(['help', 'problems', 'list'])).toBeUndefined();
  });
});

describe('staticHelp', () => {
  it('returns the precomputed text for a known path on a pipe or a wide terminal', () => {
    expect(staticHelp(['problems', 'list', '--help'], pipe, file)).toBe('list help\n');
    expect(staticHelp(['--help'], { isTTY: true, columns: 120 }, file)).toBe('root help\n');
  });

  it('leaves unknown paths, narrow terminals and a missing table to commander', () => {
    expect(staticHelp(['nosuch', '--help'], pipe, file)).toBeUndefined();
    expect(staticHelp(['-d', 'easy', '--help'], pipe, file)).toBeUndefined();
    expect(staticHelp(['--help'], { isTTY: true, columns: 60 }, file)).toBeUndefined();
    expect(staticHelp(['--help'], pipe, new URL('./missing.json', file))).toBeUndefined();
    expect(staticHelp(['constructor', '--help'], pipe, file)).toBeUndefined();
  });
});
