import type { SearchDocument } from '../../adapters/search/search-index.js';
import type { Queryable } from '../../adapters/sql/sql.js';
import { JUDGEABLE_PROBLEM } from '../problems/repo.js';
import { markdownToText } from './markdown-to-text.js';

/** Reads problem documents (statements, MCQ questions) by relational id: the `problems` collection. */
export interface SearchDocumentSource {
  get(postgresIds: readonly string[]): Promise<ReadonlyMap<string, object>>;
}

/** The kinds of content the search API finds. */
export const SEARCH_KINDS = ['problem', 'mcq_set', 'path'] as const;

/** One of {@link SEARCH_KINDS}. */
export type SearchKindName = (typeof SEARCH_KINDS)[number];

/** What to (re)index: slugs per kind, or `all` of every kind. */
export type SearchScope = 'all' | { readonly [K in SearchKindName]?: readonly string[] };

/** The documents of one kind in a scope: those to index, and the ids of those that must not be found (unpublished). */
export interface LoadedDocuments {
  readonly visible: SearchDocument[];
  readonly hidden: string[];
}

const words = (slug: string | null | undefined) => (slug ?? '').replace(/[-_.]+/g, ' ');
const field = (doc: object | undefined, key: string) => {
  const value = (doc as Record<string, unknown> | undefined)?.[key];
  return typeof value === 'string' ? value : '';
};
const slugFilter = (scope: SearchScope, kind: SearchKindName) => (scope === 'all' ? null : [...(scope[kind] ?? [])]);

interface ProblemRow {
  id: string;
  slug: string;
  title: string;
  difficulty: string;
  display_number: number | null;
  is_premium: boolean | null;
  companies: string[] | null;
  topics: string[];
  visible: boolean;
}

/**
 * Problems as search documents: the title, the statement's words (from the `problems` collection) plus slug, topics
 * and companies; tags are topics and companies. Visible exactly when the problem list shows them.
 */
async function loadProblems(db: Queryable, source: SearchDocumentSource, slugs: string[] | null) {
  const { rows } = await db.query<ProblemRow>(
    `SELECT p.id, p.slug, p.title, p.difficulty, p.display_number, p.is_premium, p.companies,
            COALESCE((SELECT array_agg(COALESCE(t.slug, t.name)::text ORDER BY COALESCE(t.slug, t.name)) FROM topics t
                       WHERE t.id = ANY(p.topic_ids)), ARRAY[]::text[]) AS topics,
            (${JUDGEABLE_PROBLEM}) AS visible
       FROM problems p WHERE p.problem_type = 'dsa' AND ($1::text[] IS NULL OR p.slug = ANY($1::text[]))`,
    [slugs],
  );
  const shown = rows.filter((r) => r.visible);
  const docs = await source.get(shown.map((r) => r.id));
  return split(rows, (r) => ({
    kind: 'problem',
    id: r.id,
    title: r.title,
    body: [
      markdownToText(field(docs.get(r.id), 'problemStatement')),
      words(r.slug),
      ...r.topics.map(words),
      ...(r.companies ?? []),
    ].join('\n'),
    tags: [...r.topics, ...(r.companies ?? [])],
    fields: {
      slug: r.slug,
      premium: r.is_premium === true,
      difficulty: r.difficulty,
      ...(r.display_number === null ? {} : { number: r.display_number }),
    },
  }));
}

interface SetRow {
  id: string;
  slug: string;
  title: string;
  description: string | null;
  domain: string;
  is_premium: boolean | null;
  topic: string | null;
  question_ids: string[];
  question_titles: string[];
}

