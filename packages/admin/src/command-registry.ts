import type { Command } from 'commander';
import type { AdminIo } from './admin-io.js';
import { registerExportCommand, registerImportCommand, registerSeedCommand } from './commands/content.js';
import { registerGamificationCommand } from './commands/gamification.js';
import { registerMigrateCommand } from './commands/migrate.js';
import { registerReindexCommand } from './commands/reindex.js';
import { registerTokensCommand } from './commands/tokens.js';
import { registerUsersCommand } from './commands/users.js';

/** Adds one command group (and its subcommands) to the program; its action imports the heavy parts lazily. */
export type RegisterCommand = (program: Command, io: AdminIo) => void;

/**
 * Every command group of avantika-admin, in `--help` order. Registration modules import only commander types and
 * small helpers, never the server, so `--help` stays near a bare `node -e 0`; a test fails when a module in
 * commands/ exports a `register…Command` that is missing here.
 */
export const commandRegistry: readonly RegisterCommand[] = [
  registerMigrateCommand,
  registerImportCommand,
  registerExportCommand,
  registerSeedCommand,
  registerReindexCommand,
  registerUsersCommand,
  registerTokensCommand,
  registerGamificationCommand,
];
