-- The server's verdict hooks (problem stats, onAccepted awards) run exactly once per judged submission, whichever
-- worker judged it: the transaction that runs them first claims the row by setting hooks_done_at.
ALTER TABLE code_submissions ADD COLUMN hooks_done_at TIMESTAMPTZ;

-- Judged submissions whose hooks have not run yet (judged by a worker on another machine): the server sweeps these.
CREATE INDEX idx_code_submissions_hooks_pending ON code_submissions(judged_at)
    WHERE hooks_done_at IS NULL AND status NOT IN ('pending', 'running');
