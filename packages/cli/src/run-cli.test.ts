import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

describe('runCli', () => {
  it('exits 2 on an unknown command', async () => {
    const write = process.stderr.write;
    process.stderr.write = () => true;
    try {
      expect(await runCli(['no-such-command'], { version: '0.0.0' })).toBe(2);
    } finally {
      process.stderr.write = write;
    }
  });
});
