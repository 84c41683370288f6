import type { ContentIssue, ContentVerifyRetry, TestCase } from '@avantika/contract';
import type { SearchIndex } from '../../adapters/search/search-index.js';
import { createSqlSearchIndex } from '../../adapters/search/sql-search-index.js';
import type { Sql } from '../../adapters/sql/sql.js';
import { invalidateProblemCatalogs } from '../problems/problem-catalog.js';
import { importScope, type SearchSyncReport, syncSearchIndex } from '../search/sync-search-index.js';
import { checkRemoteCode, remoteCases } from './check-remote-code.js';
import type { ProblemDocuments } from './content-documents.js';
import { type ContentFile, contentFilesFromMap, readContentFiles } from './content-files.js';
import { bumpContentVersion, readContentVersion } from './content-version.js';
import { emptyCounts, type ImportCounts, type ImportKind } from './import-counts.js';
import { generateProblemCases, verifyProblems } from './judge-bridge.js';
import { loadKnownContent } from './load-known-content.js';
import { parsePack } from './parse-pack.js';
import type { ParsedProblem } from './parse-problem.js';
import type { ProblemDocument } from './problem-document.js';
import { checkProblemCases, collectReferences, validatePack } from './validate-pack.js';
import { writeMcqSets } from './write-mcq-sets.js';
import { writePaths } from './write-paths.js';
import { type CreatedVersion, type ProblemToWrite, writeProblems } from './write-problems.js';
import { loadTopicIds, writeBadges, writePlans, writeTopics } from './write-taxonomy.js';

/** What to import: paths on disk (pack roots, folders or files) or an in-memory map of logical keys to text. */
export type ContentInput =
  | { readonly paths: readonly string[]; readonly cwd?: string }
  | { readonly files: Readonly<Record<string, string>> };

/** Options of {@link importContent}. */
export interface ImportOptions {
  /** Validate and compute what would change, then roll back. */
  readonly dryRun?: boolean;
  /** Parse and validate only (no database writes, no rollback): what CI and the benchmark's baseline use. */
  readonly validateOnly?: boolean;
  /** Called as slow steps advance (generators, verification), e.g. to print progress. */
  readonly onProgress?: (event: ImportProgress) => void;
  /** Run every reference solution (and starter) through the judge first; any failure fails the import. */
  readonly verify?: boolean;
  /**
   * Content uploaded over the API: generators and validators never run here. Each problem's generate.mjs output comes
   * from `generated` (expanded on the operator's machine); a missing one, or any validator.ts, is a
   * CONTENT_REMOTE_CODE issue.
   */
  readonly remote?: { readonly generated: Readonly<Record<string, readonly TestCase[]>> };
  /**
   * The search index the imported problems, MCQ sets and paths are written to once the import commits (unpublished
   * ones removed); default: the PostgreSQL one in the same database; `null` skips it (avantika-admin reindex catches up).
   */
  readonly search?: SearchIndex | null;
}

/** A progress event of a slow import step. */
export interface ImportProgress {
  readonly step: 'generate' | 'verify';
  readonly slug: string;
  readonly done: number;
  readonly total: number;
}

/** The outcome of an import: `ok` with counts per kind, or every issue found (and nothing written). */
export interface ImportReport {
  readonly ok: boolean;
  readonly dryRun: boolean;
  readonly issues: ContentIssue[];
  readonly counts: Record<ImportKind, ImportCounts>;
  /** Items created or updated across all kinds; 0 when re-importing unchanged files. */
  readonly changed: number;
  readonly versions: CreatedVersion[];
  readonly documentsWritten: number;
  readonly verified: number;
  /** Verify entries that ran out of time (or whose compiler stalled) and were judged again alone. */
  readonly verifyRetries: ContentVerifyRetry[];
  readonly ignored: string[];
  readonly durationMs: number;
  /** The catalog's content version after the import (bumped when it changed anything; see content-version.ts). */
  readonly contentVersion?: number;
  /** What the search index received after the commit; absent on a dry run, without an index, or when that failed. */
  readonly search?: SearchSyncReport;
}

class DryRunRollback extends Error {}

