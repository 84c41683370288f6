import { idSetLabelField } from './id-set-member.js';
import type {
  IdSetEntry,
  IdSetMaxOptions,
  IdSetMoveOptions,
  IdSetRanks,
  IdSetRanksOptions,
  ScoredMember,
} from './kv.js';

/** The synchronous store access the in-process id-set operations need (bodies never await, so they are atomic). */
export interface MemoryZsetAccess {
  zset(key: string, create: boolean): Map<string, number> | undefined;
  hash(key: string, create: boolean): Map<string, string> | undefined;
  string(key: string): string | undefined;
  exists(key: string): boolean;
  rename(from: string, to: string): void;
  del(key: string): void;
  expireAt(key: string, atMs: number | null): void;
}

/** {@link Kv.idSetMax} in process: replace an id's member only with a higher score. */
export function memoryIdSetMax(
  store: MemoryZsetAccess,
  key: string,
  entries: readonly IdSetEntry[],
  options: IdSetMaxOptions = {},
): number {
  if (options.requireKey !== undefined) {
    if (
      options.requireValue === undefined
        ? !store.exists(options.requireKey)
        : store.string(options.requireKey) !== options.requireValue
    ) {
      return -1;
    }
  }
  let changed = 0;
  for (const entry of entries) {
    if (options.labels !== undefined && entry.label) {
      store.hash(options.labels, true)?.set(idSetLabelField(entry.member), entry.label);
    }
    const ids = store.hash(`${key}:ids`, false);
    const zset = store.zset(key, false);
    const old = ids?.get(entry.id);
    const current = old === undefined ? undefined : zset?.get(old);
    if (current !== undefined && current >= entry.score) continue;
    if (old !== undefined) zset?.delete(old);
    store.zset(key, true)?.set(entry.member, entry.score);
    store.hash(`${key}:ids`, true)?.set(entry.id, entry.member);
    changed++;
  }
  if (changed > 0 && options.expireAtMs) {
    store.expireAt(key, options.expireAtMs);
    store.expireAt(`${key}:ids`, options.expireAtMs);
  }
  return changed;
}

/** {@link Kv.idSetMove} in process: replace `to` with `from` while the lock holds the token. */
export function memoryIdSetMove(store: MemoryZsetAccess, from: string, to: string, options: IdSetMoveOptions): boolean {
  if (store.string(options.lockKey) !== options.token) return false;
  for (const suffix of ['', ':ids']) {
    if (store.exists(from + suffix)) store.rename(from + suffix, to + suffix);
    else store.del(to + suffix);
  }
  store.hash(`${to}:ids`, true)?.set('#', '1');
  for (const suffix of ['', ':ids']) {
    if (store.exists(to + suffix)) store.expireAt(to + suffix, options.expireAtMs ?? null);
  }
  store.del(options.lockKey);
  return true;
}

/** {@link Kv.idSetRanks} in process (a full sort per read: the in-process Kv holds small sets). */
export function memoryIdSetRanks(
  store: MemoryZsetAccess,
  key: string,
  id: string,
  limit: number,
  radius: number,
  options: IdSetRanksOptions = {},
): IdSetRanks {
  const none = { top: [], position: null, windowStart: 0, window: [], higher: [], topLabels: [], windowLabels: [] };
  if (!store.exists(`${key}:ids`)) return { exists: false, ...none };
  const sorted: ScoredMember[] = [...(store.zset(key, false) ?? [])]
    .sort((a, b) => (a[1] !== b[1] ? b[1] - a[1] : a[0] < b[0] ? 1 : a[0] > b[0] ? -1 : 0))
    .map(([member, score]) => ({ member, score }));
  const top = sorted.slice(0, Math.max(limit, 0));
  const labels = options.labels === undefined ? undefined : store.hash(options.labels, false);
  const labelsOf = (members: ScoredMember[]) =>
    options.labels === undefined ? [] : members.map((m) => labels?.get(idSetLabelField(m.member)) ?? null);
  const member = store.hash(`${key}:ids`, false)?.get(id);
  const position = member === undefined ? -1 : sorted.findIndex((m) => m.member === member);
  if (position < 0) return { exists: true, ...none, top, topLabels: labelsOf(top) };
  const windowStart = Math.max(position - radius, 0);
  const window = sorted.slice(windowStart, position + radius + 1);
  const higher = window.map((w) => sorted.filter((m) => m.score > w.score).length);
  return {
    exists: true,
    top,
    position,
    windowStart,
    window,
    higher,
    topLabels: labelsOf(top),
    windowLabels: labelsOf(window),
  };
}
