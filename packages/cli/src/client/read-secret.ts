import type { CliContext } from '../context.js';
import { canPrompt } from '../context.js';
import { UsageError } from '../errors.js';

/** Reads all of stdin as text (for `--password-stdin` / `--token-stdin`), without the trailing newline. */
export async function readStdin(ctx: CliContext): Promise<string> {
  let text = '';
  for await (const chunk of ctx.stdin) text += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
  return text.replace(/\r?\n$/, '');
}

/** Asks for a value on a terminal (hidden when `secret`), or fails with a hint naming the non-interactive flag. */
export async function promptFor(
  ctx: CliContext,
  message: string,
  options: { secret?: boolean; flag: string; default?: string },
): Promise<string> {
  if (!canPrompt(ctx)) {
    throw new UsageError(`${message.replace(/:$/, '')} is needed and there is no terminal to ask on.`, {
      hint: `Pass ${options.flag}.`,
    });
  }
  const prompts = await import('@inquirer/prompts');
  const io = { input: ctx.stdin, output: ctx.stderr as NodeJS.WritableStream };
  if (options.secret) return prompts.password({ message, mask: '*' }, io);
  return prompts.input({ message, ...(options.default ? { default: options.default } : {}) }, io);
}
