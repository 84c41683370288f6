-- Content identity: problems keep their immutable id; the display number (#12) and the slug are separate, and the
-- hash of the imported content makes re-imports of unchanged files a no-op for every kind of content.
ALTER TABLE problems ADD COLUMN display_number INTEGER UNIQUE;
ALTER TABLE problems ADD COLUMN content_hash TEXT;
ALTER TABLE problems ADD COLUMN content_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE problems ADD COLUMN updated_at TIMESTAMPTZ DEFAULT NOW();

-- A submission records the problem version it was judged against (IF NOT EXISTS: the judge may add it too).
ALTER TABLE code_submissions ADD COLUMN IF NOT EXISTS problem_version_id UUID REFERENCES problem_versions(id);
CREATE INDEX IF NOT EXISTS idx_code_submissions_problem_version ON code_submissions(problem_version_id);

-- Topics are referenced by slug in content files; the seed's unique name stays.
ALTER TABLE topics ADD COLUMN slug VARCHAR(100) UNIQUE;
ALTER TABLE topics ADD COLUMN content_hash TEXT;
