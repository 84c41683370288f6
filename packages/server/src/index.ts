export type { AppConfig } from './app.js';
export { buildApp } from './app.js';
export { startServer } from './main.js';
export type { ProblemDocuments } from './modules/content/content-documents.js';
export type { ExportReport } from './modules/content/export-service.js';
export { exportContent } from './modules/content/export-service.js';
export type { ImportCounts, ImportKind } from './modules/content/import-counts.js';
export type { ContentInput, ImportOptions, ImportReport } from './modules/content/import-service.js';
export { importContent } from './modules/content/import-service.js';
export type {
  DsaProblemDocument,
  McqProblemDocument,
  ProblemDocument,
} from './modules/content/problem-document.js';
export type { CreatedVersion } from './modules/content/write-problems.js';
