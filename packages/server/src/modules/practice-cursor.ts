import type { Page } from '@avantika/contract';
import type { z } from 'zod';
import { DomainError } from './practice-shim.js';

// TEMPORARY until server-core's http/pagination.ts lands: the same functions.
/** The values a list is sorted by, ending with a unique tie-breaker. */
export type CursorKey = readonly (string | number | boolean | null)[];

/** Encodes a sort key as an opaque cursor. */
export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify({ v: 1, k: key }), 'utf8').toString('base64url');
}

/** Decodes a cursor and validates its key with `schema`. */
export function decodeCursor<S extends z.ZodType>(cursor: string | undefined, schema: S): z.output<S> | undefined {
  if (cursor === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new DomainError('VALIDATION_FAILED');
  }
  const result = schema.safeParse((parsed as { k?: unknown } | null)?.k);
  if (!result.success) throw new DomainError('VALIDATION_FAILED');
  return result.data;
}

/** Turns `limit + 1` fetched rows into a page. */
export function toPage<Row, Item>(
  rows: readonly Row[],
  limit: number,
  toItem: (row: Row) => Item,
  keyOf: (row: Row) => CursorKey,
): Page<Item> {
  const visible = rows.slice(0, limit);
  const last = visible.at(-1);
  return {
    data: visible.map(toItem),
    nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null,
  };
}
