-- Learning paths from content files: a module has a stable key within its path (so re-imports keep its id and the
-- user_progress rows pointing at it), and an ordered list of items (a problem, an MCQ set or an article).
ALTER TABLE learning_paths ADD COLUMN content_hash TEXT;
ALTER TABLE path_modules ADD COLUMN module_key VARCHAR(100);
CREATE UNIQUE INDEX idx_path_modules_key ON path_modules(path_id, module_key);

CREATE TABLE path_module_items (
    id              UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    module_id       UUID NOT NULL REFERENCES path_modules(id) ON DELETE CASCADE,
    order_index     INTEGER NOT NULL,
    kind            VARCHAR(20) NOT NULL CHECK (kind IN ('problem', 'mcq_set', 'article')),
    ref             TEXT NOT NULL,           -- problem slug, MCQ set slug or article URL
    title           VARCHAR(255),            -- article title
    problem_id      UUID REFERENCES problems(id) ON DELETE CASCADE,
    mcq_set_id      UUID REFERENCES mcq_sets(id) ON DELETE CASCADE,
    UNIQUE (module_id, order_index),
    CHECK ((kind = 'problem') = (problem_id IS NOT NULL)),
    CHECK ((kind = 'mcq_set') = (mcq_set_id IS NOT NULL))
);

CREATE INDEX idx_path_module_items_problem ON path_module_items(problem_id);
