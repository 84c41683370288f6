import { homedir } from 'node:os';
import { join } from 'node:path';

/** A writable text stream (process.stdout in production, a buffer in tests). */
export interface TextSink {
  write(chunk: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

/** Everything a command touches outside itself, injected so commands run as plain functions in tests. */
export interface CliContext {
  readonly stdout: TextSink;
  readonly stderr: TextSink;
  readonly stdin: NodeJS.ReadableStream & { readonly isTTY?: boolean };
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  readonly version: string;
}

/** Builds the production context from the running process. */
export function createProcessContext(version: string): CliContext {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    cwd: process.cwd(),
    version,
  };
}

/** True when output may use colour: a TTY and no NO_COLOR (https://no-color.org) or TERM=dumb. */
export function shouldUseColor(ctx: CliContext, sink: TextSink = ctx.stdout): boolean {
  if (ctx.env['NO_COLOR'] !== undefined && ctx.env['NO_COLOR'] !== '') return false;
  if (ctx.env['FORCE_COLOR'] !== undefined && ctx.env['FORCE_COLOR'] !== '0') return true;
  return sink.isTTY === true && ctx.env['TERM'] !== 'dumb';
}

/** True when the command may prompt: stdin and stderr are terminals and CI is not set. */
export function canPrompt(ctx: CliContext): boolean {
  return ctx.stdin.isTTY === true && ctx.stderr.isTTY === true && !ctx.env['CI'];
}

/** The directory for config and credentials: $XDG_CONFIG_HOME/avantika or ~/.config/avantika. */
export function configDir(ctx: CliContext): string {
  return ctx.env['AVANTIKA_CONFIG_DIR'] ?? join(ctx.env['XDG_CONFIG_HOME'] ?? join(homedir(), '.config'), 'avantika');
}

/** The directory for caches (offline problem lists): $XDG_CACHE_HOME/avantika or ~/.cache/avantika. */
export function cacheDir(ctx: CliContext): string {
  return ctx.env['AVANTIKA_CACHE_DIR'] ?? join(ctx.env['XDG_CACHE_HOME'] ?? join(homedir(), '.cache'), 'avantika');
}
