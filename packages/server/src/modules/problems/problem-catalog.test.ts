import { describe, expect, it } from 'vitest';
import { matchesIfNoneMatch } from '../../http/send-cacheable.js';
import { type CatalogPage, renderCatalogPage, toCatalogItem } from './problem-catalog.js';
import { type ProblemRow, toSummary } from './repo.js';

const row = (id: string, title: string): ProblemRow => ({
  id,
  slug: title.toLowerCase().replace(/ /g, '-'),
  title,
  difficulty: 'easy',
  topics: ['arrays', 'hash "maps"'],
  companies: null,
  is_premium: null,
  acceptance_rate: '41.50',
  total_submissions: 7,
  status: 'todo',
  sort_number: 1,
});

function pageOf(rows: ProblemRow[], nextCursor: string | null): CatalogPage {
  return { items: rows.map(toCatalogItem), nextCursor, variants: new Map() };
}

describe('the rendered catalog page', () => {
  it("writes exactly the bytes JSON.stringify writes for the caller's page", () => {
    const rows = [row('a', 'Two Sum'), row('b', 'Ünïcode ✓ "quoted"')];
    const statuses: Record<string, 'solved' | 'attempted'> = { a: 'solved', b: 'attempted' };
    const rendered = renderCatalogPage(pageOf(rows, 'cur'), (id) => statuses[id] ?? 'todo');
    const expected = JSON.stringify({
      data: rows.map((r) => ({ ...toSummary(r), status: statuses[r.id] })),
      nextCursor: 'cur',
    });
    expect(rendered.body.toString()).toBe(expected);
    expect(renderCatalogPage(pageOf([], null), () => 'todo').body.toString()).toBe('{"data":[],"nextCursor":null}');
  });

  it('shares one body between callers with the same statuses and gives different statuses another ETag', () => {
    const page = pageOf([row('a', 'A'), row('b', 'B')], null);
    const first = renderCatalogPage(page, () => 'todo');
    expect(renderCatalogPage(page, () => 'todo')).toBe(first);
    const solved = renderCatalogPage(page, (id) => (id === 'a' ? 'solved' : 'todo'));
    expect(solved.etag).not.toBe(first.etag);
  });
});

describe('If-None-Match matching', () => {
  it('matches the tag itself, a weak form, one of a list and *, and nothing else', () => {
    expect(matchesIfNoneMatch('"x"', '"x"')).toBe(true);
    expect(matchesIfNoneMatch('W/"x"', '"x"')).toBe(true);
    expect(matchesIfNoneMatch('"a", "x"', '"x"')).toBe(true);
    expect(matchesIfNoneMatch('*', '"x"')).toBe(true);
    expect(matchesIfNoneMatch('"y"', '"x"')).toBe(false);
    expect(matchesIfNoneMatch('x', '"x"')).toBe(false);
    expect(matchesIfNoneMatch(undefined, '"x"')).toBe(false);
  });
});
