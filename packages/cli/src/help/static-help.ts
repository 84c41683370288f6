import { readFileSync } from 'node:fs';

/** Help texts by command path (`''` for the program, `'problems list'` …), as commander prints them. */
export type HelpTable = Readonly<Record<string, string>>;

/** The widest help commander prints (run-cli.ts pins it); the precomputed texts are laid out for this width. */
export const HELP_WIDTH = 80;

/** The file the build writes next to bin.js (see write-help.ts). */
export const HELP_FILE = 'help.json';

/**
 * The command path `argv` asks help for, or undefined when it asks for anything else: `[path…] --help|-h` or
 * `help [command]`. A path that is not a command simply misses the table, and commander answers instead.
 */
export function helpKey(argv: readonly string[]): string | undefined {
  const last = argv.at(-1);
  if (last === '--help' || last === '-h') return argv.slice(0, -1).join(' ');
  if (argv[0] === 'help' && argv.length <= 2) return argv.slice(1).join(' ');
  return undefined;
}

/**
 * The precomputed help for `argv` when it can stand in for commander's: the table exists, has the path, and the
 * output is not a terminal narrower than {@link HELP_WIDTH} (commander would wrap to that terminal's width).
 */
export function staticHelp(
  argv: readonly string[],
  stdout: { readonly isTTY?: boolean; readonly columns?: number },
  file: URL,
): string | undefined {
  const key = helpKey(argv);
  if (key === undefined) return undefined;
  if (stdout.isTTY && (stdout.columns ?? HELP_WIDTH) < HELP_WIDTH) return undefined;
  let table: HelpTable;
  try {
    table = JSON.parse(readFileSync(file, 'utf8')) as HelpTable;
  } catch {
    // Running from source (or a build without the table): commander prints the same text, only slower.
    return undefined;
  }
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
