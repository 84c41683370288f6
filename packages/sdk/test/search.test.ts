import { Avantika, BadRequestError, type SearchHit } from '@avantika/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFlowContent } from './support/practice-content.js';
import { newIdentity, type RealServer, startRealServer, storageKinds } from './support/real-server.js';

const kinds = await storageKinds();

describe.each(kinds)('client.search against the real server (%s)', (kind) => {
  let server: RealServer;
  let api: Avantika;

  beforeAll(async () => {
    server = await startRealServer(kind, { seed: importFlowContent });
    api = new Avantika({ baseUrl: server.baseUrl, timeout: 30_000 });
    await api.auth.register(newIdentity());
  });
  afterAll(async () => {
    await api?.close();
    await server?.close();
  });

  it('finds a problem by a mistyped statement word, typed hits with slug and premium', async () => {
    const page = await api.search.query({ q: 'laundromt', kind: 'problem' });
    const hit: SearchHit | undefined = page.data[0];
    expect(hit).toMatchObject({ kind: 'problem', title: 'The Unmatched Sock', fields: { slug: 'single-number' } });
    expect(hit?.fields.premium).toBe(false);
    expect(page.nextCursor).toBeNull();
  });

  it('iterates every hit across pages and agrees with the offset pages and their total', async () => {
    const all = await api.search.query({ q: 'sum or sock or crates', limit: 1 }).toArray();
    const first = await api.search.page({ q: 'sum or sock or crates', limit: 1 });
    expect(all.length).toBe(first.total);
    expect(all.length).toBeGreaterThan(1);
    const second = await api.search.page({ q: 'sum or sock or crates', limit: 1, offset: 1 });
    expect(second.data).toEqual([all[1]]);
  });

  it('rejects a cursor together with an offset as VALIDATION_FAILED', async () => {
    const first = await api.search.page({ q: 'sum or sock', limit: 1 });
    const error = await api.search
      .page({ q: 'sum or sock', cursor: first.nextCursor ?? 'x', offset: 1 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).code).toBe('VALIDATION_FAILED');
  });
});
