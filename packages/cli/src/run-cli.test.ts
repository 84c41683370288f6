import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTestContext } from '../test/test-context.js';
import { runCli } from './run-cli.js';

describe('runCli', () => {
  it('exits 2 and suggests the closest command for a typo', async () => {
    const ctx = createTestContext();
    expect(await runCli(['confg'], { version: '0', context: ctx })).toBe(2);
    expect(ctx.stderr.text()).toContain('config');
  });

  it('prints help with the exit-code table and exits 0', async () => {
    const ctx = createTestContext();
    expect(await runCli(['--help'], { version: '0', context: ctx })).toBe(0);
    expect(ctx.stdout.text()).toContain('Exit codes');
  });

  it('stores settings in a private file and reads them back', async () => {
    const ctx = createTestContext();
    expect(await runCli(['config', 'set', 'language', 'python'], { version: '0', context: ctx })).toBe(0);
    expect(await runCli(['config', 'get', 'language'], { version: '0', context: ctx })).toBe(0);
    expect(ctx.stdout.text()).toBe('python\n');
    const mode = statSync(join(ctx.env['AVANTIKA_CONFIG_DIR'] ?? '', 'config.json')).mode & 0o777;
    expect(mode).toBe(0o600);
  });

  it('rejects an unknown config key with exit 2 and a hint', async () => {
    const ctx = createTestContext();
    expect(await runCli(['config', 'set', 'colour', 'red'], { version: '0', context: ctx })).toBe(2);
    expect(ctx.stderr.text()).toContain('Known keys');
  });

  it('lists settings as JSON', async () => {
    const ctx = createTestContext();
    await runCli(['config', 'set', 'url', 'http://127.0.0.1:9999'], { version: '0', context: ctx });
    await runCli(['config', 'list', '--json'], { version: '0', context: ctx });
    expect(JSON.parse(ctx.stdout.text())).toEqual({ url: 'http://127.0.0.1:9999' });
  });

  it('prints completion scripts that name every command', async () => {
    for (const shell of ['bash', 'zsh', 'fish']) {
      const ctx = createTestContext();
      expect(await runCli(['completion', shell], { version: '0', context: ctx })).toBe(0);
      expect(ctx.stdout.text()).toContain('config');
      expect(ctx.stdout.text()).toMatch(/\bsearch\b/);
    }
    const ctx = createTestContext();
    expect(await runCli(['completion', 'tcsh'], { version: '0', context: ctx })).toBe(2);
  });
});
