import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from './http/logger.js';

export { resolveDataDir } from './adapters/sql/data-dir.js';

/**
 * The JWT secret: AVANTIKA_JWT_SECRET when set (≥ 32 bytes), otherwise a random one generated once and kept in
 * `<dataDir>/jwt-secret` (mode 0600) so tokens survive restarts. The value is never logged.
 */
export async function loadJwtSecret(env: NodeJS.ProcessEnv, dataDir: string, logger: Logger): Promise<string> {
  const fromEnv = env.AVANTIKA_JWT_SECRET;
  if (fromEnv !== undefined && fromEnv !== '') {
    if (Buffer.byteLength(fromEnv) < 32) throw new Error('AVANTIKA_JWT_SECRET must be at least 32 bytes');
    return fromEnv;
  }
  const file = join(dataDir, 'jwt-secret');
  try {
    const stored = (await readFile(file, 'utf8')).trim();
    if (Buffer.byteLength(stored) >= 32) return stored;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  await chmod(file, 0o600);
  logger.info({ file }, 'generated a JWT secret for this data directory');
  return secret;
}
