/** A problem's document from the `problems` collection (seed shape), keyed by `postgresId`. */
export type ProblemDocument = Record<string, unknown> & { postgresId?: string; type?: string };

/** Reads problem documents (statements, MCQ questions) by their relational ids. */
export interface ProblemDocuments {
  /** The documents whose `postgresId` is one of `ids`, keyed by that id; missing ones are absent. */
  findByPostgresIds(ids: readonly string[]): Promise<Map<string, ProblemDocument>>;
}
