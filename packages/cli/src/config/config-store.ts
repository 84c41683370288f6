import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type CliContext, configDir } from '../context.js';
import { UsageError } from '../errors.js';

/** Settings a user may read and change with `avantika config`. */
export const configKeys = {
  url: 'Server URL (default http://127.0.0.1:4870; AVANTIKA_URL overrides)',
  language: 'Default language for start/test/submit: python, javascript, java or cpp',
  editor: 'Command `avantika start` suggests to open the starter file with',
  dir: 'Directory `avantika start` writes starter files into (default: the current directory)',
} as const;

/** A config key. */
export type ConfigKey = keyof typeof configKeys;

/** The stored settings. */
export type Config = Partial<Record<ConfigKey, string>>;

/** Stored credentials; the file is created with mode 0600 and never printed. */
export interface Credentials {
  readonly url: string;
  readonly accessToken?: string | undefined;
  readonly refreshToken?: string | undefined;
  readonly apiToken?: string | undefined;
  readonly username?: string | undefined;
}

/** True when `key` is a known config key. */
export function isConfigKey(key: string): key is ConfigKey {
  return Object.hasOwn(configKeys, key);
}

async function readJson<T>(path: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as T;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new UsageError(`Cannot read ${path}: ${(error as Error).message}`, {
      hint: 'Fix or delete the file and try again.',
      cause: error,
    });
  }
}

// Written to a temporary file and renamed so a crash never leaves half a file; mode 0600 before any secret lands.
async function writeJsonPrivate(path: string, value: unknown): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, `${JSON.stringify(value, null, 2)}\n`, { mode: 0o600 });
  await chmod(tmp, 0o600);
  await rename(tmp, path);
}

/** Reads the config file (empty when missing). */
export async function readConfig(ctx: CliContext): Promise<Config> {
  return (await readJson<Config>(join(configDir(ctx), 'config.json'))) ?? {};
}

/** Writes the config file. */
export async function writeConfig(ctx: CliContext, config: Config): Promise<void> {
  await mkdir(configDir(ctx), { recursive: true, mode: 0o700 });
  await writeJsonPrivate(join(configDir(ctx), 'config.json'), config);
}

/** Reads stored credentials, if any. */
export async function readCredentials(ctx: CliContext): Promise<Credentials | undefined> {
  return readJson<Credentials>(join(configDir(ctx), 'credentials.json'));
}

/** Stores credentials in a 0600 file. */
export async function writeCredentials(ctx: CliContext, credentials: Credentials): Promise<void> {
  await mkdir(configDir(ctx), { recursive: true, mode: 0o700 });
  await writeJsonPrivate(join(configDir(ctx), 'credentials.json'), credentials);
}

/** Removes stored credentials (logout); true when there were any. */
export async function clearCredentials(ctx: CliContext): Promise<boolean> {
  const { rm } = await import('node:fs/promises');
  const path = join(configDir(ctx), 'credentials.json');
  const existed = (await readCredentials(ctx)) !== undefined;
  await rm(path, { force: true });
  return existed;
}

/** The server URL in force: AVANTIKA_URL, then config, then the local default. */
export async function resolveServerUrl(ctx: CliContext): Promise<string> {
  return ctx.env['AVANTIKA_URL'] ?? (await readConfig(ctx)).url ?? 'http://127.0.0.1:4870';
}
