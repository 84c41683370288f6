import type { Queryable } from '../../adapters/sql/sql.js';
import type { ContentReferences, KnownContent } from './validate-pack.js';

async function slugs(db: Queryable, sql: string, values: readonly string[]): Promise<Set<string>> {
  if (values.length === 0) return new Set();
  const { rows } = await db.query<{ slug: string }>(sql, [values]);
  return new Set(rows.map((r) => r.slug));
}

/** Looks up which referenced slugs and display numbers already exist in the database. */
export async function loadKnownContent(db: Queryable, refs: ContentReferences): Promise<KnownContent> {
  const numbers = new Map<number, string>();
  if (refs.numbers.length > 0) {
    const { rows } = await db.query<{ display_number: number; slug: string }>(
      'SELECT display_number, slug FROM problems WHERE display_number = ANY($1::int[])',
      [refs.numbers],
    );
    for (const r of rows) numbers.set(Number(r.display_number), r.slug);
  }
  return {
    topics: await slugs(db, 'SELECT slug FROM topics WHERE slug = ANY($1::text[])', refs.topics),
    problems: await slugs(
      db,
      "SELECT slug FROM problems WHERE slug = ANY($1::text[]) AND problem_type <> 'mcq'",
      refs.problems,
    ),
    mcqSets: await slugs(db, 'SELECT slug FROM mcq_sets WHERE slug = ANY($1::text[])', refs.mcqSets),
    paths: await slugs(db, 'SELECT slug FROM learning_paths WHERE slug = ANY($1::text[])', refs.paths),
    numbers,
  };
}
