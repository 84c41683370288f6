import type { Page } from '@avantika/contract';
import type { z } from 'zod';
import { DomainError } from './domain-error.js';

/** The values a list is sorted by, ending with the row id as the tie-breaker (`[createdAt, id]`). */
export type CursorKey = readonly (string | number | boolean | null)[];

/** Encodes a sort key as an opaque cursor (base64url JSON); clients must not parse it. */
export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify({ v: 1, k: key }), 'utf8').toString('base64url');
}

/**
 * Decodes a cursor made by {@link encodeCursor} and validates its key with `schema` (e.g.
 * `z.tuple([z.iso.datetime(), z.uuid()])`); anything else is a 400 INVALID_CURSOR. Undefined stays undefined.
 */
export function decodeCursor<S extends z.ZodType>(cursor: string | undefined, schema: S): z.output<S> | undefined {
  if (cursor === undefined) return undefined;
  let parsed: unknown;
  try {
    if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw new Error('not base64url');
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch (cause) {
    throw new DomainError('INVALID_CURSOR', undefined, { cause });
  }
  if (typeof parsed !== 'object' || parsed === null || (parsed as { v?: unknown }).v !== 1) {
    throw new DomainError('INVALID_CURSOR');
  }
  const result = schema.safeParse((parsed as { k?: unknown }).k);
  if (!result.success) throw new DomainError('INVALID_CURSOR');
  return result.data;
}

/**
 * Turns `limit + 1` fetched rows into a page: at most `limit` items and a cursor at the last one when more exist.
 * Query with `LIMIT limit + 1` and a `WHERE (sort, id) > ($cursor...)` built from the decoded key.
 */
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
