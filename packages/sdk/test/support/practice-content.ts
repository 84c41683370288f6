import type { ProblemDocument, ProblemDocuments, Sql } from '@avantika/server';
import {
  findContentPackDir,
  importTestContent,
  learningPathYaml,
  mcqSetYaml,
  PRACTICE_PROBLEMS,
  packContentFiles,
} from '@avantika/server/testing';

// The SDK suites' content fixture, built from the shared helpers of @avantika/server/testing.

/** The repository's content pack, with a trailing slash. */
export const CONTENT_DIR = `${findContentPackDir()}/`;

/** The problems the SDK suites import: small ones with reference solutions in every language. */
export const FLOW_PROBLEMS: string[] = [...PRACTICE_PROBLEMS];

/**
 * An in-memory document port.
 * @deprecated The importer now writes documents inside its own transaction (createProblemDocuments with the Sql),
 * so imports need no in-memory detour; kept only so older suites that import it still compile.
 */
export function memoryDocuments(): ProblemDocuments & { all(): ProblemDocument[] } {
  const docs = new Map<string, ProblemDocument>();
  const get = async (ids: readonly string[]) =>
    new Map(ids.flatMap((id) => (docs.has(id) ? [[id, docs.get(id) as ProblemDocument] as const] : [])));
  return {
    get,
    all: () => [...docs.values()],
    count: async () => docs.size,
    async contentHashes(ids) {
      return new Map([...(await get(ids))].map(([id, doc]) => [id, doc.contentHash]));
    },
    async put(list) {
      for (const doc of list) docs.set(doc.postgresId, doc);
    },
  };
}

/** Imports in-memory content files; throws with the issues when anything is rejected. */
export const importFiles: (sql: Sql, files: Record<string, string>) => Promise<void> = importTestContent;

/** A multiple-choice set on `topic` whose right answer is always the option starting with "right" (option 2). */
export function mcqSet(slug: string, topic: string, count: number): string {
  return mcqSetYaml(slug, topic, count, { rightFirst: false });
}

/** Imports topics, the flow problems, an MCQ set `sdk-sorting` on `sorting` and the path `sdk-path`; throws on any issue. */
export async function importFlowContent(sql: Sql): Promise<void> {
  await importTestContent(sql, packContentFiles({ problems: FLOW_PROBLEMS }));
  await importTestContent(sql, {
    'mcq/sdk-sorting.yaml': mcqSet('sdk-sorting', 'sorting', 6),
    'paths/sdk-path.yaml': learningPathYaml('sdk-path', 'SDK path', 'sdk-sorting'),
  });
}
