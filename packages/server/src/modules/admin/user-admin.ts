import type { GrantableRole, Page, Role, User } from '@avantika/contract';
import { z } from 'zod';
import type { Kv } from '../../adapters/kv/kv.js';
import type { Queryable, Sql } from '../../adapters/sql/sql.js';
import { DomainError } from '../../http/domain-error.js';
import { decodeCursor, toPage } from '../../http/pagination.js';
import { revokeAllApiTokens } from '../auth/api-tokens.js';
import { revokeAllRefreshTokens } from '../auth/refresh-tokens.js';
import { hideFromLeaderboards, restoreToLeaderboards } from '../gamification/leaderboard-membership.js';
import { findUserById, findUserByLogin, toUser, USER_SELECT, type UserRow } from '../users/user-repo.js';

/** Filters for {@link listUsers}; `tenantId` (when not undefined) restricts to one organisation's accounts. */
export interface UserListParams {
  readonly limit: number;
  readonly cursor?: string | undefined;
  readonly role?: Role | undefined;
  readonly active?: boolean | undefined;
  readonly q?: string | undefined;
  readonly tenantId?: string | null | undefined;
}

const cursorKey = z.tuple([z.iso.datetime(), z.uuid()]);
// The cursor carries milliseconds (JavaScript dates); ordering on the same truncation keeps pages exact even for
// rows whose created_at has microseconds (DEFAULT NOW()).
const ORDER_KEY = `date_trunc('milliseconds', u.created_at)`;

/** Lists users oldest first with cursor pagination and optional filters. */
export async function listUsers(db: Queryable, params: UserListParams): Promise<Page<User>> {
  const where: string[] = [];
  const values: unknown[] = [];
  const add = (clause: (n: number) => string, value: unknown) => {
    values.push(value);
    where.push(clause(values.length));
  };
  const after = decodeCursor(params.cursor, cursorKey);
  if (after) {
    values.push(after[0], after[1]);
    where.push(`(${ORDER_KEY}, u.id) > ($${values.length - 1}::timestamptz, $${values.length}::uuid)`);
  }
  if (params.role === 'author' || params.role === 'admin') {
    add((n) => `EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role = $${n})`, params.role);
  }
  if (params.active !== undefined) add((n) => `COALESCE(u.is_active, true) = $${n}`, params.active);
  if (params.q !== undefined) {
    const pattern = `%${params.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    add((n) => `(lower(u.email) LIKE $${n} OR lower(u.username) LIKE $${n})`, pattern);
  }
  if (params.tenantId !== undefined && params.tenantId !== null) add((n) => `u.tenant_id = $${n}`, params.tenantId);
  values.push(params.limit + 1);
  const sql = `${USER_SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY ${ORDER_KEY}, u.id LIMIT $${values.length}`;
  const rows = await db.query<UserRow>(sql, values);
  return toPage(rows.rows, params.limit, toUser, (row) => [new Date(row.created_at).toISOString(), row.id]);
}

/** Finds a user by id, email or username, or throws USER_NOT_FOUND. */
export async function requireUser(db: Queryable, idOrLogin: string): Promise<UserRow> {
  const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(idOrLogin);
  const row = isUuid ? await findUserById(db, idOrLogin) : await findUserByLogin(db, idOrLogin);
  if (row === null) throw new DomainError('USER_NOT_FOUND');
  return row;
}

/** Grants a role (a no-op when already held) and returns the user. */
export async function grantRole(
  db: Queryable,
  userId: string,
  role: GrantableRole,
  grantedBy: string | null,
  now: Date,
): Promise<User> {
  await requireUser(db, userId);
  await db.query(
    `INSERT INTO user_roles (user_id, role, granted_by, granted_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
    [userId, role, grantedBy, now],
  );
  return toUser(await requireUser(db, userId));
}

/** Revokes a role; refuses (CONFLICT) to remove the last active admin so the platform is never left without one. */
export async function revokeRole(sql: Sql, userId: string, role: GrantableRole): Promise<User> {
  await sql.transaction(async (tx) => {
    await requireUser(tx, userId);
    if (role === 'admin') {
      // Serialize concurrent admin revocations so two admins cannot remove each other at once.
      await tx.query(`SELECT user_id FROM user_roles WHERE role = 'admin' FOR UPDATE`);
      const others = await tx.query(
        `SELECT 1 FROM user_roles r JOIN users u ON u.id = r.user_id
         WHERE r.role = 'admin' AND r.user_id <> $1 AND COALESCE(u.is_active, true)`,
        [userId],
      );
      const holds = await tx.query(`SELECT 1 FROM user_roles WHERE user_id = $1 AND role = 'admin'`, [userId]);
      if (holds.rows.length > 0 && others.rows.length === 0) {
        throw new DomainError('CONFLICT', { reason: 'last_admin' });
      }
    }
    await tx.query(`DELETE FROM user_roles WHERE user_id = $1 AND role = $2`, [userId, role]);
  });
  return toUser(await requireUser(sql, userId));
}

/**
 * Deactivates a user and revokes every refresh and API token they hold, in one transaction; the user leaves the
 * leaderboards (PostgreSQL totals now, the Redis boards in `kv` once it commits).
 */
export async function deactivateUser(sql: Sql, userId: string, now: Date, kv?: Kv): Promise<User> {
  await sql.transaction(async (tx) => {
    await requireUser(tx, userId);
    await tx.query(`UPDATE users SET is_active = false, updated_at = $2 WHERE id = $1`, [userId, now]);
    await revokeAllRefreshTokens(tx, userId, now);
    await revokeAllApiTokens(tx, userId, now);
    await hideFromLeaderboards(tx, userId, now, kv);
  });
  return toUser(await requireUser(sql, userId));
}

/** Reactivates a user (their old tokens stay revoked) and puts them back on the leaderboards with their ledger XP. */
export async function activateUser(sql: Sql, userId: string, now: Date, kv?: Kv): Promise<User> {
  await sql.transaction(async (tx) => {
    await requireUser(tx, userId);
    await tx.query(`UPDATE users SET is_active = true, updated_at = $2 WHERE id = $1`, [userId, now]);
    await restoreToLeaderboards(tx, userId, now, kv);
  });
  return toUser(await requireUser(sql, userId));
}
