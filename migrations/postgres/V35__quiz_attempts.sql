-- Quiz attempts (server practice module). An attempt stores the seed it was drawn with and a snapshot of its
-- questions (prompt, options, correct option ids, explanation), so it replays identically even after content changes.
-- Answers are rows of the seed's mcq_attempts, linked to the attempt; the unique (attempt, index) locks a question.
CREATE TABLE quiz_attempts (
    id              UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id         UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    source_kind     VARCHAR(10) NOT NULL CHECK (source_kind IN ('set', 'topic')),
    source_ref      VARCHAR(200) NOT NULL,
    seed            INTEGER NOT NULL,
    questions       JSONB NOT NULL,
    question_count  INTEGER NOT NULL CHECK (question_count > 0),
    status          VARCHAR(20) NOT NULL DEFAULT 'in_progress' CHECK (status IN ('in_progress', 'finished')),
    score_correct   INTEGER,
    started_at      TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    finished_at     TIMESTAMPTZ
);

CREATE INDEX idx_quiz_attempts_user_started ON quiz_attempts(user_id, started_at DESC, id DESC);
CREATE INDEX idx_quiz_attempts_user_source ON quiz_attempts(user_id, source_kind, source_ref);

ALTER TABLE mcq_attempts ADD COLUMN quiz_attempt_id UUID REFERENCES quiz_attempts(id) ON DELETE CASCADE;
ALTER TABLE mcq_attempts ADD COLUMN question_index INTEGER;
ALTER TABLE mcq_attempts ADD COLUMN selected_options INTEGER[];

-- NULLs are distinct, so answers outside a quiz attempt are unaffected.
CREATE UNIQUE INDEX ux_mcq_attempts_quiz_question ON mcq_attempts(quiz_attempt_id, question_index);
