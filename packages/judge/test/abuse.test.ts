import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Language } from '@avantika/contract';
import { createJudge, type JudgeCase, sandboxStatus } from '@avantika/judge';
import { beforeAll, describe, expect, it } from 'vitest';

const status = sandboxStatus();
if (!status.bwrapUsable && process.env['CI'] === 'true')
  throw new Error(`CI needs the bubblewrap sandbox: ${status.summary}`);

const cacheDir = join(tmpdir(), 'avantika-judge-abuse-cache');
const judge = status.bwrapUsable ? createJudge({ sandbox: 'bwrap', cacheDir }) : undefined;
beforeAll(() => judge?.warmUp(), 180_000);
const repoFile = fileURLToPath(new URL('../package.json', import.meta.url));
const limits = { timeMs: 100, memoryMb: 64 };

const intProblem = {
  signature: { function: 'f', params: [{ name: 'n', type: 'int' }], returns: 'int' },
  comparator: { kind: 'exact' as const },
  limits,
};
const one: JudgeCase[] = [{ input: [1], output: 1, hidden: false }];
const run = (language: Language, code: string, problem: typeof intProblem = intProblem, cases: JudgeCase[] = one) =>
  judge!.run({ problem, language, code, cases });

// probe(paths) -> for each path, whether the solution could read (or write) it.
const probeProblem = {
  signature: { function: 'probe', params: [{ name: 'paths', type: 'string[]' }], returns: 'bool[]' },
  comparator: { kind: 'exact' as const },
  limits: { timeMs: 1000, memoryMb: 64 },
};

