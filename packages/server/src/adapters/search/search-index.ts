/** A searchable record: a problem, a forum post or a profile, flattened to text. */
export interface SearchDocument {
  /** What it is (`problem`, `forum_post`, `profile`); ids are unique per kind. */
  readonly kind: string;
  readonly id: string;
  readonly title: string;
  readonly body?: string;
  readonly tags?: readonly string[];
  /** Small extra values returned with each hit (slug, difficulty …). */
  readonly fields?: Readonly<Record<string, string | number | boolean>>;
}

/** A search request: words as a user types them, optionally narrowed to one kind (or some kinds) and to all of some tags. */
export interface SearchQuery {
  readonly text: string;
  readonly kind?: string;
  /** Only these kinds (with `kind`, both apply). */
  readonly kinds?: readonly string[];
  readonly tags?: readonly string[];
  readonly limit?: number;
  readonly offset?: number;
}

/** One result, best first. */
export interface SearchHit {
  readonly kind: string;
  readonly id: string;
  readonly title: string;
  readonly score: number;
  readonly fields: Record<string, string | number | boolean>;
}

/** A page of results with the total number of matches. */
export interface SearchResult {
  readonly total: number;
  readonly hits: SearchHit[];
}

/**
 * The search port: PostgreSQL full-text search with trigram typo tolerance (the embedded default, same database) or
 * Elasticsearch 8. Both rank title matches above body matches and tolerate small typos.
 */
export interface SearchIndex {
  readonly kind: 'postgres' | 'elasticsearch';
  /** Creates the index and its mappings when missing (the PostgreSQL table comes from migration V9.1). */
  ensure(): Promise<void>;
  upsert(docs: readonly SearchDocument[]): Promise<void>;
  delete(kind: string, id: string): Promise<boolean>;
  /** Deletes every document of `kind` whose id is not in `keep` (a rebuild's last step); returns how many went. */
  prune(kind: string, keep: readonly string[]): Promise<number>;
  search(query: SearchQuery): Promise<SearchResult>;
  close(): Promise<void>;
}
