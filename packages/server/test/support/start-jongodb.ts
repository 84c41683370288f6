import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The jongodb binary from the optional root dependency, or null where it is not installed (not Linux x64 glibc). */
export function jongodbBinary(): string | null {
  try {
    const require = createRequire(import.meta.url);
    const pkg = require.resolve('@jongodb/memory-server-bin-linux-x64-gnu/package.json');
    const bin = join(dirname(pkg), 'bin', 'jongodb');
    return existsSync(bin) ? bin : null;
  } catch {
    return null; // the optional dependency is absent on this platform
  }
}

/**
 * Starts the jongodb in-memory MongoDB-wire server on a free port and resolves with its URI once it prints it.
 * It is a test double for the wire protocol, not MongoDB (see the README's Storage section).
 */
export async function startJongodb(binary: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    binary,
    ['--host=127.0.0.1', `--port=${port}`, '--topology-profile=singlenodereplicaset', '--replica-set-name=rs0'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`jongodb did not start: ${out}`)), 15_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /JONGODB_URI=(\S+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`jongodb exited with ${code}: ${out}`));
    });
  });
  return {
    url,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
