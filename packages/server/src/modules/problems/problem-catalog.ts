import type { ProblemListQuery, ProblemStatus } from '@avantika/contract';
import type { Queryable } from '../../adapters/sql/sql.js';
import { encodeCursor } from '../../http/pagination.js';
import { etagOf, type Representation } from '../../http/send-cacheable.js';
import * as repo from './repo.js';

/** One listed problem, serialized up to its per-caller `status` value. */
export interface CatalogItem {
  readonly id: string;
  /** `{"id":…,"totalSubmissions":…,"status":` — the summary's JSON with the status value left open. */
  readonly head: string;
}

/** A catalog page that is the same for every caller: items without status, and the next page's cursor. */
export interface CatalogPage {
  readonly items: readonly CatalogItem[];
  readonly nextCursor: string | null;
  /** Rendered bodies by the callers' status sequence (`s`/`a`/`t` per item): most callers share a few. */
  readonly variants: Map<string, Representation>;
}

interface Entry {
  readonly page: Promise<CatalogPage>;
  /** The page once loaded, so a warm request gets it without a promise. */
  loaded?: CatalogPage;
  readonly version: number;
  readonly until: number;
}

const STATUS_JSON: Record<ProblemStatus, string> = { solved: '"solved"}', attempted: '"attempted"}', todo: '"todo"}' };
const STATUS_LETTER: Record<ProblemStatus, string> = { solved: 's', attempted: 'a', todo: 't' };
const LETTER_STATUS: Record<string, ProblemStatus> = { s: 'solved', a: 'attempted', t: 'todo' };
// Memory bound: at most 256 pages × 8 rendered bodies (≤ ~25 KB each at limit=100) ≈ 50 MB in the worst case.
const ENTRY_LIMIT = 256;
const VARIANT_LIMIT = 8;

// Bumped by every content change in this process (imports, verdict stats); every catalog compares against it.
let processVersion = 0;

/**
 * Forgets every cached catalog page in this process at once. The content importer calls it after its transaction
 * commits and the verdict hooks after a problem's stats change; other processes see changes within the cache TTL.
 */
export function invalidateProblemCatalogs(): void {
  processVersion += 1;
}

/** The caller's statuses on a page, a letter (`s`/`a`/`t`) per item: the key of the page's rendered variants. */
export function catalogStatusKey(page: CatalogPage, statusOf: (problemId: string) => ProblemStatus): string {
  let key = '';
  for (const item of page.items) key += STATUS_LETTER[statusOf(item.id)];
  return key;
}

/**
 * The JSON of a whole list page — catalog items with the caller's status each, as `JSON.stringify` would write it —
 * and its ETag. Callers whose statuses on the page are the same (the same {@link catalogStatusKey}) share one body.
 */
export function renderCatalogPage(
  page: CatalogPage,
  statusOf: (problemId: string) => ProblemStatus,
  key: string = catalogStatusKey(page, statusOf),
): Representation {
  const hit = page.variants.get(key);
  if (hit !== undefined) return hit;
  let json = '{"data":[';
  page.items.forEach((item, index) => {
    json += `${index === 0 ? '' : ','}${item.head}${STATUS_JSON[LETTER_STATUS[key[index] ?? 't'] ?? 'todo']}`;
  });
  json += `],"nextCursor":${JSON.stringify(page.nextCursor)}}`;
  const body = Buffer.from(json);
  const rendered = { body, etag: etagOf(body) };
  if (page.variants.size >= VARIANT_LIMIT) page.variants.delete(page.variants.keys().next().value as string);
  page.variants.set(key, rendered);
  return rendered;
}

/**
 * The problems catalog as lists show it, cached in process per query (filters, cursor, limit) for `ttlMs` and until
 * {@link invalidateProblemCatalogs}: the list route then costs no database round trip. Concurrent misses of one key
 * share one query. The per-caller `status` is not part of it (see ProblemStatusCache).
 */
export class ProblemCatalog {
  private readonly entries = new Map<string, Entry>();
  // Validated queries are remembered and frozen per query string (see requestValidatorCompiler): their cache key
  // is computed once per query object instead of once per request.
  private readonly keys = new WeakMap<ProblemListQuery, string>();

  constructor(
    private readonly db: Queryable,
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * The page for `query` (its `status` filter is ignored: that one is per caller) after the keyset `after`: the
   * page itself when it is cached and loaded, otherwise a promise of it.
   */
  page(
    query: ProblemListQuery,
    after: { number: number; slug: string } | undefined,
  ): CatalogPage | Promise<CatalogPage> {
    const key = this.keys.get(query) ?? this.keyOf(query);
    const now = this.now();
    const hit = this.entries.get(key);
    if (hit !== undefined && hit.version === processVersion && hit.until > now) return hit.loaded ?? hit.page;
    if (hit === undefined && this.entries.size >= ENTRY_LIMIT) {
      this.entries.delete(this.entries.keys().next().value as string);
    }
    const page = this.load({ ...query, status: undefined }, after);
    if (this.ttlMs > 0) {
      const entry: Entry = { page, version: processVersion, until: now + this.ttlMs };
      this.entries.set(key, entry);
      page.then(
        (loaded) => {
          entry.loaded = loaded;
        },
        // A failed load is not remembered: the next request tries again.
        () => {
          if (this.entries.get(key) === entry) this.entries.delete(key);
        },
      );
    }
    return page;
  }

  private keyOf(query: ProblemListQuery): string {
    const key = JSON.stringify([
      query.limit,
      query.cursor ?? null,
      query.difficulty ?? null,
      query.topic ?? null,
      query.company ?? null,
      query.search ?? null,
    ]);
    // Only a frozen query can be trusted to keep matching its key.
    if (Object.isFrozen(query)) this.keys.set(query, key);
    return key;
  }

  private async load(
    query: ProblemListQuery,
    after: { number: number; slug: string } | undefined,
  ): Promise<CatalogPage> {
    // The caller id only feeds the status column, which is not kept; the nil UUID has no submissions.
    const rows = await repo.listProblems(this.db, NIL_USER, query, after);
    const visible = rows.slice(0, query.limit);
    const last = visible.at(-1);
    return {
      items: visible.map(toCatalogItem),
      nextCursor: rows.length > query.limit && last !== undefined ? encodeCursor([last.sort_number, last.slug]) : null,
      variants: new Map(),
    };
  }
}

const NIL_USER = '00000000-0000-0000-0000-000000000000';

/** A row as a catalog item: its summary's JSON, open where the caller's `status` (the last key) goes. */
export function toCatalogItem(row: repo.ProblemRow): CatalogItem {
  const json = JSON.stringify({ ...repo.toSummary(row), status: undefined });
  return { id: row.id, head: `${json.slice(0, -1)},"status":` };
}