/** MCQ sets with their published questions' full text; a set without one cannot be taken, so is not found. */
async function loadMcqSets(db: Queryable, source: SearchDocumentSource, slugs: string[] | null) {
  const { rows } = await db.query<SetRow>(
    `SELECT s.id, s.slug, s.title, s.description, s.domain, s.is_premium, COALESCE(t.slug, t.name) AS topic,
            COALESCE(array_agg(p.id::text ORDER BY q.order_index) FILTER (WHERE p.id IS NOT NULL), '{}') AS question_ids,
            COALESCE(array_agg(p.title ORDER BY q.order_index) FILTER (WHERE p.id IS NOT NULL), '{}') AS question_titles
       FROM mcq_sets s
       LEFT JOIN topics t ON t.id = s.topic_id
       LEFT JOIN mcq_set_questions q ON q.set_id = s.id
       LEFT JOIN problems p ON p.id = q.problem_id AND p.is_published IS NOT FALSE
      WHERE ($1::text[] IS NULL OR s.slug = ANY($1::text[]))
      GROUP BY s.id, t.slug, t.name`,
    [slugs],
  );
  const docs = await source.get(rows.flatMap((r) => r.question_ids));
  return split(
    rows.map((r) => ({ ...r, visible: r.question_ids.length > 0 })),
    (r) => ({
      kind: 'mcq_set',
      id: r.id,
      title: r.title,
      body: [
        r.description ?? '',
        words(r.slug),
        words(r.topic),
        ...r.question_ids.map((id, i) =>
          markdownToText(field(docs.get(id), 'question') || (r.question_titles[i] ?? '')),
        ),
      ].join('\n'),
      tags: [r.domain, ...(r.topic ? [r.topic] : [])],
      fields: { slug: r.slug, premium: r.is_premium === true, questions: r.question_ids.length },
    }),
  );
}

interface PathRow {
  id: string;
  slug: string;
  title: string;
  description: string | null;
  difficulty: string | null;
  is_premium: boolean | null;
  path_type: string | null;
  target_roles: string[] | null;
  modules: number;
  text: string | null;
  visible: boolean;
}

/** Learning paths with their modules' and articles' titles and descriptions; visible when published. */
async function loadPaths(db: Queryable, slugs: string[] | null) {
  const { rows } = await db.query<PathRow>(
    `SELECT p.id, p.slug, p.title, p.description, p.difficulty, p.is_premium, p.path_type, p.target_roles,
            (SELECT count(*)::int FROM path_modules m WHERE m.path_id = p.id) AS modules,
            (SELECT string_agg(concat_ws(E'\\n', m.title, m.description,
                      (SELECT string_agg(i.title, E'\\n' ORDER BY i.order_index) FROM path_module_items i
                        WHERE i.module_id = m.id AND i.title IS NOT NULL)), E'\\n' ORDER BY m.order_index)
               FROM path_modules m WHERE m.path_id = p.id) AS text,
            (p.is_published IS NOT FALSE) AS visible
       FROM learning_paths p WHERE ($1::text[] IS NULL OR p.slug = ANY($1::text[]))`,
    [slugs],
  );
  return split(rows, (r) => ({
    kind: 'path',
    id: r.id,
    title: r.title,
    body: [r.description ?? '', words(r.slug), r.text ?? ''].join('\n'),
    tags: [...(r.path_type ? [r.path_type] : []), ...(r.target_roles ?? [])],
    fields: {
      slug: r.slug,
      premium: r.is_premium === true,
      modules: r.modules,
      ...(r.difficulty ? { difficulty: r.difficulty } : {}),
    },
  }));
}

function split<R extends { id: string; visible: boolean }>(rows: R[], toDoc: (r: R) => SearchDocument) {
  const out: LoadedDocuments = { visible: [], hidden: [] };
  for (const r of rows) {
    if (r.visible) out.visible.push(toDoc(r));
    else out.hidden.push(r.id);
  }
  return out;
}

/** Reads the search documents of one kind in `scope` from the database (rows) and the `problems` collection (text). */
export async function loadSearchDocuments(
  db: Queryable,
  source: SearchDocumentSource,
  kind: SearchKindName,
  scope: SearchScope,
): Promise<LoadedDocuments> {
  const slugs = slugFilter(scope, kind);
  if (slugs !== null && slugs.length === 0) return { visible: [], hidden: [] };
  if (kind === 'problem') return loadProblems(db, source, slugs);
  if (kind === 'mcq_set') return loadMcqSets(db, source, slugs);
  return loadPaths(db, slugs);
}
