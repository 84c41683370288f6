-- Seed schema (database-schema.md, "Interviews" and "Certifications"), exactly as written.

-- Mock interview sessions
CREATE TABLE interview_sessions (
    id              UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id         UUID NOT NULL REFERENCES users(id),
    session_type    VARCHAR(50) NOT NULL,  -- 'ai', 'peer', 'expert'
    domain          VARCHAR(100) NOT NULL, -- 'dsa', 'system_design', 'behavioral', 'full_stack'
    status          VARCHAR(50) DEFAULT 'scheduled',
                    -- 'scheduled', 'in_progress', 'completed', 'cancelled'
    scheduled_at    TIMESTAMPTZ,
    started_at      TIMESTAMPTZ,
    ended_at        TIMESTAMPTZ,
    duration_minutes INTEGER,
    overall_score   DECIMAL(5,2),          -- 0.00 to 10.00
    scores          JSONB,                  -- {communication: 8, technical: 7, problem_solving: 9}
    feedback_report JSONB,                  -- Detailed AI-generated feedback
    recording_url   TEXT,
    transcript_ref  TEXT,                   -- MongoDB document ID
    interviewer_id  UUID REFERENCES users(id),  -- For peer/expert sessions
    created_at      TIMESTAMPTZ DEFAULT NOW()
);

CREATE INDEX idx_interview_sessions_user_id ON interview_sessions(user_id);
CREATE INDEX idx_interview_sessions_status ON interview_sessions(status);

-- Seed schema (database-schema.md, "Certifications"), exactly as written.

CREATE TABLE certifications (
    id              UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id         UUID NOT NULL REFERENCES users(id),
    cert_type       VARCHAR(100) NOT NULL,  -- 'dsa_proficiency', 'system_design', 'cloud_aws'
    title           VARCHAR(255) NOT NULL,
    score           DECIMAL(5,2) NOT NULL,
    grade           VARCHAR(10),            -- 'A+', 'A', 'B+', etc.
    issued_at       TIMESTAMPTZ DEFAULT NOW(),
    expires_at      TIMESTAMPTZ,
    certificate_url TEXT NOT NULL,
    verification_code VARCHAR(20) UNIQUE NOT NULL,
    blockchain_tx   TEXT,                   -- Blockchain transaction hash
    linkedin_synced BOOLEAN DEFAULT false,
    is_valid        BOOLEAN DEFAULT true
);

CREATE INDEX idx_certifications_user_id ON certifications(user_id);
CREATE INDEX idx_certifications_verification ON certifications(verification_code);
