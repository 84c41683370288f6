import { Avantika } from '@avantika/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFlowContent } from './support/practice-content.js';
import { newIdentity, type RealServer, startRealServer, storageKinds } from './support/real-server.js';

const kinds = await storageKinds();

describe.each(kinds)('conditional GETs with ETags against the real server (%s)', (kind) => {
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

  it('lists a page with its ETag and sees notModified when revalidating with it', async () => {
    const fresh = await api.problems.listPage({ limit: 3 });
    expect(fresh.notModified).toBe(false);
    expect(fresh.data?.data).toHaveLength(3);
    expect(fresh.etag).toMatch(/^".+"$/);
    const again = await api.problems.listPage({ limit: 3 }, { ifNoneMatch: fresh.etag });
    expect(again).toEqual({ notModified: true, data: undefined, etag: fresh.etag });
    const other = await api.problems.listPage({ limit: 2 }, { ifNoneMatch: fresh.etag });
    expect(other.notModified).toBe(false);
    expect(other.data?.data).toHaveLength(2);
    expect(other.etag).not.toBe(fresh.etag);
  });

  it('retrieves a problem conditionally', async () => {
    const fresh = await api.problems.retrieveConditional('two-sum');
    if (fresh.notModified) throw new Error('a request without If-None-Match cannot be answered 304');
    expect(fresh.data.slug).toBe('two-sum');
    const again = await api.problems.retrieveConditional('two-sum', { ifNoneMatch: fresh.etag });
    expect(again.notModified).toBe(true);
    expect((await api.problems.retrieveConditional('two-sum', { ifNoneMatch: '"stale"' })).notModified).toBe(false);
  });
});
