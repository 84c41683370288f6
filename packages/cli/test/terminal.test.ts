import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/run-cli.js';
import { createTestContext } from './test-context.js';
import { startTestServer, type TestServer } from './test-server.js';

// The built binary in a real pseudo-terminal (tmux): ink's live view for submit and arrow-key prompts for quiz.
const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const solution = fileURLToPath(new URL('../../../content/problems/two-sum/solutions/python.py', import.meta.url));
let server: TestServer;
let configDir: string;
const sessions: string[] = [];
// A private tmux server for this file: sessions of other runs (or a server exiting between tests) cannot interfere.
const socket = `avantika-test-${process.pid}`;
const tmux = (args: string[], encoding?: 'utf8') =>
  execFileSync('tmux', ['-L', socket, ...args], encoding ? { encoding } : { stdio: 'ignore' });

beforeAll(async () => {
  if (!existsSync(bin)) throw new Error('packages/cli/dist/bin.js is missing: the test command builds before testing');
  server = await startTestServer({ problems: ['two-sum'], mcq: ['dsa-complexity'] });
  const ctx = createTestContext({ env: { AVANTIKA_URL: server.url }, stdin: 'terminal password 1' });
  const argv = ['register', '--email', 't@example.com', '--username', 'terminal', '--password-stdin'];
  expect(await runCli(argv, { version: '0', context: ctx })).toBe(0);
  configDir = ctx.env['AVANTIKA_CONFIG_DIR'] ?? '';
}, 240_000);

afterAll(async () => {
  try {
    tmux(['kill-server']);
  } catch {
    // The server is already gone when every session has ended; nothing is left to clean up then.
  }
  await server?.close();
});

function startInTerminal(dir: string, args: string): string {
  const name = `avk-${process.pid}-${sessions.length}`;
  sessions.push(name);
  const env = `AVANTIKA_URL=${server.url} AVANTIKA_CONFIG_DIR=${configDir} TERM=xterm-256color`;
  // The pseudo-terminal is a user's terminal, not CI: CI=true would (rightly) turn prompts off.
  const command = `cd ${dir} && env -u CI ${env} ${process.execPath} ${bin} ${args}; echo EXIT=$?; sleep 600`;
  tmux(['new-session', '-d', '-s', name, '-x', '120', '-y', '40', command]);
  return name;
}

async function waitForScreen(session: string, pattern: RegExp, timeoutMs = 90_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const screen = String(tmux(['capture-pane', '-p', '-t', session], 'utf8'));
    if (pattern.test(screen)) return screen;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern} on:\n${screen}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('the built CLI in a pseudo-terminal', () => {
  it('submits with the live view and ends on the verdict with exit 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'avantika-tty-'));
    writeFileSync(join(dir, 'two-sum.py'), readFileSync(solution, 'utf8'));
    const session = startInTerminal(dir, 'submit two-sum.py');
    const screen = await waitForScreen(session, /EXIT=\d+/);
    expect(screen).toContain('Accepted');
    expect(screen).toContain('EXIT=0');
  }, 120_000);

  it('answers a quiz with the arrow-key prompt and shows the score', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'avantika-tty-'));
    const session = startInTerminal(dir, 'quiz dsa-complexity -n 1');
    await waitForScreen(session, /\(1\/1\)/);
    tmux(['send-keys', '-t', session, 'Down', 'Enter']);
    const screen = await waitForScreen(session, /EXIT=\d+/);
    expect(screen).toMatch(/Score: [01]\/1/);
    expect(screen).toContain('EXIT=0');
  }, 120_000);
});
