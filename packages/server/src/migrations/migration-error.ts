import type { ErrorCode } from '@avantika/contract';

/** Details a migration error carries for the CLI's JSON output and for tests (never message text). */
export interface MigrationErrorDetails {
  readonly file?: string;
  readonly line?: number;
  readonly version?: string | null;
  readonly expectedChecksum?: number | null;
  readonly actualChecksum?: number | null;
  readonly databaseMessage?: string;
  readonly [key: string]: unknown;
}

/** An error from the migration runner with a registry code (MIGRATION_FAILED, MIGRATION_CHECKSUM_MISMATCH …). */
export class MigrationError extends Error {
  readonly code: ErrorCode;
  readonly details: MigrationErrorDetails;

  constructor(code: ErrorCode, message: string, details: MigrationErrorDetails = {}, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MigrationError';
    this.code = code;
    this.details = details;
  }
}
