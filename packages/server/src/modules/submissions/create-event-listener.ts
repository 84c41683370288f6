import type { Pool, PoolClient } from 'pg';
import type { Sql } from '../../adapters/sql/sql.js';
import { SUBMISSION_EVENTS_CHANNEL } from './repo.js';
import type { SubscribeToEvents } from './service.js';

/** Wakes event streams when the judge NOTIFYs; one LISTEN connection per process, opened on first use. */
export interface EventListener {
  readonly subscribe: SubscribeToEvents;
  close(): Promise<void>;
}

interface PgliteListen {
  listen(channel: string, callback: (payload: string) => void): Promise<() => Promise<void>>;
}

/**
 * Listens on `avantika_submission_events` (PGlite's `listen`, or a dedicated `pg` client) and wakes the streams of
 * the submission named in each payload. Streams still poll, so a lost notification only delays an event.
 */
export function createEventListener(sql: Sql): EventListener {
  const wakers = new Map<string, Set<() => void>>();
  let stop: (() => Promise<void>) | undefined;
  let starting: Promise<void> | undefined;
  let closed = false;

  const dispatch = (payload: string) => {
    let submissionId: unknown;
    try {
      submissionId = (JSON.parse(payload) as { submissionId?: unknown }).submissionId;
    } catch {
      return; // Not ours: other payloads on the channel are ignored.
    }
    for (const wake of wakers.get(String(submissionId)) ?? []) wake();
  };

  const start = async () => {
    if (sql.kind === 'pglite') {
      const unlisten = await (sql.raw as PgliteListen).listen(SUBMISSION_EVENTS_CHANNEL, dispatch);
      stop = () => unlisten();
      return;
    }
    const client: PoolClient = await (sql.raw as Pool).connect();
    client.on('notification', (message) => {
      if (message.payload) dispatch(message.payload);
    });
    // A dropped connection only costs latency: streams fall back to polling.
    client.on('error', () => {});
    await client.query(`LISTEN ${SUBMISSION_EVENTS_CHANNEL}`);
    stop = async () => {
      await client.query(`UNLISTEN ${SUBMISSION_EVENTS_CHANNEL}`).catch(() => {});
      client.release();
    };
  };

  return {
    subscribe(submissionId, wake) {
      if (!closed) starting ??= start().catch(() => undefined);
      let set = wakers.get(submissionId);
      if (!set) {
        set = new Set();
        wakers.set(submissionId, set);
      }
      set.add(wake);
      return () => {
        set.delete(wake);
        if (set.size === 0) wakers.delete(submissionId);
      };
    },
    async close() {
      closed = true;
      await starting;
      await stop?.();
    },
  };
}
