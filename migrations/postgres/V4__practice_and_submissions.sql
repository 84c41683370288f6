-- Seed schema (database-schema.md, "Practice & Submissions"), exactly as written.

-- Problem tags (topics)
CREATE TABLE topics (
    id          UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    name        VARCHAR(100) UNIQUE NOT NULL,
    parent_id   UUID REFERENCES topics(id),
    category    VARCHAR(50),  -- 'dsa', 'system_design', 'language', 'cloud'
    icon_url    TEXT
);

-- Problem metadata (content in MongoDB)
CREATE TABLE problems (
    id              UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    slug            VARCHAR(200) UNIQUE NOT NULL,
    title           VARCHAR(500) NOT NULL,
    difficulty      VARCHAR(20) NOT NULL CHECK (difficulty IN ('easy', 'medium', 'hard', 'expert')),
    problem_type    VARCHAR(50) NOT NULL,  -- 'dsa', 'mcq', 'system_design', 'behavioral'
    content_ref     TEXT,                  -- MongoDB document ID
    acceptance_rate DECIMAL(5,2) DEFAULT 0,
    total_submissions INTEGER DEFAULT 0,
    is_premium      BOOLEAN DEFAULT false,
    is_published    BOOLEAN DEFAULT true,
    companies       TEXT[],                -- ['google', 'amazon', 'microsoft']
    topic_ids       UUID[],
    created_at      TIMESTAMPTZ DEFAULT NOW()
);

CREATE INDEX idx_problems_difficulty ON problems(difficulty);
CREATE INDEX idx_problems_type ON problems(problem_type);
CREATE INDEX idx_problems_companies ON problems USING GIN(companies);

-- Code submissions
CREATE TABLE code_submissions (
    id              UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id         UUID NOT NULL REFERENCES users(id),
    problem_id      UUID NOT NULL REFERENCES problems(id),
    language        VARCHAR(50) NOT NULL,   -- 'java', 'python', 'cpp', 'javascript'
    code            TEXT NOT NULL,
    status          VARCHAR(50) NOT NULL,
                    -- 'pending', 'running', 'accepted', 'wrong_answer', 'tle', 'mle', 'error'
    runtime_ms      INTEGER,
    memory_mb       DECIMAL(8,2),
    test_cases_passed INTEGER DEFAULT 0,
    test_cases_total  INTEGER DEFAULT 0,
    error_message   TEXT,
    ai_feedback     TEXT,                   -- AI code review (Pro feature)
    submitted_at    TIMESTAMPTZ DEFAULT NOW()
);

CREATE INDEX idx_submissions_user_problem ON code_submissions(user_id, problem_id);
CREATE INDEX idx_submissions_user_id ON code_submissions(user_id);

-- MCQ attempts
CREATE TABLE mcq_attempts (
    id              UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id         UUID NOT NULL REFERENCES users(id),
    problem_id      UUID NOT NULL REFERENCES problems(id),
    selected_option INTEGER NOT NULL,
    is_correct      BOOLEAN NOT NULL,
    time_taken_sec  INTEGER,
    attempted_at    TIMESTAMPTZ DEFAULT NOW()
);

CREATE INDEX idx_mcq_attempts_user_id ON mcq_attempts(user_id);
