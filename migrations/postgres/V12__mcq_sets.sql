-- MCQ sets: each question is a `problems` row (problem_type 'mcq') with its document in the `problems` collection;
-- a set groups them in order. problems.content_hash/content_version detect an edited question.
CREATE TABLE mcq_sets (
    id              UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    slug            VARCHAR(100) UNIQUE NOT NULL,
    title           VARCHAR(255) NOT NULL,
    description     TEXT,
    domain          VARCHAR(50) NOT NULL,
    topic_id        UUID REFERENCES topics(id),
    is_premium      BOOLEAN DEFAULT false,
    content_hash    TEXT NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1,
    created_at      TIMESTAMPTZ DEFAULT NOW(),
    updated_at      TIMESTAMPTZ DEFAULT NOW()
);

CREATE TABLE mcq_set_questions (
    set_id          UUID NOT NULL REFERENCES mcq_sets(id) ON DELETE CASCADE,
    problem_id      UUID NOT NULL REFERENCES problems(id) ON DELETE CASCADE,
    question_key    VARCHAR(100) NOT NULL,
    order_index     INTEGER NOT NULL,
    PRIMARY KEY (set_id, problem_id),
    UNIQUE (set_id, question_key)
);

CREATE INDEX idx_mcq_set_questions_order ON mcq_set_questions(set_id, order_index);
CREATE INDEX idx_mcq_set_questions_problem ON mcq_set_questions(problem_id);
