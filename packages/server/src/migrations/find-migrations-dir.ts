import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MigrationError } from './migration-error.js';

/**
 * Locates the repository's `migrations/<kind>` folder by walking up from this module, so it works from `src/`
 * (tests), from `dist/` (the built server and admin) and from a bundle placed anywhere inside the repository.
 * `AVANTIKA_MIGRATIONS_DIR` overrides the PostgreSQL folder for installs outside the repository.
 */
export function findMigrationsDir(kind: 'postgres' | 'documents' | 'search' = 'postgres'): string {
  if (kind === 'postgres' && process.env.AVANTIKA_MIGRATIONS_DIR) return process.env.AVANTIKA_MIGRATIONS_DIR;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'migrations', kind);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new MigrationError(
    'MIGRATIONS_DIR_NOT_FOUND',
    `no migrations/${kind} folder above ${fileURLToPath(import.meta.url)}`,
  );
}
