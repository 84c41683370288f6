-- A counter every content import bumps in its own transaction when it changes anything, so caches of the catalog
-- (the problems list, in this process or another) can key on it: read it, compare, refill when it moved.
CREATE TABLE content_catalog (
    id          BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (id),
    version     BIGINT NOT NULL DEFAULT 0,
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT NOW()
);
INSERT INTO content_catalog (id, version) VALUES (TRUE, 0);
