-- Seed schema (database-schema.md, "Learning & Progress"), exactly as written.

-- Learning paths
CREATE TABLE learning_paths (
    id              UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    slug            VARCHAR(100) UNIQUE NOT NULL,
    title           VARCHAR(255) NOT NULL,
    description     TEXT,
    path_type       VARCHAR(50),  -- 'role', 'level', 'company', 'topic'
    target_roles    TEXT[],
    experience_level VARCHAR(50), -- 'fresher', 'mid', 'senior', 'staff'
    estimated_hours INTEGER,
    difficulty      VARCHAR(20),
    cover_image_url TEXT,
    is_premium      BOOLEAN DEFAULT false,
    is_published    BOOLEAN DEFAULT true,
    order_index     INTEGER DEFAULT 0,
    created_by      UUID REFERENCES users(id),
    created_at      TIMESTAMPTZ DEFAULT NOW()
);

-- Modules within a learning path
CREATE TABLE path_modules (
    id              UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    path_id         UUID NOT NULL REFERENCES learning_paths(id) ON DELETE CASCADE,
    title           VARCHAR(255) NOT NULL,
    description     TEXT,
    module_type     VARCHAR(50),  -- 'video', 'article', 'quiz', 'coding', 'design'
    content_ref     TEXT,         -- Reference to MongoDB content
    duration_minutes INTEGER,
    is_premium      BOOLEAN DEFAULT false,
    order_index     INTEGER NOT NULL,
    created_at      TIMESTAMPTZ DEFAULT NOW()
);

CREATE INDEX idx_path_modules_path_id ON path_modules(path_id);
CREATE INDEX idx_path_modules_order ON path_modules(path_id, order_index);

-- User progress tracking
CREATE TABLE user_progress (
    id              UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id         UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    path_id         UUID REFERENCES learning_paths(id),
    module_id       UUID REFERENCES path_modules(id),
    status          VARCHAR(50) DEFAULT 'not_started',
                    -- 'not_started', 'in_progress', 'completed', 'skipped'
    completion_percentage INTEGER DEFAULT 0,
    time_spent_seconds    INTEGER DEFAULT 0,
    completed_at    TIMESTAMPTZ,
    last_accessed_at TIMESTAMPTZ DEFAULT NOW(),
    created_at      TIMESTAMPTZ DEFAULT NOW(),
    UNIQUE(user_id, module_id)
);

CREATE INDEX idx_user_progress_user_id ON user_progress(user_id);
CREATE INDEX idx_user_progress_path_id ON user_progress(path_id);
