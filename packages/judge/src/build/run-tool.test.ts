import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runTool } from './run-tool.js';

const dir = mkdtempSync(join(tmpdir(), 'avantika-run-tool-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('runTool', () => {
  it('stops a tool that burns more CPU than its limit and reports it as a failure of the tool, not a stall', async () => {
    const r = await runTool('/bin/sh', ['-c', 'while :; do :; done'], dir, { cpuSeconds: 1 });
    expect(r.ok).toBe(false);
    expect(r.stalled).toBe(false);
  }, 120_000);

  it('reports a tool that never finishes within the wall-clock backstop as stalled', async () => {
    const r = await runTool('/bin/sleep', ['30'], dir, { wallMs: 300 });
    expect(r.ok).toBe(false);
    expect(r.stalled).toBe(true);
  });

  it('passes the arguments through unchanged and captures the output', async () => {
    const r = await runTool('/bin/echo', ['a b', '$HOME', '"q"'], dir);
    expect(r).toMatchObject({ ok: true, stalled: false, output: 'a b $HOME "q"\n' });
  });
});
