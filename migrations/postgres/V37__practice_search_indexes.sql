-- Problem search (server practice module): full-text words of title + slug, and trigram similarity for typos.
-- pg_trgm ships with PostgreSQL and PGlite; the extension is created here in case the baseline did not.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX idx_problems_search_fts ON problems
    USING GIN (to_tsvector('simple', title || ' ' || replace(slug, '-', ' ')));
CREATE INDEX idx_problems_title_trgm ON problems USING GIN (title gin_trgm_ops);
CREATE INDEX idx_problems_slug_trgm ON problems USING GIN (slug gin_trgm_ops);

-- "My submissions, newest first" pages by (submitted_at, id) per user.
CREATE INDEX idx_code_submissions_user_time ON code_submissions(user_id, submitted_at DESC, id DESC);
