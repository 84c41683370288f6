import {
  adminBootstrap,
  adminTokensCreate,
  adminTokensRevoke,
  adminUsersActivate,
  adminUsersDeactivate,
  adminUsersGrantRole,
  adminUsersList,
  adminUsersRevokeRole,
} from '@avantika/contract';
import type { FastifyInstance } from 'fastify';
import type { AuthContext } from '../../http/auth-context.js';
import { DomainError } from '../../http/domain-error.js';
import { registerRoute } from '../../http/register-route.js';
import type { ServerContext } from '../../http/server-context.js';
import { createApiToken, findApiToken, revokeApiToken } from '../auth/api-tokens.js';
import type { AdminBootstrap } from './admin-bootstrap.js';
import { activateUser, deactivateUser, grantRole, listUsers, requireUser, revokeRole } from './user-admin.js';

/**
 * Platform admins (no tenant) manage every account; an organisation's admins only their organisation's accounts.
 */
async function assertManageable(ctx: ServerContext, caller: AuthContext, userId: string): Promise<void> {
  const target = await requireUser(ctx.sql, userId);
  if (caller.tenantId !== null && target.tenant_id !== caller.tenantId) throw new DomainError('TENANT_MISMATCH');
}

/**
 * Registers /v1/admin/users and /v1/admin/tokens (admins only; enforced centrally from the descriptors) and
 * /v1/admin/bootstrap (any signed-in user with the one-time secret; closed when `bootstrap` is absent).
 */
export function registerAdminRoutes(app: FastifyInstance, bootstrap?: AdminBootstrap): void {
  registerRoute(app, adminBootstrap, async ({ body, auth, ctx }) => {
    if (!bootstrap) throw new DomainError('BOOTSTRAP_CLOSED');
    // The first admin runs the platform, so it must be a platform account, not an organisation's member.
    if (auth.tenantId !== null) throw new DomainError('TENANT_MISMATCH');
    const user = await bootstrap.redeem(ctx.sql, auth.userId, body.secret, ctx.clock());
    ctx.invalidateAuth(auth.userId);
    return user;
  });
  registerRoute(app, adminUsersList, ({ query, auth, ctx }) =>
    listUsers(ctx.sql, {
      limit: query.limit,
      cursor: query.cursor,
      role: query.role,
      active: query.active === undefined ? undefined : query.active === 'true',
      q: query.q,
      tenantId: auth.tenantId,
    }),
  );
  registerRoute(app, adminUsersGrantRole, async ({ params, body, auth, ctx }) => {
    await assertManageable(ctx, auth, params.userId);
    const user = await grantRole(ctx.sql, params.userId, body.role, auth.userId, ctx.clock());
    ctx.invalidateAuth(params.userId);
    return user;
  });
  registerRoute(app, adminUsersRevokeRole, async ({ params, auth, ctx }) => {
    await assertManageable(ctx, auth, params.userId);
    const user = await revokeRole(ctx.sql, params.userId, params.role);
    ctx.invalidateAuth(params.userId);
    return user;
  });
  registerRoute(app, adminUsersDeactivate, async ({ params, auth, ctx }) => {
    await assertManageable(ctx, auth, params.userId);
    // Locking yourself out is almost always a mistake; another admin can do it.
    if (params.userId === auth.userId) throw new DomainError('CONFLICT', { reason: 'self' });
    const user = await deactivateUser(ctx.sql, params.userId, ctx.clock(), ctx.kv);
    ctx.invalidateAuth(params.userId);
    return user;
  });
  registerRoute(app, adminUsersActivate, async ({ params, auth, ctx }) => {
    await assertManageable(ctx, auth, params.userId);
    const user = await activateUser(ctx.sql, params.userId, ctx.clock(), ctx.kv);
    ctx.invalidateAuth(params.userId);
    return user;
  });
  registerRoute(app, adminTokensCreate, async ({ params, body, auth, ctx }) => {
    await assertManageable(ctx, auth, params.userId);
    return createApiToken(ctx.sql, params.userId, body, ctx.clock(), auth.userId);
  });
  registerRoute(app, adminTokensRevoke, async ({ params, auth, ctx }) => {
    const token = await findApiToken(ctx.sql, params.tokenId);
    if (token === null) throw new DomainError('API_TOKEN_NOT_FOUND');
    await assertManageable(ctx, auth, token.user_id);
    await revokeApiToken(ctx.sql, token.id, ctx.clock());
    ctx.invalidateAuth(token.user_id);
    return null;
  });
}
