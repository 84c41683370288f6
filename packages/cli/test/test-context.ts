import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { CliContext, TextSink } from '../src/context.js';

/** A text sink that records what was written. */
export interface BufferSink extends TextSink {
  readonly text: () => string;
}

function createSink(isTTY = false): BufferSink {
  let buffer = '';
  return { isTTY, write: (chunk: string) => (buffer += chunk), text: () => buffer };
}

/** A CLI context with buffered output, fixed stdin and a private config dir, as a command sees it in a pipe. */
export function createTestContext(
  options: { env?: Record<string, string>; stdin?: string } = {},
): CliContext & { stdout: BufferSink; stderr: BufferSink } {
  const home = mkdtempSync(join(tmpdir(), 'avantika-cli-'));
  return {
    stdout: createSink(),
    stderr: createSink(),
    stdin: Readable.from([options.stdin ?? '']),
    env: {
      NO_COLOR: '1',
      AVANTIKA_CONFIG_DIR: join(home, 'config'),
      AVANTIKA_CACHE_DIR: join(home, 'cache'),
      ...options.env,
    },
    cwd: home,
    version: '0.0.0-test',
  };
}
