/** A sorted-set member with its score. */
export interface ScoredMember {
  readonly member: string;
  readonly score: number;
}

/** Bounds of {@link Kv.zcount}: inclusive unless marked exclusive (Redis `(` syntax). */
export interface ZCountOptions {
  readonly exclusiveMin?: boolean;
  readonly exclusiveMax?: boolean;
}

/**
 * One entry of an id-indexed sorted set (see {@link Kv.idSetMax}): `id` is stored once, as `member`, whose bytes order
 * equal scores (so ties can follow a rule such as "reached first"), and the hash `<key>:ids` maps `id` → `member`.
 */
export interface IdSetEntry {
  readonly id: string;
  readonly member: string;
  readonly score: number;
  /** Stored in the `labels` hash of {@link IdSetMaxOptions} under idSetLabelField(member), whatever the score. */
  readonly label?: string;
}

/** Options for {@link Kv.idSetMax}. */
export interface IdSetMaxOptions {
  /** Write only when this key exists (or, with `requireValue`, holds that string); otherwise nothing is written. */
  readonly requireKey?: string;
  readonly requireValue?: string;
  /** Absolute expiry (epoch ms) set on the sorted set and its id hash after the write. */
  readonly expireAtMs?: number;
  /** A hash of label field → label (shared by several sets, never expired) receiving the entries' labels. */
  readonly labels?: string;
}

/** Options for {@link Kv.idSetMove}. */
export interface IdSetMoveOptions {
  /** The move happens only while `lockKey` holds `token`; the lock is deleted with the move. */
  readonly lockKey: string;
  readonly token: string;
  /** Absolute expiry (epoch ms) of the moved set, or none. */
  readonly expireAtMs?: number;
}

/** What {@link Kv.idSetRanks} read in one atomic step. */
export interface IdSetRanks {
  /** False when the set was never built (its `:ids` hash is missing); nothing else is read then. */
  readonly exists: boolean;
  /** Ranks 0..limit-1, highest score first. */
  readonly top: ScoredMember[];
  /** The id's 0-based position, or null when it has no entry. */
  readonly position: number | null;
  /** The entries from `windowStart` to position + radius, and for each how many members score strictly higher. */
  readonly windowStart: number;
  readonly window: ScoredMember[];
  readonly higher: number[];
  /**
   * With the `labels` option: the label of each `top` and `window` member (null when the hash has none), found under
   * idSetLabelField(member) — the encoded id for members built by encodeIdSetMember; empty without the option.
   */
  readonly topLabels: (string | null)[];
  readonly windowLabels: (string | null)[];
}

/** Options for {@link Kv.idSetRanks}. */
export interface IdSetRanksOptions {
  /** A labels hash (see {@link IdSetMaxOptions.labels}) to read the returned members' labels from. */
  readonly labels?: string;
}

/** Options for {@link Kv.set}. */
export interface KvSetOptions {
  /** Expire after this many milliseconds. */
  readonly ttlMs?: number;
  /** Only set when the key does not exist (SET NX); `set` then resolves false if it existed. */
  readonly onlyIfAbsent?: boolean;
}

/** Writes queued by {@link Kv.multi} and applied together (MULTI/EXEC on Redis). */
export interface KvBatch {
  set(key: string, value: string, options?: KvSetOptions): KvBatch;
  del(key: string): KvBatch;
  incrBy(key: string, by: number): KvBatch;
  expire(key: string, ttlMs: number): KvBatch;
  hset(key: string, fields: Readonly<Record<string, string>>): KvBatch;
  zincrby(key: string, by: number, member: string): KvBatch;
  zadd(key: string, score: number, member: string): KvBatch;
  sadd(key: string, ...members: string[]): KvBatch;
  lpush(key: string, ...values: string[]): KvBatch;
  ltrim(key: string, start: number, stop: number): KvBatch;
  /** Applies every queued write atomically. */
  exec(): Promise<void>;
}

/**
 * The cache/counter port for the seed's Redis key families (sessions, rate limits, AI quota, leaderboards, streaks,
 * solved sets, active interviews, notifications, presence). Redis via ioredis, or in-process for the single-process
 * embedded mode. Times are milliseconds. Everything here can be rebuilt from PostgreSQL.
 */
