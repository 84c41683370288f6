import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmod, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { User } from '@avantika/contract';
import type { Queryable, Sql } from '../../adapters/sql/sql.js';
import { DomainError } from '../../http/domain-error.js';
import type { Logger } from '../../http/logger.js';
import { toUser } from '../users/user-repo.js';
import { requireUser } from './user-admin.js';

/** The first-admin secret of a running server; redeeming it once makes the caller an admin. */
export interface AdminBootstrap {
  /** The 0600 file holding the secret, or null when bootstrap is closed (an admin existed at startup, or used). */
  readonly file: string | null;
  /** Grants `admin` to `userId` when `secret` matches and no active admin exists, then burns the secret. */
  redeem(sql: Sql, userId: string, secret: string, now: Date): Promise<User>;
}

/** Where the one-time first-admin secret lives inside an Avantika data directory. */
export function adminBootstrapFile(dataDir: string): string {
  return join(dataDir, 'admin-bootstrap-secret');
}

const sha256 = (text: string) => createHash('sha256').update(text.trim()).digest();

async function hasActiveAdmin(db: Queryable): Promise<boolean> {
  const { rows } = await db.query(
    `SELECT 1 FROM user_roles r JOIN users u ON u.id = r.user_id
     WHERE r.role = 'admin' AND COALESCE(u.is_active, true) LIMIT 1`,
  );
  return rows.length > 0;
}

/** The secret already in `file` when only its owner can read it (a restart keeps it), otherwise null. */
async function readPrivateSecret(file: string): Promise<string | null> {
  try {
    if (((await stat(file)).mode & 0o077) !== 0) return null;
    const secret = (await readFile(file, 'utf8')).trim();
    return secret.length >= 32 ? secret : null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

async function writePrivateSecret(dataDir: string, file: string): Promise<string> {
  await mkdir(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  // Written beside the target and renamed, so a reader never sees a half-written or world-readable file.
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, `${secret}\n`, { mode: 0o600 });
  await chmod(tmp, 0o600);
  await rename(tmp, file);
  return secret;
}

/**
 * Prepares first-admin bootstrap at server start. With an active admin it is closed (a leftover secret file is
 * removed). Without one, a random secret is written to `<dataDir>/admin-bootstrap-secret` (mode 0600; kept across
 * restarts) and only its SHA-256 stays in memory; the secret itself is never logged.
 */
export async function prepareAdminBootstrap(sql: Sql, dataDir: string, logger?: Logger): Promise<AdminBootstrap> {
  const file = adminBootstrapFile(dataDir);
  const closed: AdminBootstrap = {
    file: null,
    redeem: async () => Promise.reject(new DomainError('BOOTSTRAP_CLOSED')),
  };
  let hash: Buffer | null;
  try {
    if (await hasActiveAdmin(sql)) {
      await rm(file, { force: true });
      return closed;
    }
    hash = sha256((await readPrivateSecret(file)) ?? (await writePrivateSecret(dataDir, file)));
  } catch (error) {
    // A read-only data dir (a PostgreSQL deployment may have one) must not stop the server: bootstrap stays closed.
    if (!(error as NodeJS.ErrnoException).syscall) throw error;
    logger?.warn(
      { err: error, file },
      'admin bootstrap unavailable: make the first admin with avantika-admin users grant',
    );
    return closed;
  }
  logger?.info({ file }, 'no admin yet: redeem the one-time secret in this file with `avantika-admin users bootstrap`');
  return {
    get file() {
      return hash === null ? null : file;
    },
    async redeem(db, userId, secret, now) {
      const expected = hash;
      if (expected === null) throw new DomainError('BOOTSTRAP_CLOSED');
      if (!timingSafeEqual(sha256(secret), expected)) throw new DomainError('BOOTSTRAP_SECRET_INVALID');
      // Taken before the first await: a second request racing this one sees the secret as used.
      hash = null;
      try {
        await db.transaction(async (tx) => {
          // Serializes bootstraps of every server process on this database (each has its own secret file).
          await tx.query(`SELECT pg_advisory_xact_lock(hashtext('avantika:admin-bootstrap'))`);
          if (await hasActiveAdmin(tx)) throw new DomainError('BOOTSTRAP_CLOSED');
          await requireUser(tx, userId);
          await tx.query(
            `INSERT INTO user_roles (user_id, role, granted_by, granted_at) VALUES ($1, 'admin', NULL, $2)
             ON CONFLICT DO NOTHING`,
            [userId, now],
          );
        });
      } catch (error) {
        // A failure other than "an admin exists" leaves the secret usable for another try.
        if (!(error instanceof DomainError && error.code === 'BOOTSTRAP_CLOSED')) hash = expected;
        throw error;
      }
      await rm(file, { force: true });
      logger?.info({ userId }, 'first admin bootstrapped; the bootstrap secret is burnt');
      return toUser(await requireUser(db, userId));
    },
  };
}
