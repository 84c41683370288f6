import type { Avantika, ProblemDetail, ProblemListParams, ProblemSummary } from '@avantika/sdk';
import { withClient } from '../client/create-client.js';
import { formatAge, type Revalidation, readThroughCache } from '../client/offline-cache.js';
import type { CliContext } from '../context.js';
import { ExitCode, ExitError, UsageError } from '../errors.js';
import { renderMarkdown } from '../output/render-markdown.js';
import { createStyle, formatTable, type Style, writeJson } from '../output/style.js';

/** Options of `avantika problems list` and `avantika search`. */
export interface ProblemListOptions {
  readonly difficulty?: string;
  readonly topic?: string;
  readonly company?: string;
  readonly status?: string;
  readonly search?: string;
  readonly limit?: string;
  readonly json?: boolean;
}

const difficulties = ['easy', 'medium', 'hard', 'expert'];
const statuses = ['solved', 'attempted', 'todo'];

function listParams(options: ProblemListOptions): { params: ProblemListParams; limit: number } {
  if (options.difficulty && !difficulties.includes(options.difficulty)) {
    throw new UsageError(`Unknown difficulty "${options.difficulty}".`, { hint: `Use ${difficulties.join(', ')}.` });
  }
  if (options.status && !statuses.includes(options.status)) {
    throw new UsageError(`Unknown status "${options.status}".`, { hint: `Use ${statuses.join(', ')}.` });
  }
  const limit = options.limit === undefined ? 50 : Number(options.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
    throw new UsageError(`--limit must be a whole number from 1 to 1000.`);
  }
  if (options.search !== undefined && (options.search.trim() === '' || options.search.length > 200)) {
    throw new UsageError('Search for 1 to 200 characters of words.', { hint: 'avantika search sliding window' });
  }
  const params: Record<string, string> = {};
  for (const key of ['difficulty', 'topic', 'company', 'status', 'search'] as const) {
    const value = options[key];
    if (value !== undefined) params[key] = value;
  }
  return { params: params as ProblemListParams, limit };
}

function colourDifficulty(style: Style, difficulty: string): string {
  if (difficulty === 'easy') return style.green(difficulty);
  if (difficulty === 'medium') return style.yellow(difficulty);
  return style.red(difficulty);
}

/** Marks output served from the offline cache, on stderr so --json output keeps its shape. */
function cachedNote(ctx: CliContext, cachedAt: Date | undefined): void {
  if (cachedAt) {
    ctx.stderr.write(`(offline: cached ${formatAge(cachedAt)} ago, at ${cachedAt.toISOString()})\n`);
  }
}

/** A list as the cache keeps it: each page with its cursor and ETag, so every page can be revalidated. */
interface CachedList {
  readonly pages: readonly CachedPage[];
}

/** One requested page: where it started, the page size asked for, its ETag, items and the next cursor. */
interface CachedPage {
  readonly cursor: string | null;
  readonly size: number;
  readonly etag?: string | undefined;
  readonly data: ProblemSummary[];
  readonly next: string | null;
}

/** Fetches up to `limit` problems page by page, sending each cached page's ETag; unchanged pages come from the cache. */
async function revalidateList(
  client: Avantika,
  params: ProblemListParams,
  limit: number,
  previous: CachedList | undefined,
): Promise<Revalidation<CachedList>> {
  const pages: CachedPage[] = [];
  let cursor: string | null = null;
  let count = 0;
  let unchanged = previous !== undefined;
  do {
    const size = Math.min(limit - count, 100);
    const known = previous?.pages[pages.length];
    const etag = known && known.cursor === cursor && known.size === size ? known.etag : undefined;
    const res = await client.problems.listPage(
      { ...params, limit: size, ...(cursor === null ? {} : { cursor }) },
      { ifNoneMatch: etag },
    );
    const page: CachedPage =
      res.notModified && known
        ? known
        : { cursor, size, etag: res.etag, data: res.data?.data ?? [], next: res.data?.nextCursor ?? null };
    unchanged &&= res.notModified;
    pages.push(page);
    count += page.data.length;
    cursor = page.next;
  } while (cursor !== null && count < limit);
  return unchanged && pages.length === previous?.pages.length
    ? { unchanged: true }
    : { unchanged: false, value: { pages } };
}

function noMatch(options: ProblemListOptions): ExitError {
  const filtered = (['difficulty', 'topic', 'company', 'status'] as const).some((k) => options[k] !== undefined);
  return new ExitError(ExitCode.notFound, `No problem matches "${options.search}".`, {
    hint: `${filtered ? 'Drop a filter, or try' : 'Try'} fewer or other words (titles, slugs and topics are searched), or browse with \`avantika problems list\`.`,
  });
}

