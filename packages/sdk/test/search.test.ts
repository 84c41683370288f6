import { BadRequestError, type SearchHit } from '@avantika/sdk';
import { describe, expect, it } from 'vitest';
import { storageKinds } from './support/real-server.js';
import { useSignedInClient } from './support/signed-in-client.js';

const kinds = await storageKinds();

describe.each(kinds)('client.search against the real server (%s)', (kind) => {
  const t = useSignedInClient(kind);

  it('finds a problem by a mistyped statement word, typed hits with slug and premium', async () => {
    const page = await t.api.search.query({ q: 'laundromt', kind: 'problem' });
    const hit: SearchHit | undefined = page.data[0];
    expect(hit).toMatchObject({ kind: 'problem', title: 'The Unmatched Sock', fields: { slug: 'single-number' } });
    expect(hit?.fields.premium).toBe(false);
    expect(page.nextCursor).toBeNull();
  });

  it('iterates every hit across pages and agrees with the offset pages and their total', async () => {
    const all = await t.api.search.query({ q: 'sum or sock or crates', limit: 1 }).toArray();
    const first = await t.api.search.page({ q: 'sum or sock or crates', limit: 1 });
    expect(all.length).toBe(first.total);
    expect(all.length).toBeGreaterThan(1);
    const second = await t.api.search.page({ q: 'sum or sock or crates', limit: 1, offset: 1 });
    expect(second.data).toEqual([all[1]]);
  });

  it('rejects a cursor together with an offset as VALIDATION_FAILED', async () => {
    const first = await t.api.search.page({ q: 'sum or sock', limit: 1 });
    const error = await t.api.search
      .page({ q: 'sum or sock', cursor: first.nextCursor ?? 'x', offset: 1 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).code).toBe('VALIDATION_FAILED');
  });
});
