import { Command, CommanderError, Option } from 'commander';
import { type CliContext, createProcessContext } from './context.js';
import { ExitCode, ExitError } from './errors.js';
import { renderError } from './output/render-error.js';

/** Options the entry point passes to the CLI. */
export interface RunCliOptions {
  readonly version: string;
  readonly context?: CliContext;
}

// The same width as HELP_WIDTH in help/static-help.ts (not imported: bin.js must stay a single file for --version).
const HELP_WIDTH = 80;
const helpWidth = (sink: CliContext['stdout']) =>
  sink.isTTY && sink.columns ? Math.min(sink.columns, HELP_WIDTH) : HELP_WIDTH;

const jsonOption = () => new Option('--json', 'print machine-readable JSON on stdout');

/**
 * Declares every command. Only commander is loaded here: each action imports its module when it runs. (`--help`
 * does not even get here from bin.js: the build precomputes every help text, see help/write-help.ts.)
 */
export function buildProgram(ctx: CliContext): Command {
  const program = new Command('avantika')
    .description('Practise coding interviews from your terminal: problems, a sandboxed judge, quizzes and streaks.')
    .version(ctx.version, '-V, --version', 'print the version')
    .configureOutput({
      writeOut: (s) => ctx.stdout.write(s),
      writeErr: (s) => ctx.stderr.write(s),
      // Help wraps at 80 columns at most (narrower terminals narrower), so bin.js can print the precomputed text.
      getOutHelpWidth: () => helpWidth(ctx.stdout),
      getErrHelpWidth: () => helpWidth(ctx.stderr),
    })
    .exitOverride()
    .showSuggestionAfterError(true)
    .addHelpText(
      'after',
      `
Exit codes: 0 ok/accepted · 1 not accepted · 2 usage · 3 auth · 4 network/server · 5 not found/no match
Environment: AVANTIKA_URL (server), AVANTIKA_TOKEN (API token), NO_COLOR (plain output)
Start here: avantika problems list   ·   avantika start two-sum --lang py`,
    );

  program
    .command('login')
    .description('sign in (email/username + password, or an API token with --token-stdin)')
    .option('-u, --user <name>', 'email or username (prompted on a terminal when omitted)')
    .option('--password-stdin', 'read the password from stdin instead of prompting')
    .option('--token-stdin', 'read an API token from stdin (for CI and scripts)')
    .addOption(jsonOption())
    .action(async (opts) => (await import('./commands/auth.js')).login(ctx, opts));
  program
    .command('register')
    .description('create an account on the server and sign in')
    .option('--email <address>', 'email address')
    .option('--username <name>', 'username (letters, digits, - and _)')
    .option('--name <full name>', 'your name as shown to others')
    .option('--password-stdin', 'read the password from stdin instead of prompting')
    .addOption(jsonOption())
    .action(async (opts) => (await import('./commands/auth.js')).register(ctx, opts));
  program
    .command('logout')
    .description('sign out and forget the stored credentials')
    .addOption(jsonOption())
    .action(async (opts) => (await import('./commands/auth.js')).logout(ctx, opts));
  program
    .command('whoami')
    .description('show the signed-in account')
    .addOption(jsonOption())
    .action(async (opts) => (await import('./commands/auth.js')).whoami(ctx, opts));

  const listOptions = (cmd: Command) =>
    cmd
      .option('-d, --difficulty <level>', 'easy, medium, hard or expert')
      .option('-t, --topic <topic>', 'a topic such as arrays, graphs, dp-1d')
      .option('-c, --company <company>', 'a company tag such as google')
      .option('-s, --status <status>', 'solved, attempted or todo (for you)')
      .option('-n, --limit <n>', 'at most this many rows (default 50)')
      .addOption(jsonOption());
  const problems = program
    .command('problems')
    .description('browse problems')
    .addHelpText(
      'after',
      '\nOffline: list and show keep a copy in the cache directory and revalidate it with the server (ETag). When the\nserver cannot be reached they print that copy with a note on stderr: (offline: cached <age> ago, at <time>).',
    );
  listOptions(problems.command('list').description('list problems (filters combine)'))
    .option('-q, --search <text>', 'words in the title, slug or topics (no match: exit 5)')
    .action(async (opts) => (await import('./commands/problems.js')).listProblems(ctx, opts));
  problems
    .command('show <slug>')
    .description('show a problem statement with examples and constraints')
    .addOption(jsonOption())
    .action(async (slug: string, opts) => (await import('./commands/problems.js')).showProblem(ctx, slug, opts));
  program
    .command('search <words...>')
    .description(
      'search problem statements, MCQ sets (questions included) and learning paths, best first (typos are forgiven); exit 5 on no match',
    )
    .option('-k, --kind <kind>', 'only problem, mcq or path results')
    .option('-n, --limit <n>', 'at most this many results (default 20)')
    .addOption(jsonOption())
    .addHelpText(
      'after',
      '\nWords use web-search syntax: "a phrase", -exclude, or.\n--json prints an array of hits: [{"kind":"problem"|"mcq_set"|"path","id","title","score",\n"fields":{"slug","premium","difficulty"?,"number"?,"questions"?,"modules"?}}].\nFilter problems by difficulty, topic or company with `avantika problems list --search`.',
    )
    .action(async (words: string[], opts) => (await import('./commands/search.js')).searchContent(ctx, words, opts));
  program
    .command('daily')
    .description("today's problem (the same for everyone on a UTC date)")
    .addOption(jsonOption())
    .action(async (opts) => (await import('./commands/problems.js')).showDaily(ctx, opts));

  program
    .command('start <slug>')
    .description('write a starter file for a problem (never overwrites without --force)')
    .option('-l, --lang <language>', 'py, js, java or cpp (default: `config get language`)')
    .option('--dir <dir>', 'where to write it (default: the current directory)')
    .option('-f, --force', 'overwrite an existing file')
    .addOption(jsonOption())
    .action(async (slug: string, opts) => (await import('./commands/start.js')).startProblem(ctx, slug, opts));
  program
    .command('test [file]')
    .description('run the sample cases against your solution (not a submission); exit 1 when one fails')
    .option('--case <n...>', 'show only these case numbers (from 1)')
    .option('-w, --watch', 're-run whenever the file is saved')
    .option('--json', 'print one JSON event per line (NDJSON)')
    .action(async (file: string | undefined, opts) =>
      (await import('./commands/test.js')).testSolution(ctx, file, opts),
    );
  program
    .command('submit [file]')
    .description(
      'submit your solution: live progress, verdict, runtime and memory, then XP, level-ups, badges and streak earned; exit 1 unless accepted',
    )
    .option('--json', 'print one JSON event per line (NDJSON)')
    .action(async (file: string | undefined, opts) =>
      (await import('./commands/submit.js')).submitSolution(ctx, file, opts),
    );

  program
    .command('quiz [set]')
    .description('take an MCQ quiz from a set or topic; explanations after each answer, score and XP earned at the end')
    .option('--topic <topic>', 'draw questions from every set on a topic instead')
    .option('-n, --count <n>', 'how many questions (default 10)')
    .option('--answers <list>', 'answer without prompts: option numbers per question, e.g. 2,1,1+3')
    .option('--json', 'print one JSON event per line (NDJSON)')
    .action(async (set: string | undefined, opts) => (await import('./commands/quiz.js')).runQuiz(ctx, set, opts));

  const path = program.command('path').description('learning paths: list, show, enroll, next, read');
  path
    .command('list')
    .description('list learning paths')
    .addOption(jsonOption())
    .action(async (opts) => (await import('./commands/path.js')).listPaths(ctx, opts));
  path
    .command('show <slug>')
    .description('modules and items with your progress')
    .addOption(jsonOption())
    .action(async (slug: string, opts) => (await import('./commands/path.js')).showPath(ctx, slug, opts));
  path
    .command('enroll <slug>')
    .description('enroll in a path')
    .addOption(jsonOption())
    .action(async (slug: string, opts) => (await import('./commands/path.js')).enrollPath(ctx, slug, opts));
  path
    .command('next <slug>')
    .description('the next item to do, with the command that starts it')
    .addOption(jsonOption())
    .action(async (slug: string, opts) => (await import('./commands/path.js')).nextInPath(ctx, slug, opts));
  path
    .command('read <slug> [item]')
    .description('mark an article read: the item id or reference, else the next item (shows any XP it earned)')
    .addOption(jsonOption())
    .action(async (slug: string, item: string | undefined, opts) =>
      (await import('./commands/path.js')).readArticle(ctx, slug, item, opts),
    );

  program
    .command('doctor')
    .description('check versions, config, server reachability, readiness (judge sandbox) and your token')
    .addOption(jsonOption())
    .action(async (opts) => (await import('./commands/doctor.js')).runDoctor(ctx, opts));

  program
    .command('streak')
    .description('your streak in your time zone: today done or not, when today closes, freezes left')
    .addOption(jsonOption())
    .action(async (opts) => (await import('./commands/progress.js')).showStreak(ctx, opts));
  program
    .command('stats')
    .description('XP and level, solved by difficulty, a year calendar heatmap and badges')
    .addOption(jsonOption())
    .action(async (opts) => (await import('./commands/progress.js')).showStats(ctx, opts));
  program
    .command('leaderboard [period]')
    .description('weekly (default), monthly or alltime XP leaderboard with your rank and neighbours')
    .option('-n, --limit <n>', 'how many top rows (default 10)')
    .addOption(jsonOption())
    .action(async (period: string | undefined, opts) =>
      (await import('./commands/progress.js')).showLeaderboard(ctx, period, opts),
    );

  const server = program.command('server').description('run the platform server locally');
  server
    .command('start')
    .description(
      'start the embedded server (PGlite in the data dir; the bundled content pack is imported, unchanged content skipped)',
    )
    .option('-p, --port <port>', 'port to listen on (default 4870)')
    .option('--host <host>', 'address to listen on (default 127.0.0.1)')
    .option('--data-dir <dir>', 'data directory (default $XDG_DATA_HOME/avantika)')
    .option('--seed <dir>', 'content pack to import when it changed (default: the bundled content/)')
    .option('--no-seed', 'do not import any content')
    .action(async (opts) => (await import('./commands/server.js')).startLocalServer(ctx, opts));

  const config = program.command('config').description('read and change settings (url, language, editor, dir)');
  config
    .command('get <key>')
    .description('print one setting')
    .addOption(jsonOption())
    .action(async (key: string, opts: { json?: boolean }) =>
      (await import('./commands/config.js')).configGet(ctx, key, opts),
    );
  config
    .command('set <key> <value>')
    .description('store one setting')
    .addOption(jsonOption())
    .action(async (key: string, value: string, opts: { json?: boolean }) =>
      (await import('./commands/config.js')).configSet(ctx, key, value, opts),
    );
  config
    .command('list')
    .description('print every setting with its meaning')
    .addOption(jsonOption())
    .action(async (opts: { json?: boolean }) => (await import('./commands/config.js')).configList(ctx, opts));

  program
    .command('completion <shell>')
    .description('print a shell completion script (bash, zsh or fish)')
    .action(async (shell: string) => (await import('./commands/completion.js')).printCompletion(ctx, program, shell));

  program
    .command('shell')
    .description('an interactive prompt for avantika commands (what `npm start` opens on a terminal)')
    .action(async () =>
      (await import('./commands/shell.js')).runShell(ctx, (argv) =>
        runCli(argv, { version: ctx.version, context: ctx }),
      ),
    );

  return program;
}

/** Parses `argv` (without node and the script), runs the command and resolves to the documented exit code. */
export async function runCli(argv: readonly string[], options: RunCliOptions): Promise<number> {
  const ctx = options.context ?? createProcessContext(options.version);
  const program = buildProgram(ctx);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return ExitCode.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // commander already printed its message (and a suggestion for typos); help and version exit 0.
      return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    }
    renderError(ctx, error);
    return error instanceof ExitError ? error.exitCode : ExitCode.network;
  }
}
