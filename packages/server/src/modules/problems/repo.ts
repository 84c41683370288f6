import type {
  Comparator,
  Limits,
  ProblemListQuery,
  ProblemStatus,
  ProblemSummary,
  Signature,
  TestCase,
} from '@avantika/contract';
import type { Queryable } from '../../adapters/sql/sql.js';

/** A problems row as lists show it, with the caller's status and topic slugs. */
export interface ProblemRow {
  id: string;
  slug: string;
  title: string;
  difficulty: 'easy' | 'medium' | 'hard' | 'expert';
  topics: string[];
  companies: string[] | null;
  is_premium: boolean | null;
  acceptance_rate: string | number | null;
  total_submissions: number | null;
  status: ProblemStatus;
  sort_number: number;
}

/** A problem with its current content version. */
export interface ProblemVersionRow extends ProblemRow {
  version_id: string;
  version: number;
  signature: Signature;
  comparator: Comparator;
  limits: Limits;
  validator_source: string | null;
  visible_cases: TestCase[];
}

const statusExpr = `CASE WHEN EXISTS (SELECT 1 FROM code_submissions c WHERE c.user_id = $1 AND c.problem_id = p.id AND c.mode = 'submit'
                      AND c.status = 'accepted') THEN 'solved'
       WHEN EXISTS (SELECT 1 FROM code_submissions c WHERE c.user_id = $1 AND c.problem_id = p.id AND c.mode = 'submit') THEN 'attempted'
       ELSE 'todo' END`;

// Problems without a display number sort after numbered ones; the keyset is (number, slug).
const SORT = 'COALESCE(p.display_number, 2147483647)';

const columns = `p.id, p.slug, p.title, p.difficulty, p.companies, p.is_premium, p.acceptance_rate, p.total_submissions,
  ${SORT} AS sort_number,
  COALESCE((SELECT array_agg(COALESCE(t.slug, t.name)::text ORDER BY COALESCE(t.slug, t.name)) FROM topics t
             WHERE t.id = ANY(p.topic_ids)), ARRAY[]::text[]) AS topics,
  ${statusExpr} AS status`;

/** Coding problems that can be judged (SQL over alias `p`): published, of type dsa, with a current version. */
export const JUDGEABLE_PROBLEM = `p.problem_type = 'dsa' AND p.is_published IS NOT FALSE AND p.current_version_id IS NOT NULL`;

/**
 * A page of problems matching the filters, in display order after `after` (the last row's keyset). Search matches
 * full-text words of title, slug and topics, or a trigram-similar title/slug (typos), or a substring of the title, or
 * words of the statement in the PostgreSQL search index (GET /v1/search's; empty when Elasticsearch serves search).
 */
export async function listProblems(
  db: Queryable,
  userId: string,
  query: ProblemListQuery,
  after?: { number: number; slug: string },
): Promise<ProblemRow[]> {
  const params: unknown[] = [userId];
  const where: string[] = [JUDGEABLE_PROBLEM];
  const add = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  if (query.difficulty) where.push(`p.difficulty = ${add(query.difficulty)}`);
  if (query.company) where.push(`${add(query.company.toLowerCase())} = ANY(p.companies)`);
  if (query.topic) {
    const t = add(query.topic);
    where.push(`EXISTS (SELECT 1 FROM topics t WHERE t.id = ANY(p.topic_ids) AND (t.slug = ${t} OR t.name = ${t}))`);
  }
  if (query.status) where.push(`(${statusExpr}) = ${add(query.status)}`);
  if (query.search) {
    const q = add(query.search);
    where.push(`(to_tsvector('simple', p.title || ' ' || replace(p.slug, '-', ' ') || ' ' || COALESCE(
                   (SELECT string_agg(replace(COALESCE(t.slug, t.name), '-', ' '), ' ') FROM topics t
                     WHERE t.id = ANY(p.topic_ids)), '')) @@ plainto_tsquery('simple', ${q})
                 OR p.title % ${q} OR p.slug % ${q} OR p.title ILIKE '%' || ${q} || '%'
                 OR EXISTS (SELECT 1 FROM search_documents d WHERE d.kind = 'problem' AND d.id = p.id::text
                             AND d.tsv @@ websearch_to_tsquery('english', ${q})))`);
  }
  if (after) where.push(`(${SORT}, p.slug) > (${add(after.number)}::int, ${add(after.slug)}::text)`);
  const limit = add(query.limit + 1);
  const res = await db.query<ProblemRow>(
    `SELECT ${columns} FROM problems p WHERE ${where.join(' AND ')} ORDER BY ${SORT}, p.slug LIMIT ${limit}`,
    params,
  );
  return res.rows;
}

/** A judgeable problem by slug with its current version and the caller's status, or undefined. */
export async function findProblemBySlug(
  db: Queryable,
  userId: string,
  slug: string,
): Promise<ProblemVersionRow | undefined> {
  const res = await db.query<ProblemVersionRow>(
    `SELECT ${columns}, v.id AS version_id, v.version, v.signature, v.comparator, v.limits, v.validator_source,
            v.visible_cases
       FROM problems p JOIN problem_versions v ON v.id = p.current_version_id
      WHERE p.slug = $2 AND ${JUDGEABLE_PROBLEM}`,
    [userId, slug],
  );
  return res.rows[0];
}

/** Candidates for the daily problem: published, free coding problems, by slug (stable across installations). */
export async function listDailyCandidates(db: Queryable): Promise<string[]> {
  const res = await db.query<{ slug: string }>(
    `SELECT p.slug FROM problems p WHERE ${JUDGEABLE_PROBLEM} AND p.is_premium IS NOT TRUE ORDER BY p.slug`,
  );
  return res.rows.map((r) => r.slug);
}

/** Maps a row to the list shape. */
export function toSummary(row: ProblemRow): ProblemSummary {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    difficulty: row.difficulty,
    topics: row.topics,
    companies: row.companies ?? [],
    premium: row.is_premium === true,
    acceptanceRate: Number(row.acceptance_rate ?? 0),
    totalSubmissions: row.total_submissions ?? 0,
    status: row.status,
  };
}
