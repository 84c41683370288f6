import { adminContentExport, adminContentImport, adminContentSeed, type ContentIssue } from '@avantika/contract';
import type { FastifyInstance } from 'fastify';
import { createSqlDocumentStore } from '../../adapters/documents/sql-document-store.js';
import type { SearchIndex } from '../../adapters/search/search-index.js';
import { DomainError } from '../../http/domain-error.js';
import { registerRoute } from '../../http/register-route.js';
import { createProblemDocuments, type ProblemDocuments } from '../content/content-documents.js';
import { exportContentFiles } from '../content/export-service.js';
import { type ImportReport, importContent } from '../content/import-service.js';

/** Where the admin content routes read and write, and the pack `POST /v1/admin/content/seed` imports. */
export interface AdminContentConfig {
  /** The `problems` collection; default: the JSONB document store in the same database. */
  readonly documents?: ProblemDocuments;
  /** A content pack folder on the server (`avantika-server --seed`, AVANTIKA_SEED); seeding is refused without one. */
  readonly seedDir?: string | null;
  /** Where imports index problems, MCQ sets and paths; default: PostgreSQL full-text in the same database. */
  readonly search?: SearchIndex;
}

/** A rejected import answers 422 with the whole report (every issue, nothing written) in `details`. */
function settle(report: ImportReport): ImportReport {
  if (report.ok) return report;
  throw new DomainError('CONTENT_INVALID', report);
}

/** The same path twice in one upload is an issue, not a silent overwrite. */
function toFileMap(
  files: readonly { path: string; content: string }[],
  issues: ContentIssue[],
): Record<string, string> {
  const map: Record<string, string> = {};
  for (const file of files) {
    if (Object.hasOwn(map, file.path)) {
      issues.push({ code: 'CONTENT_DUPLICATE', file: file.path, message: 'this path is sent twice in the upload' });
    }
    map[file.path] = file.content;
  }
  return map;
}

/**
 * Registers /v1/admin/content/{import,export,seed} (admins only, enforced from the descriptors). Uploaded content never
 * runs on the server: generated cases come with the upload and validator.ts files are refused (see
 * check-remote-code.ts); the seed pack is the server's own folder, so it is imported like a local one.
 */
export function registerAdminContentRoutes(app: FastifyInstance, config: AdminContentConfig = {}): void {
  const sql = app.avantika.sql;
  const docs = config.documents ?? createProblemDocuments(createSqlDocumentStore(sql), sql);

  registerRoute(app, adminContentImport, async ({ body, ctx }) => {
    const issues: ContentIssue[] = [];
    const files = toFileMap(body.files, issues);
    // With a duplicate path the upload is rejected whatever else it holds: validate only, to list every issue.
    const report = await importContent(
      sql,
      docs,
      { files },
      {
        dryRun: body.dryRun ?? false,
        validateOnly: issues.length > 0,
        remote: { generated: body.generated ?? {} },
        ...(config.search ? { search: config.search } : {}),
      },
    );
    const merged = issues.length === 0 ? report : { ...report, ok: false, issues: [...issues, ...report.issues] };
    if (merged.ok) ctx.log.info({ changed: merged.changed, dryRun: merged.dryRun }, 'content imported over the API');
    return settle(merged);
  });

  registerRoute(app, adminContentExport, async () => exportContentFiles(sql, docs));

  registerRoute(app, adminContentSeed, async ({ body, ctx }) => {
    if (!config.seedDir) throw new DomainError('SEED_NOT_CONFIGURED');
    const report = await importContent(
      sql,
      docs,
      { paths: [config.seedDir] },
      { dryRun: body.dryRun ?? false, ...(config.search ? { search: config.search } : {}) },
    );
    if (report.ok) ctx.log.info({ changed: report.changed, dryRun: report.dryRun }, 'content seeded over the API');
    return settle(report);
  });
}
