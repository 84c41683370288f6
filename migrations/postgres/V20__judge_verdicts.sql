-- Judge: verdict columns on the seed's code_submissions, per-case results and the progress-event log.
-- Needs V4 (code_submissions) and V10 (problem_versions); V11 already adds problem_version_id, hence IF NOT EXISTS.
-- status keeps the seed's lifecycle ('pending', 'running') and then holds the verdict name from the contract
-- ('accepted', 'wrong_answer', 'time_limit_exceeded', ...); verdict repeats it once judged.

ALTER TABLE code_submissions
    ADD COLUMN IF NOT EXISTS problem_version_id UUID REFERENCES problem_versions(id),
    ADD COLUMN mode VARCHAR(10) NOT NULL DEFAULT 'submit' CHECK (mode IN ('run', 'submit')),
    ADD COLUMN verdict VARCHAR(40),
    ADD COLUMN memory_kb INTEGER,
    ADD COLUMN compile_ms INTEGER,
    ADD COLUMN judge_attempts INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN judged_at TIMESTAMPTZ,
    ADD COLUMN detail JSONB;

CREATE INDEX idx_submissions_unjudged ON code_submissions(submitted_at) WHERE status IN ('pending', 'running');

CREATE TABLE submission_case_results (
    submission_id UUID NOT NULL REFERENCES code_submissions(id) ON DELETE CASCADE,
    case_index    INTEGER NOT NULL,
    hidden        BOOLEAN NOT NULL,
    verdict       VARCHAR(40) NOT NULL,
    runtime_ms    NUMERIC(10, 2) NOT NULL DEFAULT 0,
    PRIMARY KEY (submission_id, case_index)
);

CREATE TABLE submission_events (
    id            BIGSERIAL PRIMARY KEY,
    submission_id UUID NOT NULL REFERENCES code_submissions(id) ON DELETE CASCADE,
    type          VARCHAR(20) NOT NULL CHECK (type IN ('queued', 'compiling', 'running', 'verdict')),
    payload       JSONB NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT NOW()
);

CREATE INDEX idx_submission_events_submission ON submission_events(submission_id, id);
