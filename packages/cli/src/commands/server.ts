import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type { CliContext } from '../context.js';
import { ExitCode, ExitError, UsageError } from '../errors.js';

/** Options of `avantika server start`. */
export interface ServerStartOptions {
  readonly port?: string;
  readonly host?: string;
  readonly dataDir?: string;
  readonly seed?: string | boolean;
}

/**
 * Where the platform server's entry point is. The CLI never imports server code; it runs the `avantika-server`
 * bin of `@avantika/server` (installed beside the CLI in the workspace, or with `npm i @avantika/server`).
 */
export function resolveServerBin(): { bin: string; packageDir: string } {
  const require = createRequire(import.meta.url);
  let manifest: string;
  try {
    manifest = require.resolve('@avantika/server/package.json');
  } catch (error) {
    throw new ExitError(ExitCode.usage, 'The platform server is not installed next to the CLI.', {
      hint: 'Install it with `npm install @avantika/server`, or point the CLI at a running server with AVANTIKA_URL.',
      cause: error,
    });
  }
  const packageDir = dirname(manifest);
  const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { bin?: Record<string, string> };
  const relative = pkg.bin?.['avantika-server'];
  const bin = relative ? join(packageDir, relative) : '';
  if (!relative || !existsSync(bin)) {
    throw new ExitError(ExitCode.usage, '@avantika/server has no built avantika-server entry.', {
      hint: 'Build it first: npm run build',
    });
  }
  return { bin, packageDir };
}

/** The content pack bundled with the repository (../../content from the server package), when it is there. */
export function bundledContentDir(packageDir: string): string | undefined {
  const dir = resolve(packageDir, '..', '..', 'content');
  return existsSync(join(dir, 'problems')) ? dir : undefined;
}

/** Arguments for the server entry from the CLI's options. */
export function serverArgs(options: ServerStartOptions, packageDir: string): string[] {
  const args: string[] = [];
  if (options.port !== undefined) {
    const port = Number(options.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port must be 0 to 65535.');
    args.push('--port', String(port));
  }
  if (options.host) args.push('--host', options.host);
  if (options.dataDir) args.push('--data-dir', resolve(options.dataDir));
  const seed =
    options.seed === false
      ? undefined
      : typeof options.seed === 'string'
        ? resolve(options.seed)
        : bundledContentDir(packageDir);
  if (seed) args.push('--seed', seed);
  return args;
}

/**
 * `avantika server start`: runs the platform server on the local data dir (PGlite, no external services) in the
 * foreground, importing the bundled content pack at each start (unchanged content is skipped); Ctrl-C stops it.
 */
export async function startLocalServer(ctx: CliContext, options: ServerStartOptions): Promise<void> {
  const { bin, packageDir } = resolveServerBin();
  const child = spawn(process.execPath, [bin, ...serverArgs(options, packageDir)], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, ...ctx.env } as NodeJS.ProcessEnv,
  });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  const code = await new Promise<number | null>((done) => child.on('exit', (c) => done(c)));
  process.off('SIGINT', forward);
  process.off('SIGTERM', forward);
  if (code !== 0 && code !== null) throw new ExitError(ExitCode.network, `The server exited with code ${code}.`);
}
