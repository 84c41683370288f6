import type { GrantableRole, Role, User } from '@avantika/contract';
import type { Sql } from '@avantika/server';
import type { AdminIo } from '../admin-io.js';
import { ExitError, UsageError } from '../exit-error.js';
import { formatTable } from '../format-table.js';
import { withAdminSql } from '../with-admin-sql.js';
import { openRedis } from './open-redis.js';
import type { UsersListOptions } from './users.js';
import type { AccountCommandOptions } from './with-database.js';

const NOT_FOUND = new Set(['USER_NOT_FOUND', 'API_TOKEN_NOT_FOUND']);

/** Account failures with their own exit codes; the rest is mapped by {@link withAdminSql}. */
function toAccountError(error: unknown): unknown {
  const e = error as Error & { code?: string };
  if (!(e instanceof Error) || typeof e.code !== 'string') return error;
  if (NOT_FOUND.has(e.code)) return new ExitError(5, e.message, { code: e.code, cause: e });
  if (e.code === 'CONFLICT') {
    return new ExitError(1, `${e.message} (another active admin must exist first)`, { code: e.code, cause: e });
  }
  return error;
}

function withSql<T>(options: AccountCommandOptions, io: AdminIo, fn: (sql: Sql) => Promise<T>): Promise<T> {
  return withAdminSql(options, io, async (sql) => {
    try {
      return await fn(sql);
    } catch (error) {
      throw toAccountError(error);
    }
  });
}

function printUser(io: AdminIo, user: User, json: boolean | undefined, verb: string): void {
  if (json) io.stdout(`${JSON.stringify(user, null, 2)}\n`);
  else
    io.stdout(
      `${verb} ${user.username} <${user.email}>: roles ${user.roles.join(', ')}${user.isActive ? '' : ' (deactivated)'}\n`,
    );
}

function parseRole(role: string): GrantableRole {
  if (role === 'author' || role === 'admin') return role;
  throw new UsageError(`unknown role "${role}"`, { hint: 'roles are author and admin (every account is a user)' });
}

/** `users list`: one page of accounts as a table (or JSON with the next cursor). */
export async function runUsersList(options: UsersListOptions, io: AdminIo): Promise<void> {
  const limit = Number(options.limit ?? 50);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw new UsageError('--limit must be 1 to 100');
  if (options.role !== undefined && !['user', 'author', 'admin'].includes(options.role)) {
    throw new UsageError(`unknown role "${options.role}"`, { hint: 'use user, author or admin' });
  }
  if (options.active && options.inactive) throw new UsageError('--active and --inactive exclude each other');
  const page = await withSql(options, io, async (sql) => {
    const { listUsers } = await import('@avantika/server');
    return listUsers(sql, {
      limit,
      cursor: options.cursor,
      role: options.role as Role | undefined,
      active: options.active ? true : options.inactive ? false : undefined,
      q: options.search,
    });
  });
  if (options.json) {
    io.stdout(`${JSON.stringify(page, null, 2)}\n`);
    return;
  }
  io.stdout(
    formatTable(
      ['id', 'username', 'email', 'roles', 'active', 'created'],
      page.data.map((u) => [
        u.id,
        u.username,
        u.email,
        u.roles.join(','),
        u.isActive ? 'yes' : 'no',
        u.createdAt.slice(0, 10),
      ]),
    ),
  );
  if (page.nextCursor) io.stdout(`More: avantika-admin users list --cursor ${page.nextCursor}\n`);
}

/** `users grant|revoke <user> <role>`. */
export async function runUsersRole(
  action: 'grant' | 'revoke',
  who: string,
  roleName: string,
  options: AccountCommandOptions,
  io: AdminIo,
): Promise<void> {
  const role = parseRole(roleName);
  const user = await withSql(options, io, async (sql) => {
    const server = await import('@avantika/server');
    const target = await server.requireUser(sql, who);
    return action === 'grant'
      ? server.grantRole(sql, target.id, role, null, new Date())
      : server.revokeRole(sql, target.id, role);
  });
  printUser(io, user, options.json, action === 'grant' ? 'Granted' : 'Revoked');
}

/**
 * `users deactivate|activate <user>`: with Redis (`--redis-url` or REDIS_URL) the Redis leaderboards follow at once;
 * without it only the PostgreSQL boards do, and stderr says so.
 */
export async function runUsersActive(
  action: 'deactivate' | 'activate',
  who: string,
  options: AccountCommandOptions & { redisUrl?: string },
  io: AdminIo,
): Promise<void> {
  const kv = await openRedis(options.redisUrl, io);
  try {
    const user = await withSql(options, io, async (sql) => {
      const server = await import('@avantika/server');
      const target = await server.requireUser(sql, who);
      return action === 'deactivate'
        ? server.deactivateUser(sql, target.id, new Date(), kv)
        : server.activateUser(sql, target.id, new Date(), kv);
    });
    printUser(io, user, options.json, action === 'deactivate' ? 'Deactivated' : 'Activated');
    if (!kv && !options.json) {
      io.stderr('Redis leaderboards were not touched (no --redis-url or REDIS_URL); PostgreSQL ones are updated.\n');
    }
  } finally {
    await kv?.close();
  }
}

/** `tokens create <user> --name <name>`: prints the secret once (stdout) and how to use it (stderr). */
export async function runTokensCreate(
  who: string,
  options: AccountCommandOptions & { name: string; expiresInDays?: string },
  io: AdminIo,
): Promise<void> {
  const name = options.name.trim();
  if (name.length === 0 || name.length > 100) throw new UsageError('--name must be 1 to 100 characters');
  const days = options.expiresInDays === undefined ? undefined : Number(options.expiresInDays);
  if (days !== undefined && (!Number.isInteger(days) || days < 1 || days > 3650)) {
    throw new UsageError('--expires-in-days must be a whole number from 1 to 3650');
  }
  const created = await withSql(options, io, async (sql) => {
    const server = await import('@avantika/server');
    const target = await server.requireUser(sql, who);
    return server.createApiToken(sql, target.id, { name, ...(days ? { expiresInDays: days } : {}) }, new Date(), null);
  });
  if (options.json) {
    io.stdout(`${JSON.stringify(created, null, 2)}\n`);
    return;
  }
  io.stdout(`${created.token}\n`);
  io.stderr(
    `Created token ${created.id} (${created.name}) for user ${created.userId}` +
      `${created.expiresAt ? `, expires ${created.expiresAt}` : ''}.\n` +
      'The secret above is shown only once. Use it as `Authorization: Bearer <token>` or AVANTIKA_TOKEN.\n',
  );
}

/** `tokens revoke <tokenId>`. */
export async function runTokensRevoke(tokenId: string, options: AccountCommandOptions, io: AdminIo): Promise<void> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(tokenId)) {
    throw new UsageError(`"${tokenId}" is not a token id`, { hint: 'token ids are UUIDs; see GET /v1/auth/tokens' });
  }
  await withSql(options, io, async (sql) => {
    const server = await import('@avantika/server');
    const token = await server.findApiToken(sql, tokenId);
    if (token === null) throw new ExitError(5, `no API token ${tokenId}`, { code: 'API_TOKEN_NOT_FOUND' });
    await server.revokeApiToken(sql, token.id, new Date());
  });
  if (options.json) io.stdout(`${JSON.stringify({ revoked: tokenId })}\n`);
  else io.stdout(`Revoked token ${tokenId}.\n`);
}
