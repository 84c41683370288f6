import type { ErrorCode } from '@avantika/contract';
import type { DocumentFilter, FindOptions, IndexSpec } from './document-store.js';

/** A rejected document-store call (bad collection name, filter, sort or index), with a registry code. */
export class DocumentError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DocumentError';
    this.code = code;
  }
}

const COLLECTION = /^[a-z][a-z0-9_]{0,99}$/;
const FIELD = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

/** Throws DOCUMENT_INVALID unless `name` is a lower-case collection name (a-z, 0-9, _). */
export function checkCollectionName(name: string): void {
  if (!COLLECTION.test(name)) throw new DocumentError('DOCUMENT_INVALID', `bad collection name: ${name}`);
}

/** Throws DOCUMENT_INVALID unless `field` is a plain or dotted field name (no `$`, no operators). */
export function checkField(field: string): void {
  if (!FIELD.test(field)) throw new DocumentError('DOCUMENT_INVALID', `bad field name: ${field}`);
}

/** Validates an equality filter: field names and JSON scalar values only. */
export function checkFilter(filter: DocumentFilter): void {
  for (const [field, value] of Object.entries(filter)) {
    checkField(field);
    const ok =
      value === null ||
      typeof value === 'string' ||
      typeof value === 'boolean' ||
      (typeof value === 'number' && Number.isFinite(value));
    if (!ok) throw new DocumentError('DOCUMENT_INVALID', `filter on ${field} must compare with a JSON scalar`);
  }
}

/** Validates sort fields and directions, limit and skip. */
export function checkFindOptions(options: FindOptions): void {
  for (const [field, dir] of Object.entries(options.sort ?? {})) {
    checkField(field);
    if (dir !== 1 && dir !== -1) throw new DocumentError('DOCUMENT_INVALID', `sort on ${field} must be 1 or -1`);
  }
  for (const n of [options.limit, options.skip]) {
    if (n !== undefined && (!Number.isInteger(n) || n < 0)) {
      throw new DocumentError('DOCUMENT_INVALID', 'limit and skip must be non-negative integers');
    }
  }
}

/** Validates an index definition. */
export function checkIndex(spec: IndexSpec): void {
  if (!/^[A-Za-z0-9_]{1,60}$/.test(spec.name))
    throw new DocumentError('DOCUMENT_INVALID', `bad index name: ${spec.name}`);
  const keys = Object.entries(spec.keys);
  if (keys.length === 0) throw new DocumentError('DOCUMENT_INVALID', `index ${spec.name} has no keys`);
  checkFindOptions({ sort: spec.keys });
}

/** The document as stored: plain JSON (Dates become ISO strings, undefined fields vanish), `_id` a string. */
export function toJsonDocument(doc: object): Record<string, unknown> {
  const json = JSON.parse(JSON.stringify(doc)) as Record<string, unknown>;
  if (json._id !== undefined && (typeof json._id !== 'string' || json._id.length === 0)) {
    throw new DocumentError('DOCUMENT_INVALID', '_id must be a non-empty string');
  }
  return json;
}
