import { DomainError } from './practice-shim.js';

// TEMPORARY until server-core's cursor helper lands: an opaque base64url JSON keyset.
/** Encodes a keyset position as an opaque cursor. */
export function encodeCursor(position: Record<string, string | number>): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

/** Decodes a cursor made by {@link encodeCursor}; a tampered one is a VALIDATION_FAILED. */
export function decodeCursor<K extends string>(cursor: string, keys: readonly K[]): Record<K, string> {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Record<string, unknown>;
    const out = {} as Record<K, string>;
    for (const key of keys) {
      const v = value[key];
      if (typeof v !== 'string' && typeof v !== 'number') throw new Error('bad cursor');
      out[key] = String(v);
    }
    return out;
  } catch (cause) {
    throw new DomainError('VALIDATION_FAILED', {
      details: { cursor: 'not a cursor from this list' },
      message: String(cause),
    });
  }
}
