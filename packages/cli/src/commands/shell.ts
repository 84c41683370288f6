import { createInterface } from 'node:readline';
import type { CliContext } from '../context.js';
import { UsageError } from '../errors.js';
import { createStyle, type Style } from '../output/style.js';

/** Splits a command line into words the way a POSIX shell does for quotes and backslashes (no expansion). */
export function splitCommandLine(line: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < line.length; i++) {
    const ch = line.charAt(i);
    if (quote) {
      if (ch === quote) quote = null;
      else if (ch === '\\' && quote === '"' && i + 1 < line.length) word += line.charAt(++i);
      else word += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      inWord = true;
    } else if (ch === '\\' && i + 1 < line.length) {
      word += line.charAt(++i);
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      word += ch;
      inWord = true;
    }
  }
  if (quote) throw new UsageError('Unclosed quote.', { hint: `Close the ${quote} and try again.` });
  if (inWord) words.push(word);
  return words;
}

async function runLine(ctx: CliContext, line: string, run: (argv: string[]) => Promise<number>, style: Style) {
  let argv: string[];
  try {
    argv = splitCommandLine(line.startsWith('avantika ') ? line.slice('avantika '.length) : line);
  } catch (error) {
    ctx.stderr.write(`${(error as Error).message}\n`);
    return;
  }
  if (argv[0] === 'shell') return;
  const code = await run(argv);
  if (code !== 0) ctx.stderr.write(style.dim(`(exit ${code})\n`));
}

/**
 * `avantika shell`: an interactive prompt that runs avantika commands without retyping `avantika`
 * (what `npm start` leaves the user in on a terminal). `exit` or Ctrl-D leaves.
 */
export async function runShell(ctx: CliContext, run: (argv: string[]) => Promise<number>): Promise<void> {
  const style = createStyle(ctx, ctx.stderr);
  const rl = createInterface({
    input: ctx.stdin,
    output: ctx.stderr as NodeJS.WritableStream,
    terminal: ctx.stdin.isTTY === true,
  });
  ctx.stderr.write(
    `${style.bold('avantika shell')} — type a command without "avantika" (help, problems list, start two-sum --lang py, test, submit, quiz, streak). exit to leave.\n`,
  );
  let closed = false;
  rl.once('close', () => {
    closed = true;
  });
  rl.setPrompt(style.cyan('avantika> '));
  rl.prompt();
  try {
    // The async iterator buffers lines, so piped input is never dropped while a command runs.
    for await (const line of rl) {
      const trimmed = line.trim();
      if (trimmed === 'exit' || trimmed === 'quit') break;
      if (trimmed !== '') await runLine(ctx, trimmed, run, style);
      if (!closed) rl.prompt();
    }
  } finally {
    rl.close();
  }
}
