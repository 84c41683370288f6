import { describe, expect, it } from 'vitest';
import { storageKinds } from './support/real-server.js';
import { useSignedInClient } from './support/signed-in-client.js';

const kinds = await storageKinds();

describe.each(kinds)('conditional GETs with ETags against the real server (%s)', (kind) => {
  const t = useSignedInClient(kind);

  it('lists a page with its ETag and sees notModified when revalidating with it', async () => {
    const fresh = await t.api.problems.listPage({ limit: 3 });
    expect(fresh.notModified).toBe(false);
    expect(fresh.data?.data).toHaveLength(3);
    expect(fresh.etag).toMatch(/^".+"$/);
    const again = await t.api.problems.listPage({ limit: 3 }, { ifNoneMatch: fresh.etag });
    expect(again).toEqual({ notModified: true, data: undefined, etag: fresh.etag });
    const other = await t.api.problems.listPage({ limit: 2 }, { ifNoneMatch: fresh.etag });
    expect(other.notModified).toBe(false);
    expect(other.data?.data).toHaveLength(2);
    expect(other.etag).not.toBe(fresh.etag);
  });

  it('retrieves a problem conditionally', async () => {
    const fresh = await t.api.problems.retrieveConditional('two-sum');
    if (fresh.notModified) throw new Error('a request without If-None-Match cannot be answered 304');
    expect(fresh.data.slug).toBe('two-sum');
    const again = await t.api.problems.retrieveConditional('two-sum', { ifNoneMatch: fresh.etag });
    expect(again.notModified).toBe(true);
    expect((await t.api.problems.retrieveConditional('two-sum', { ifNoneMatch: '"stale"' })).notModified).toBe(false);
  });
});
