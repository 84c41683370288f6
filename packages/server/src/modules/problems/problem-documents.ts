import type { DocumentStore } from '../../adapters/documents/document-store.js';

/** A problem's document from the `problems` collection (seed shape), read field by field. */
export type ProblemDocument = Readonly<Record<string, unknown>>;

/**
 * Reads problem documents (statements, MCQ questions) by their relational ids; content's `ProblemDocuments`
 * satisfies it, and {@link createProblemDocumentReader} adapts a DocumentStore.
 */
export interface ProblemDocumentReader {
  /** The documents whose `postgresId` is one of `ids`, keyed by that id; missing ones are absent. */
  get(postgresIds: readonly string[]): Promise<ReadonlyMap<string, object>>;
}

/** Reads the `problems` collection of a DocumentStore by `postgresId` (an equality lookup per id, in parallel). */
export function createProblemDocumentReader(store: DocumentStore): ProblemDocumentReader {
  const problems = store.collection('problems');
  return {
    async get(postgresIds) {
      const unique = [...new Set(postgresIds)];
      const found = await Promise.all(unique.map((id) => problems.findOne({ postgresId: id })));
      return new Map(unique.flatMap((id, i) => (found[i] ? [[id, found[i] as object] as const] : [])));
    },
  };
}

/** The document of `id` from a reader's answer as a plain record (empty when missing). */
export function documentOf(docs: ReadonlyMap<string, object>, id: string): ProblemDocument | undefined {
  return docs.get(id) as ProblemDocument | undefined;
}
