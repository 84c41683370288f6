import { z } from 'zod';

/** What a search hit is: a coding problem, an MCQ set (its questions are searched too) or a learning path. */
export const searchKindSchema = z.enum(['problem', 'mcq_set', 'path']);

/** Small values returned with each hit so a client can show it and open it without another request. */
export const searchHitFieldsSchema = z.object({
  /** The slug to open it with (`problems show`, `quiz`, `path show`). */
  slug: z.string(),
  /** Premium content is found and listed like in the problem list, marked here. */
  premium: z.boolean(),
  /** Problems and paths that have one. */
  difficulty: z.string().optional(),
  /** A problem's display number. */
  number: z.number().int().optional(),
  /** An MCQ set's published questions. */
  questions: z.number().int().optional(),
  /** A path's modules. */
  modules: z.number().int().optional(),
});

/** One search result, best first. */
export const searchHitSchema = z
  .object({
    kind: searchKindSchema,
    id: z.uuid(),
    title: z.string(),
    /** Relevance; only comparable within one answer (the PostgreSQL and Elasticsearch scales differ). */
    score: z.number(),
    fields: searchHitFieldsSchema,
  })
  .meta({ id: 'SearchHit' });

/**
 * `GET /v1/search`: words as a user types them (websearch syntax: "quoted phrase", -exclude, or), optionally one kind.
 * Pages by the opaque `cursor` of the previous answer or by `offset`, not both.
 */
export const searchQuerySchema = z
  .object({
    q: z.string().trim().min(1).max(200),
    kind: searchKindSchema.optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    cursor: z.string().max(512).optional(),
    offset: z.coerce.number().int().min(0).max(10_000).optional(),
  })
  .refine((q) => q.cursor === undefined || q.offset === undefined, {
    message: 'send cursor or offset, not both',
    path: ['offset'],
  });

/** A page of hits with the total number of matches. */
export const searchPageSchema = z
  .object({
    data: z.array(searchHitSchema),
    nextCursor: z.string().nullable(),
    /** Every match of the query (and kind), across pages. */
    total: z.number().int(),
  })
  .meta({ id: 'SearchPage' });

export type SearchKind = z.infer<typeof searchKindSchema>;
export type SearchHitFields = z.infer<typeof searchHitFieldsSchema>;
export type SearchHit = z.infer<typeof searchHitSchema>;
export type SearchQueryParams = z.infer<typeof searchQuerySchema>;
export type SearchPage = z.infer<typeof searchPageSchema>;
