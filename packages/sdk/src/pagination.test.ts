import { describe, expect, it } from 'vitest';
import { PagePromise } from './pagination.js';

// A list of 7 numbers served 3 per page; cursors are the next start index.
function fetcher(calls: Array<string | undefined>) {
  const all = [0, 1, 2, 3, 4, 5, 6];
  return async (cursor: string | undefined) => {
    calls.push(cursor);
    const start = cursor === undefined ? 0 : Number(cursor);
    const end = start + 3;
    return { data: all.slice(start, end), nextCursor: end < all.length ? String(end) : null };
  };
}

describe('PagePromise', () => {
  it('awaits to the first page and iterates every item across pages', async () => {
    const calls: Array<string | undefined> = [];
    const list = new PagePromise(fetcher(calls));
    const page = await list;
    expect(page.data).toEqual([0, 1, 2]);
    expect(page.hasNextPage()).toBe(true);
    const items = [];
    for await (const item of list) items.push(item);
    expect(items).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(calls).toEqual([undefined, '3', '6']);
  });

  it('starts at an explicit cursor', async () => {
    const calls: Array<string | undefined> = [];
    expect(await new PagePromise(fetcher(calls), '3').toArray()).toEqual([3, 4, 5, 6]);
    expect(calls[0]).toBe('3');
  });

  it('stops fetching once toArray has its limit', async () => {
    const calls: Array<string | undefined> = [];
    expect(await new PagePromise(fetcher(calls)).toArray({ limit: 4 })).toEqual([0, 1, 2, 3]);
    expect(calls).toEqual([undefined, '3']);
  });

  it('walks pages one by one and refuses a page after the last', async () => {
    const page = await new PagePromise(fetcher([]), '6');
    expect(page.hasNextPage()).toBe(false);
    await expect(page.getNextPage()).rejects.toBeInstanceOf(RangeError);
  });

  it('passes a failure of the first page to catch', async () => {
    const failing = new PagePromise<number>(async () => {
      throw new Error('down');
    });
    await expect(failing.catch(() => 'caught')).resolves.toBe('caught');
  });
});
