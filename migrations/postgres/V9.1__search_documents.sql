-- The embedded search index (DESIGN.md §3: PostgreSQL full-text + pg_trgm; Elasticsearch 8 is the scale-out).
-- Problems, forum posts and profiles are indexed as rows; the weighted tsvector is generated so writers only
-- supply text, and the trigram index on title answers typo-tolerant matches ("two sume").
CREATE TABLE search_documents (
    kind            VARCHAR(40) NOT NULL,
    id              TEXT NOT NULL,
    title           TEXT NOT NULL,
    body            TEXT NOT NULL DEFAULT '',
    tags            TEXT[] NOT NULL DEFAULT '{}',
    fields          JSONB NOT NULL DEFAULT '{}',
    tsv             TSVECTOR GENERATED ALWAYS AS (
                        setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', body), 'B')
                    ) STORED,
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    PRIMARY KEY (kind, id)
);

CREATE INDEX idx_search_documents_tsv ON search_documents USING GIN (tsv);
CREATE INDEX idx_search_documents_title_trgm ON search_documents USING GIN (title gin_trgm_ops);
CREATE INDEX idx_search_documents_tags ON search_documents USING GIN (tags);