/**
 * `avantika problems list` and `avantika search`: the problem table with filters; pages through the API up to
 * --limit rows. A search (`--search`) that matches nothing ends with exit 5 (after `[]` under --json).
 */
export async function listProblems(ctx: CliContext, options: ProblemListOptions): Promise<void> {
  const { params, limit } = listParams(options);
  const cacheKey = `problems-${JSON.stringify(params)}-${limit}`;
  const { value, cachedAt } = await withClient(ctx, { requireAuth: true }, (client) =>
    readThroughCache<CachedList>(ctx, cacheKey, (previous) => revalidateList(client, params, limit, previous)),
  );
  const problems = value.pages.flatMap((page) => page.data).slice(0, limit);
  cachedNote(ctx, cachedAt);
  if (options.json) writeJson(ctx, problems);
  if (problems.length === 0) {
    // A search that finds nothing is "not found" (exit 5) for scripts; a filtered list may simply be empty.
    if (options.search !== undefined) throw noMatch(options);
    if (!options.json) ctx.stderr.write('No problems match.\n');
    return;
  }
  if (options.json) return;
  const style = createStyle(ctx);
  const mark = { solved: style.green('✓'), attempted: style.yellow('~'), todo: ' ' } as const;
  const rows = problems.map((p) => [
    mark[p.status],
    p.slug,
    p.title,
    colourDifficulty(style, p.difficulty),
    `${Math.round(p.acceptanceRate)}%`,
    p.topics.slice(0, 3).join(', '),
  ]);
  ctx.stdout.write(`${formatTable(['', 'SLUG', 'TITLE', 'DIFFICULTY', 'ACCEPT', 'TOPICS'], rows)}\n`);
}

/** `avantika problems show <slug>`: the statement rendered for the terminal, with examples and constraints. */
export async function showProblem(ctx: CliContext, slug: string, options: { json?: boolean }): Promise<void> {
  const { value, cachedAt } = await withClient(ctx, { requireAuth: true }, (client) =>
    readThroughCache<{ etag?: string | undefined; problem: ProblemDetail }>(
      ctx,
      `problem-${slug}`,
      async (previous) => {
        const res = await client.problems.retrieveConditional(slug, { ifNoneMatch: previous?.etag });
        return res.notModified
          ? { unchanged: true }
          : { unchanged: false, value: { etag: res.etag, problem: res.data } };
      },
    ),
  );
  const problem = value.problem;
  cachedNote(ctx, cachedAt);
  if (options.json) {
    writeJson(ctx, problem);
    return;
  }
  const style = createStyle(ctx);
  const lines = [
    `${style.bold(problem.title)}  ${colourDifficulty(style, problem.difficulty)}  ${style.dim(problem.topics.join(', '))}`,
    '',
    renderMarkdown(problem.statement, style),
  ];
  if (problem.examples.length > 0 && !/##\s*Examples/i.test(problem.statement)) {
    lines.push('', style.bold('Examples'));
    for (const ex of problem.examples) {
      lines.push(`  Input:  ${ex.input}`, `  Output: ${ex.output}`);
      if (ex.explanation) lines.push(`  ${style.dim(ex.explanation)}`);
    }
  }
  if (problem.constraints.length > 0 && !/##\s*Constraints/i.test(problem.statement)) {
    lines.push('', style.bold('Constraints'), ...problem.constraints.map((c) => `  • ${c}`));
  }
  lines.push('', style.dim(`Start: avantika start ${problem.slug} --lang py   (py, js, java, cpp)`));
  ctx.stdout.write(`${lines.join('\n')}\n`);
}

/** `avantika daily`: today's problem (the same for everyone on a UTC date). */
export async function showDaily(ctx: CliContext, options: { json?: boolean }): Promise<void> {
  const daily = await withClient(ctx, { requireAuth: true }, (client) => client.problems.daily());
  if (options.json) {
    writeJson(ctx, daily);
    return;
  }
  const style = createStyle(ctx);
  const p = daily.problem;
  ctx.stdout.write(
    `Daily problem for ${daily.date}: ${style.bold(p.title)} (${colourDifficulty(style, p.difficulty)}) ${p.status === 'solved' ? style.green('✓ solved') : ''}\n` +
      `${style.dim(`avantika problems show ${p.slug}   ·   avantika start ${p.slug} --lang py`)}\n`,
  );
}
