import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The embedded database's data directory: `$AVANTIKA_DATA_DIR`, else `$XDG_DATA_HOME/avantika`, else
 * `~/.local/share/avantika` (the XDG default), with PGlite's files under `pglite/`.
 */
export function resolveDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.AVANTIKA_DATA_DIR) return env.AVANTIKA_DATA_DIR;
  const xdg = env.XDG_DATA_HOME || join(homedir(), '.local', 'share');
  return join(xdg, 'avantika');
}