describe.skipIf(!judge)(`the sandbox stops abuse${judge ? '' : ` (skipped: ${status.summary})`}`, () => {
  it('cannot read host files, the judge cache or the repository through paths or symlinks', async () => {
    const paths = [
      '/etc/shadow',
      '/root/.bashrc',
      repoFile,
      join(cacheDir, 'builds'),
      '/sys/fs/cgroup/memory/tasks',
      '/tmp/shadow-link',
    ];
    const code = `import os
class Solution:
    def probe(self, paths):
        os.symlink('/etc/shadow', '/tmp/shadow-link')
        out = []
        for p in paths:
            try:
                if os.path.isdir(p):
                    os.listdir(p)
                else:
                    open(p, 'rb').read(1)
                out.append(True)
            except OSError:
                out.append(False)
        return out
`;
    const result = await run('python', code, probeProblem, [
      { input: [paths], output: paths.map(() => false), hidden: false },
    ]);
    expect(result.verdict, JSON.stringify(result.failedCase)).toBe('accepted');
  });

  it('cannot write outside its tmpfs, and what it writes there never reaches the host', async () => {
    const marker = `avantika-abuse-${process.pid}`;
    const paths = ['/box/x', '/usr/x', `/${marker}`, `/tmp/${marker}`];
    const code = `class Solution:
    def probe(self, paths):
        out = []
        for p in paths:
            try:
                with open(p, 'w') as f:
                    f.write('x')
                out.append(True)
            except OSError:
                out.append(False)
        return out
`;
    const result = await run('python', code, probeProblem, [
      { input: [paths], output: [false, false, false, true], hidden: false },
    ]);
    expect(result.failedCase).toBeNull();
    expect(result.verdict).toBe('accepted');
    expect(existsSync(`/tmp/${marker}`)).toBe(false);
    expect(existsSync(`/${marker}`)).toBe(false);
  });

  it('has no network: connecting anywhere, even to local PostgreSQL, fails', async () => {
    const code = `import socket
class Solution:
    def probe(self, hosts):
        out = []
        for h in hosts:
            try:
                socket.create_connection((h, 5432), timeout=1).close()
                out.append(True)
            except OSError:
                out.append(False)
        return out
`;
    const result = await run('python', code, probeProblem, [
      { input: [['127.0.0.1', '1.1.1.1']], output: [false, false], hidden: false },
    ]);
    expect(result.verdict).toBe('accepted');
  });

  it('contains a fork bomb (process limit) and kills every forked process', async () => {
    const code =
      'import os\nclass Solution:\n    def f(self, n):\n        while True:\n            try:\n                os.fork()\n            except OSError:\n                pass\n';
    const result = await run('python', code);
    expect(['time_limit_exceeded', 'runtime_error']).toContain(result.verdict);
    expect(readdirSync('/proc').filter((p) => /^\d+$/.test(p) && readCmd(p).includes('driver.py'))).toEqual([]);
  });

  it('kills an infinite loop (CPU), a sleeper (wall clock) and a process that ignores SIGTERM', async () => {
    const loop = await run('python', 'class Solution:\n    def f(self, n):\n        while True: pass\n');
    const sleep = await run('python', 'import time\nclass Solution:\n    def f(self, n):\n        time.sleep(60)\n');
    const stubborn = await run(
      'cpp',
      'class Solution {\npublic:\n    int f(int n) { signal(SIGTERM, SIG_IGN); volatile long s = 0; while (true) s++; }\n};\n',
    );
    expect([loop.verdict, sleep.verdict, stubborn.verdict]).toEqual([
      'time_limit_exceeded',
      'time_limit_exceeded',
      'time_limit_exceeded',
    ]);
  });

  it('stops a daemonized child with the submission instead of waiting for the wall clock', async () => {
    const t0 = performance.now();
    const code =
      'import os, signal, time\nclass Solution:\n    def f(self, n):\n        if os.fork() == 0:\n            signal.signal(signal.SIGTERM, signal.SIG_IGN)\n            time.sleep(60)\n        return n\n';
    const result = await run('python', code);
    expect(result.verdict).toBe('accepted');
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('ends a 1 GB output flood quickly with output_limit_exceeded', async () => {
    const t0 = performance.now();
    const py = await run(
      'python',
      'import os\nclass Solution:\n    def f(self, n):\n        b = b"x" * 1048576\n        for _ in range(1024): os.write(1, b)\n',
    );
    const cpp = await run(
      'cpp',
      "class Solution {\npublic:\n    int f(int n) { string s(1 << 20, 'x'); for (int i = 0; i < 1024; i++) fwrite(s.data(), 1, s.size(), stdout); return n; }\n};\n",
    );
    expect([py.verdict, cpp.verdict]).toEqual(['output_limit_exceeded', 'output_limit_exceeded']);
    // Compiling is not part of the flood: only the runs are timed.
    expect(performance.now() - t0 - cpp.compileMs).toBeLessThan(5000);
  });

  it('turns memory bombs in every language into memory_limit_exceeded, typed arrays included', async () => {
    const bombs: [Language, string][] = [
      [
        'python',
        'class Solution:\n    def f(self, n):\n        a = []\n        while True: a.append(bytearray(1 << 20))\n',
      ],
      [
        'cpp',
        'class Solution {\npublic:\n    int f(int n) { vector<vector<char>> v; while (true) v.emplace_back(1 << 20, 1); }\n};\n',
      ],
      [
        'java',
        'import java.util.*;\nclass Solution {\n  public int f(int n) { List<long[]> a = new ArrayList<>(); while (true) a.add(new long[1 << 17]); }\n}\n',
      ],
      [
        'javascript',
        'class Solution {\n  f(n) { const a = []; for (;;) a.push(new Uint8Array(1 << 24).fill(1)); }\n}\n',
      ],
    ];
    // First-touching 64 MB costs ~0.2 s of system CPU (DESIGN §6: ~0.9 s per 256 MB), more on a busy machine: under
    // the suite's 100 ms limit the CPU limit could win that race (seen once in CI as time_limit_exceeded). A fair
    // time limit leaves the memory limit as the only one a bomb can hit.
    const bombProblem = { ...intProblem, limits: { timeMs: 2000, memoryMb: limits.memoryMb } };
    const verdicts = [];
    for (const [language, code] of bombs) verdicts.push((await run(language, code, bombProblem)).verdict);
    expect(verdicts).toEqual([
      'memory_limit_exceeded',
      'memory_limit_exceeded',
      'memory_limit_exceeded',
      'memory_limit_exceeded',
    ]);
  });
});

function readCmd(pid: string): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return '';
  }
}
