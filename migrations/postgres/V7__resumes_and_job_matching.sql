-- Seed schema (database-schema.md, "Resume & Job Matching"), exactly as written.

CREATE TABLE resumes (
    id              UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id         UUID NOT NULL REFERENCES users(id),
    title           VARCHAR(255),
    file_url        TEXT NOT NULL,
    parsed_data     JSONB,              -- Structured resume content
    ats_score       INTEGER,            -- 0-100
    keyword_score   INTEGER,
    impact_score    INTEGER,
    suggestions     JSONB DEFAULT '[]',
    target_role     VARCHAR(100),
    is_active       BOOLEAN DEFAULT true,
    version         INTEGER DEFAULT 1,
    analyzed_at     TIMESTAMPTZ,
    created_at      TIMESTAMPTZ DEFAULT NOW()
);

CREATE TABLE job_recommendations (
    id              UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id         UUID NOT NULL REFERENCES users(id),
    job_title       VARCHAR(255),
    company         VARCHAR(255),
    location        VARCHAR(255),
    remote_option   VARCHAR(50),
    salary_min      INTEGER,
    salary_max      INTEGER,
    salary_currency VARCHAR(10),
    match_score     DECIMAL(5,2),
    job_url         TEXT,
    skills_matched  TEXT[],
    skills_missing  TEXT[],
    source          VARCHAR(50),        -- 'linkedin', 'naukri', 'indeed', 'greenhouse'
    expires_at      TIMESTAMPTZ,
    created_at      TIMESTAMPTZ DEFAULT NOW()
);
