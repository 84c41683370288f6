/** Work queued with `SqlTransaction.afterCommit`, run once the transaction has committed. */
export type AfterCommitTask = () => unknown;

/** Reports a failed after-commit task; the committed data stands, so the failure is only logged. */
export type AfterCommitErrorHandler = (error: unknown) => void;

/** The default handler: a process warning, since the port has no logger and the commit must not be undone. */
export const warnAfterCommitError: AfterCommitErrorHandler = (error) => {
  process.emitWarning(`after-commit task failed: ${error instanceof Error ? error.message : String(error)}`);
};

/**
 * Runs the tasks queued during a transaction after its COMMIT, in order. A task that throws or rejects is handed to
 * `onError` and the rest still run: caches and sorted sets fed here are rebuildable from the committed rows.
 */
export async function runAfterCommit(
  tasks: readonly AfterCommitTask[],
  onError: AfterCommitErrorHandler = warnAfterCommitError,
): Promise<void> {
  for (const task of tasks) {
    try {
      await task();
    } catch (error) {
      onError(error);
    }
  }
}
