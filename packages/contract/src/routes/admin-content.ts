import { z } from 'zod';
import {
  CONTENT_UPLOAD_LIMIT,
  contentExportSchema,
  contentImportReportSchema,
  contentUploadSchema,
} from '../content/content-upload.js';
import { defineRoute, routeGroup } from '../route.js';

/**
 * Imports a content pack sent as JSON files: validated first, written in one transaction, nothing written on any
 * issue (422 with the full report in `details`). Generators and validators are never run on the server.
 */
export const adminContentImport = defineRoute({
  id: 'admin.content.import',
  method: 'POST',
  path: '/v1/admin/content/import',
  summary: 'Import a content pack (files as JSON; all or nothing; dryRun reports what would change)',
  auth: 'admin',
  idempotent: false,
  body: contentUploadSchema,
  bodyLimit: CONTENT_UPLOAD_LIMIT,
  status: 200,
  response: contentImportReportSchema,
  errors: ['VALIDATION_FAILED', 'UNAUTHENTICATED', 'INSUFFICIENT_ROLE', 'CONTENT_INVALID', 'PAYLOAD_TOO_LARGE'],
});

/** Exports the catalog (topics, plans, badges, problems, MCQ sets, paths) as files in the import format. */
export const adminContentExport = defineRoute({
  id: 'admin.content.export',
  method: 'GET',
  path: '/v1/admin/content/export',
  summary: 'Export the catalog as a content pack (files in the import format)',
  auth: 'admin',
  idempotent: true,
  status: 200,
  response: contentExportSchema,
  errors: ['UNAUTHENTICATED', 'INSUFFICIENT_ROLE'],
});

/** Imports the content pack the server was started with (`avantika-server --seed <dir>` or AVANTIKA_SEED). */
export const adminContentSeed = defineRoute({
  id: 'admin.content.seed',
  method: 'POST',
  path: '/v1/admin/content/seed',
  summary: "Import the server's configured content pack (idempotent: unchanged content is skipped)",
  auth: 'admin',
  idempotent: false,
  body: z.strictObject({ dryRun: z.boolean().optional() }),
  status: 200,
  response: contentImportReportSchema,
  errors: ['VALIDATION_FAILED', 'UNAUTHENTICATED', 'INSUFFICIENT_ROLE', 'CONTENT_INVALID', 'SEED_NOT_CONFIGURED'],
});

/** Every admin content route keyed by id. */
export const adminContentRoutes = routeGroup([adminContentImport, adminContentExport, adminContentSeed]);
