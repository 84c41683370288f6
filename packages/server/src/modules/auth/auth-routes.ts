import {
  authLogin,
  authLogout,
  authLogoutAll,
  authRefresh,
  authRegister,
  authTokensCreate,
  authTokensList,
  authTokensRevoke,
} from '@avantika/contract';
import type { FastifyInstance } from 'fastify';
import { DomainError } from '../../http/domain-error.js';
import { registerRoute } from '../../http/register-route.js';
import { createApiToken, findApiToken, listApiTokens, revokeApiToken } from './api-tokens.js';
import type { AuthService } from './auth-service.js';

/** Registers /v1/auth/*: register, login, refresh, logout, logout-all and the caller's API tokens. */
export function registerAuthRoutes(app: FastifyInstance, auth: AuthService): void {
  registerRoute(app, authRegister, ({ body }) => auth.register(body));
  registerRoute(app, authLogin, ({ body }) => auth.login(body.login, body.password));
  registerRoute(app, authRefresh, ({ body }) => auth.refresh(body.refreshToken));
  registerRoute(app, authLogout, async ({ body }) => {
    await auth.logout(body.refreshToken);
    return null;
  });
  registerRoute(app, authLogoutAll, async ({ auth: caller }) => {
    await auth.logoutAll(caller.userId);
    return null;
  });
  registerRoute(app, authTokensCreate, ({ body, auth: caller, ctx }) =>
    createApiToken(ctx.sql, caller.userId, body, ctx.clock(), caller.userId),
  );
  registerRoute(app, authTokensList, ({ query, auth: caller, ctx }) =>
    listApiTokens(ctx.sql, caller.userId, query.limit, query.cursor),
  );
  registerRoute(app, authTokensRevoke, async ({ params, auth: caller, ctx }) => {
    const token = await findApiToken(ctx.sql, params.tokenId);
    // Another user's token is reported as missing: its existence is not the caller's business.
    if (token === null || token.user_id !== caller.userId) throw new DomainError('API_TOKEN_NOT_FOUND');
    await revokeApiToken(ctx.sql, token.id, ctx.clock());
    ctx.invalidateAuth(caller.userId);
    return null;
  });
}
