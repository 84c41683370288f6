-- Content versions of a problem (docs/architecture.md pins this table): every import that changes a problem adds a
-- row with version + 1 and moves problems.current_version_id; old rows stay so old submissions keep their version.
CREATE TABLE problem_versions (
    id               UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    problem_id       UUID NOT NULL REFERENCES problems(id) ON DELETE CASCADE,
    version          INTEGER NOT NULL,
    content_hash     TEXT NOT NULL,
    signature        JSONB NOT NULL,
    comparator       JSONB NOT NULL,
    limits           JSONB NOT NULL,
    validator_source TEXT,
    visible_cases    JSONB NOT NULL,
    hidden_cases     JSONB NOT NULL,
    created_at       TIMESTAMPTZ DEFAULT NOW(),
    UNIQUE (problem_id, version)
);
ALTER TABLE problems ADD COLUMN current_version_id UUID REFERENCES problem_versions(id);