async function readInput(input: ContentInput, issues: ContentIssue[]): Promise<ContentFile[]> {
  const files =
    'files' in input ? contentFilesFromMap(input.files) : await readContentFiles(input.paths, input.cwd, issues);
  // A stable order makes automatic display numbers and error lists the same on every run.
  return files.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * Imports a content pack: parses and validates every file first and reports every issue; writes nothing if there is
 * one; otherwise writes everything in one transaction (documents through the DocumentStore inside it, so a failed
 * document write rolls the rows back). Unchanged content is skipped by content hash.
 */
export async function importContent(
  sql: Sql,
  docs: ProblemDocuments,
  input: ContentInput,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const started = performance.now();
  const unreadable: ContentIssue[] = [];
  const files = await readInput(input, unreadable);
  const pack = parsePack(files);
  const issues = [...unreadable, ...pack.issues];

  const generated = new Map<string, TestCase[]>();
  if (options.remote) checkRemoteCode(pack.problems, options.remote.generated, issues);
  for (const [i, problem] of pack.problems.entries()) {
    options.onProgress?.({ step: 'generate', slug: problem.slug, done: i, total: pack.problems.length });
    const cases = options.remote
      ? remoteCases(problem, options.remote.generated)
      : await generateProblemCases(problem, files, issues);
    if (cases) {
      generated.set(problem.slug, cases);
      checkProblemCases(problem, cases, issues);
    }
  }
  validatePack(pack, await loadKnownContent(sql, collectReferences(pack)), issues);

  let verified = 0;
  const verifyRetries: ContentVerifyRetry[] = [];
  if (options.verify && issues.length === 0)
    verified = await verifyProblems(pack.problems, files, issues, verifyRetries, options.onProgress);

  const counts = emptyCounts();
  const versions: CreatedVersion[] = [];
  const documents: ProblemDocument[] = [];
  let contentVersion: number | undefined;
  let search: SearchSyncReport | undefined;
  const report = (ok: boolean): ImportReport => ({
    ok,
    dryRun: (options.dryRun ?? false) || (options.validateOnly ?? false),
    issues,
    counts,
    changed: Object.values(counts).reduce((n, c) => n + c.created + c.updated, 0),
    versions,
    documentsWritten: ok && !options.dryRun ? documents.length : 0,
    verified,
    verifyRetries,
    ignored: pack.ignored,
    durationMs: Math.round(performance.now() - started),
    ...(contentVersion === undefined ? {} : { contentVersion }),
    ...(search === undefined ? {} : { search }),
  });
  if (issues.length > 0) return report(false);
  if (options.validateOnly) return report(true);

  const items: ProblemToWrite[] = pack.problems.map((problem: ParsedProblem) => ({
    problem,
    generated: generated.get(problem.slug) ?? [],
  }));
  try {
    await sql.transaction(async (tx) => {
      // One import at a time: two concurrent imports would both see "new" and race on display numbers.
      await tx.query("SELECT pg_advisory_xact_lock(hashtext('avantika.content-import'))");
      // Cached problem lists of this process are re-read once the import commits (others within their TTL).
      // The index is a derived copy: it is fed only what committed, and a failure here (the port warns) leaves the
      // import standing for `avantika-admin reindex` to catch up. It runs before the catalogs are dropped because the
      // problem list's search reads the PostgreSQL index too.
      const index = options.search === undefined ? createSqlSearchIndex(sql) : options.search;
      if (index) {
        tx.afterCommit(async () => {
          search = await syncSearchIndex(index, sql, docs, importScope(pack));
        });
      }
      tx.afterCommit(invalidateProblemCatalogs);
      await writeTopics(tx, pack.topics?.value ?? [], counts.topics);
      await writePlans(tx, pack.plans?.value ?? [], counts.plans);
      const topicIds = await loadTopicIds(tx, [
        ...pack.problems.flatMap((p) => p.meta.topics),
        ...pack.mcqSets.map((s) => s.value.topic),
      ]);
      await writeProblems(tx, docs, items, topicIds, counts.problems, { documents, versions });
      await writeMcqSets(
        tx,
        docs,
        pack.mcqSets.map((s) => s.value),
        topicIds,
        { sets: counts.mcqSets, questions: counts.mcqQuestions },
        documents,
      );
      await writePaths(
        tx,
        pack.paths.map((p) => p.value),
        counts.paths,
      );
      await writeBadges(tx, pack.badges?.value ?? [], counts.badges);
      if (options.dryRun) throw new DryRunRollback();
      if (documents.length > 0) await docs.put(documents, tx);
      const changed = Object.values(counts).some((c) => c.created + c.updated > 0);
      contentVersion = changed || documents.length > 0 ? await bumpContentVersion(tx) : await readContentVersion(tx);
    });
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error;
  }
  return report(true);
}
