import { readdirSync, readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { flywayChecksum } from '../../migrations/flyway-checksum.js';
import { MigrationError } from '../../migrations/migration-error.js';
import type { DocumentStore, IndexSpec, StoredDocument } from './document-store.js';

/** One declarative change: an index on a collection. */
export interface DocumentChange {
  readonly collection: string;
  readonly createIndex: IndexSpec;
}

/** A change set file in migrations/documents/ (`NNN-name.json`). */
export interface DocumentChangeSet {
  readonly id: string;
  readonly author: string;
  readonly changes: readonly DocumentChange[];
}

/** A row of the `changelog` collection, shaped like Mongock's entries. */
export interface ChangelogEntry extends StoredDocument {
  readonly changeId: string;
  readonly author: string;
  readonly state: 'EXECUTED';
  readonly type: 'EXECUTION';
  readonly checksum: number;
  readonly timestamp: string;
  readonly executionMillis: number;
  readonly executionHostname: string;
}

/** The collection that records applied change sets, on both document-store implementations. */
export const CHANGELOG_COLLECTION = 'changelog';

function readChangeSets(dir: string): { set: DocumentChangeSet; checksum: number; file: string }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      let set: DocumentChangeSet;
      try {
        set = JSON.parse(text) as DocumentChangeSet;
      } catch (error) {
        throw new MigrationError('MIGRATION_FILE_INVALID', `${file}: not JSON`, { file }, { cause: error });
      }
      if (typeof set.id !== 'string' || !Array.isArray(set.changes)) {
        throw new MigrationError('MIGRATION_FILE_INVALID', `${file}: needs "id" and "changes"`, { file });
      }
      return { set, checksum: flywayChecksum(text), file };
    });
}

/**
 * Applies the change sets in `dir` (Mongock-style): each set not yet in the `changelog` collection has its indexes
 * created and is then recorded there; a recorded set whose file changed fails with MIGRATION_CHECKSUM_MISMATCH.
 * Index creation is idempotent, so a run interrupted between the two steps is safely repeated.
 */
export async function applyDocumentChangelog(store: DocumentStore, dir: string): Promise<{ applied: string[] }> {
  const changelog = store.collection<ChangelogEntry>(CHANGELOG_COLLECTION);
  const applied: string[] = [];
  for (const { set, checksum, file } of readChangeSets(dir)) {
    const recorded = await changelog.get(set.id);
    if (recorded) {
      if (recorded.checksum !== checksum) {
        throw new MigrationError('MIGRATION_CHECKSUM_MISMATCH', `${file}: changed after it was applied`, {
          file,
          expectedChecksum: recorded.checksum,
          actualChecksum: checksum,
        });
      }
      continue;
    }
    const started = performance.now();
    for (const change of set.changes) await store.collection(change.collection).ensureIndex(change.createIndex);
    await changelog.upsert({
      _id: set.id,
      changeId: set.id,
      author: set.author,
      state: 'EXECUTED',
      type: 'EXECUTION',
      checksum,
      timestamp: new Date().toISOString(),
      executionMillis: Math.round(performance.now() - started),
      executionHostname: hostname(),
    });
    applied.push(set.id);
  }
  return { applied };
}
