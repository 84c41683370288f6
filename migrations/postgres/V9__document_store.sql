-- The embedded document store (DESIGN.md §3): the seed's MongoDB collections as JSONB rows in the same database.
-- One table for every collection keeps collections cheap to add; per-collection expression indexes are created
-- by the document changelog runner (migrations/documents/), partial on `collection`.
CREATE TABLE documents (
    collection      VARCHAR(120) NOT NULL,
    id              TEXT NOT NULL,
    doc             JSONB NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    PRIMARY KEY (collection, id)
);

-- Containment (doc @> '{"topics":["arrays"]}') answers equality filters on any field, arrays included.
CREATE INDEX idx_documents_doc ON documents USING GIN (doc jsonb_path_ops);
