import { type Config, configKeys, isConfigKey, readConfig, writeConfig } from '../config/config-store.js';
import type { CliContext } from '../context.js';
import { UsageError } from '../errors.js';
import { formatTable, writeJson } from '../output/style.js';

/** Options shared by the config subcommands. */
export interface ConfigOptions {
  readonly json?: boolean;
}

function requireKey(key: string): keyof Config {
  if (!isConfigKey(key)) {
    throw new UsageError(`Unknown config key "${key}".`, {
      hint: `Known keys: ${Object.keys(configKeys).join(', ')}.`,
    });
  }
  return key;
}

/** `avantika config get <key>`: prints one setting (empty output and exit 0 when unset). */
export async function configGet(ctx: CliContext, key: string, options: ConfigOptions): Promise<void> {
  const value = (await readConfig(ctx))[requireKey(key)];
  if (options.json) writeJson(ctx, { key, value: value ?? null });
  else if (value !== undefined) ctx.stdout.write(`${value}\n`);
}

/** `avantika config set <key> <value>`: stores one setting. */
export async function configSet(ctx: CliContext, key: string, value: string, options: ConfigOptions): Promise<void> {
  const config = await readConfig(ctx);
  const name = requireKey(key);
  if (name === 'language' && !['python', 'javascript', 'java', 'cpp'].includes(value)) {
    throw new UsageError(`"${value}" is not a language Avantika judges.`, {
      hint: 'Use python, javascript, java or cpp.',
    });
  }
  if (name === 'url' && !/^https?:\/\/[^\s]+$/.test(value)) {
    throw new UsageError(`"${value}" is not an http(s) URL.`, { hint: 'For example: http://127.0.0.1:4870' });
  }
  await writeConfig(ctx, { ...config, [name]: value });
  if (options.json) writeJson(ctx, { key, value });
  else ctx.stderr.write(`Set ${key} = ${value}\n`);
}

/** `avantika config list`: every known key with its value and meaning. */
export async function configList(ctx: CliContext, options: ConfigOptions): Promise<void> {
  const config = await readConfig(ctx);
  if (options.json) {
    writeJson(ctx, config);
    return;
  }
  const rows = Object.entries(configKeys).map(([key, about]) => [key, config[key as keyof Config] ?? '-', about]);
  ctx.stdout.write(`${formatTable(['KEY', 'VALUE', 'MEANING'], rows)}\n`);
}
