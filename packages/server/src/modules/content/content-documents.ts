import type { ProblemDocument } from './problem-document.js';

/**
 * What the importer and exporter need from the `problems` collection of the DocumentStore port: documents keyed by
 * `postgresId`. {@link createProblemDocuments} adapts the server's DocumentStore to it.
 */
export interface ProblemDocuments {
  /** The stored `contentHash` of each existing document, by postgresId. */
  contentHashes(postgresIds: readonly string[]): Promise<Map<string, string>>;
  /** Whole documents by postgresId (export). */
  get(postgresIds: readonly string[]): Promise<Map<string, ProblemDocument>>;
  /** Inserts or replaces documents by postgresId. */
  put(docs: readonly ProblemDocument[]): Promise<void>;
}
