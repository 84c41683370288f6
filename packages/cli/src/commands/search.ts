import type { SearchHit, SearchKind } from '@avantika/sdk';
import { withClient } from '../client/create-client.js';
import type { CliContext } from '../context.js';
import { ExitCode, ExitError, UsageError } from '../errors.js';
import { createStyle, formatTable, writeJson } from '../output/style.js';

/** Options of `avantika search <words...>`. */
export interface SearchOptions {
  readonly kind?: string;
  readonly limit?: string;
  readonly json?: boolean;
}

// `mcq` and `quiz` are what people type; the API's kind is mcq_set.
const KINDS: Record<string, SearchKind> = {
  problem: 'problem',
  mcq: 'mcq_set',
  quiz: 'mcq_set',
  mcq_set: 'mcq_set',
  path: 'path',
};

/** The command that opens a hit. */
function openCommand(hit: SearchHit): string {
  if (hit.kind === 'problem') return `avantika problems show ${hit.fields.slug}`;
  if (hit.kind === 'mcq_set') return `avantika quiz ${hit.fields.slug}`;
  return `avantika path show ${hit.fields.slug}`;
}

function detail(hit: SearchHit): string {
  const parts: string[] = [];
  if (hit.fields.difficulty) parts.push(hit.fields.difficulty);
  if (hit.fields.questions !== undefined) parts.push(`${hit.fields.questions} questions`);
  if (hit.fields.modules !== undefined) parts.push(`${hit.fields.modules} modules`);
  if (hit.fields.premium) parts.push('premium');
  return parts.join(', ');
}

function parse(words: readonly string[], options: SearchOptions): { q: string; kind?: SearchKind; limit: number } {
  const q = words.join(' ').trim();
  if (q === '' || q.length > 200) {
    throw new UsageError('Search for 1 to 200 characters of words.', { hint: 'avantika search sliding window' });
  }
  const kind = options.kind === undefined ? undefined : KINDS[options.kind];
  if (options.kind !== undefined && kind === undefined) {
    throw new UsageError(`Unknown kind "${options.kind}".`, { hint: 'Use problem, mcq (MCQ sets) or path.' });
  }
  const limit = options.limit === undefined ? 20 : Number(options.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
    throw new UsageError('--limit must be a whole number from 1 to 1000.');
  }
  return { q, ...(kind ? { kind } : {}), limit };
}

/**
 * `avantika search <words...>`: full-text search over problem statements, MCQ sets (questions included) and learning
 * paths, best first; typos are forgiven. No match ends with exit 5 (after `[]` under --json).
 */
export async function searchContent(ctx: CliContext, words: readonly string[], options: SearchOptions): Promise<void> {
  const { q, kind, limit } = parse(words, options);
  const hits = await withClient(ctx, { requireAuth: true }, (client) =>
    client.search.query({ q, ...(kind ? { kind } : {}), limit: Math.min(limit, 100) }).toArray({ limit }),
  );
  if (options.json) writeJson(ctx, hits);
  if (hits.length === 0) {
    throw new ExitError(ExitCode.notFound, `Nothing matches "${q}"${kind ? ` among ${kind} results` : ''}.`, {
      hint: `${kind ? 'Drop --kind, or try' : 'Try'} fewer or other words, or browse with \`avantika problems list\`, \`avantika quiz\` or \`avantika path list\`.`,
    });
  }
  if (options.json) return;
  const style = createStyle(ctx);
  const rows = hits.map((h) => [h.kind.replace('_set', ''), h.fields.slug, h.title, detail(h)]);
  ctx.stdout.write(`${formatTable(['KIND', 'SLUG', 'TITLE', 'DETAIL'], rows)}\n`);
  ctx.stdout.write(`${style.dim(`Open one: ${openCommand(hits[0]!)}`)}\n`);
}