export interface Kv {
  readonly kind: 'redis' | 'memory';
  get(key: string): Promise<string | null>;
  /** Resolves false only when `onlyIfAbsent` is set and the key existed. */
  set(key: string, value: string, options?: KvSetOptions): Promise<boolean>;
  del(...keys: string[]): Promise<number>;
  exists(key: string): Promise<boolean>;
  /** Sets a time to live; false when the key does not exist. */
  expire(key: string, ttlMs: number): Promise<boolean>;
  /** Milliseconds left, -1 without expiry, -2 when the key does not exist (Redis PTTL). */
  ttl(key: string): Promise<number>;
  /** INCRBY; with `ttlMs`, a counter created by this call expires then (fixed-window rate limits, quotas). */
  incr(key: string, options?: { by?: number; ttlMs?: number }): Promise<number>;
  hset(key: string, fields: Readonly<Record<string, string>>): Promise<number>;
  hget(key: string, field: string): Promise<string | null>;
  hgetall(key: string): Promise<Record<string, string>>;
  hdel(key: string, ...fields: string[]): Promise<number>;
  hincrby(key: string, field: string, by: number): Promise<number>;
  zadd(key: string, score: number, member: string): Promise<void>;
  zincrby(key: string, by: number, member: string): Promise<number>;
  zscore(key: string, member: string): Promise<number | null>;
  /** Members from highest score down, ranks `start..stop` inclusive (negative counts from the end). */
  zrevrange(key: string, start: number, stop: number): Promise<ScoredMember[]>;
  /** 0-based rank from the highest score, or null. */
  zrevrank(key: string, member: string): Promise<number | null>;
  zcard(key: string): Promise<number>;
  /** How many members score between `min` and `max` (inclusive unless told; ±Infinity allowed). */
  zcount(key: string, min: number, max: number, options?: ZCountOptions): Promise<number>;
  /** ZADD of many members in one command; resolves how many were new. */
  zaddMany(key: string, members: readonly ScoredMember[]): Promise<number>;
  /**
   * Atomically merges entries into the id-indexed sorted set `key` (+ hash `<key>:ids`): an id's entry is replaced by
   * the given member/score only when the score is higher than its current one, so writers may replay or arrive out of
   * order and still converge on the maximum. Resolves how many entries changed, or -1 when `requireKey` blocked it.
   */
  idSetMax(key: string, entries: readonly IdSetEntry[], options?: IdSetMaxOptions): Promise<number>;
  /**
   * Atomically replaces id-indexed set `to` (sorted set and `:ids` hash) with `from` (an empty `from` leaves an empty
   * but present `to`: its hash keeps a `#` marker field) and deletes the lock, only while `lockKey` holds `token`.
   * Resolves false (nothing moved) when the lock was lost.
   */
  idSetMove(from: string, to: string, options: IdSetMoveOptions): Promise<boolean>;
  /**
   * Reads, in one step, the top `limit` of id-indexed set `key` and the `radius` entries either side of `id` (with
   * their labels when asked).
   */
  idSetRanks(key: string, id: string, limit: number, radius: number, options?: IdSetRanksOptions): Promise<IdSetRanks>;
  zrem(key: string, ...members: string[]): Promise<number>;
  /** Removes members with min <= score <= max (presence: drop users not seen for 5 minutes). */
  zremrangebyscore(key: string, min: number, max: number): Promise<number>;
  lpush(key: string, ...values: string[]): Promise<number>;
  rpush(key: string, ...values: string[]): Promise<number>;
  lrange(key: string, start: number, stop: number): Promise<string[]>;
  ltrim(key: string, start: number, stop: number): Promise<void>;
  llen(key: string): Promise<number>;
  sadd(key: string, ...members: string[]): Promise<number>;
  srem(key: string, ...members: string[]): Promise<number>;
  sismember(key: string, member: string): Promise<boolean>;
  /** Set members in sorted order (Redis returns them unordered; sorting keeps both implementations alike). */
  smembers(key: string): Promise<string[]>;
  scard(key: string): Promise<number>;
  multi(): KvBatch;
  /** Publishes to a channel (fire and forget: a message with no subscriber is dropped). */
  publish(channel: string, message: string): Promise<void>;
  /** Calls `handler` for every message on `channel` until the returned function is called. */
  subscribe(channel: string, handler: (message: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}
