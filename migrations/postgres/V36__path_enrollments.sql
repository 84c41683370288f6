-- Learning-path enrolments (server practice module); enrolling twice keeps the first row.
CREATE TABLE path_enrollments (
    user_id         UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    path_id         UUID NOT NULL REFERENCES learning_paths(id) ON DELETE CASCADE,
    enrolled_at     TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    PRIMARY KEY (user_id, path_id)
);

CREATE INDEX idx_path_enrollments_path ON path_enrollments(path_id);

-- Article items have no submission or quiz to derive progress from: the reader marks them done.
CREATE TABLE path_item_completions (
    user_id         UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    item_id         UUID NOT NULL REFERENCES path_module_items(id) ON DELETE CASCADE,
    completed_at    TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    PRIMARY KEY (user_id, item_id)
);
