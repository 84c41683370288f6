import { z } from 'zod';
import { defineRoute, pageQuerySchema, pageSchema, routeGroup } from '../route.js';
import {
  apiTokenCreatedSchema,
  apiTokenCreateSchema,
  apiTokenSchema,
  authSessionSchema,
  emailSchema,
  passwordSchema,
  timeZoneSchema,
  tokenPairSchema,
  usernameSchema,
} from '../user.js';

/** Creates an account and signs it in. */
export const authRegister = defineRoute({
  id: 'auth.register',
  method: 'POST',
  path: '/v1/auth/register',
  summary: 'Create an account and sign in',
  auth: 'public',
  idempotent: false,
  rateLimit: 'auth',
  body: z.strictObject({
    email: emailSchema,
    username: usernameSchema,
    password: passwordSchema,
    fullName: z.string().trim().min(1).max(255).optional(),
    /** The IANA time zone streak days are counted in (default UTC; changeable later with PATCH /v1/me). */
    timezone: timeZoneSchema.optional(),
  }),
  status: 201,
  response: authSessionSchema,
  errors: ['VALIDATION_FAILED', 'EMAIL_TAKEN', 'USERNAME_TAKEN', 'RATE_LIMITED'],
});

/** Signs in with an email or username and a password. */
export const authLogin = defineRoute({
  id: 'auth.login',
  method: 'POST',
  path: '/v1/auth/login',
  summary: 'Sign in with email or username and password',
  auth: 'public',
  idempotent: false,
  rateLimit: 'auth',
  body: z.strictObject({
    /** The account's email or username. */
    login: z.string().trim().min(1).max(255),
    password: z.string().min(1).max(256),
  }),
  status: 200,
  response: authSessionSchema,
  errors: ['VALIDATION_FAILED', 'INVALID_CREDENTIALS', 'ACCOUNT_DISABLED', 'RATE_LIMITED'],
});

/** Exchanges a refresh token for a new pair; the old refresh token stops working. */
export const authRefresh = defineRoute({
  id: 'auth.refresh',
  method: 'POST',
  path: '/v1/auth/refresh',
  summary: 'Rotate a refresh token into a new token pair',
  auth: 'public',
  idempotent: false,
  body: z.strictObject({ refreshToken: z.string().min(1).max(512) }),
  status: 200,
  response: tokenPairSchema,
  errors: ['VALIDATION_FAILED', 'REFRESH_TOKEN_INVALID', 'REFRESH_TOKEN_REUSED', 'ACCOUNT_DISABLED'],
});

/** Signs out one session by revoking its refresh token. */
export const authLogout = defineRoute({
  id: 'auth.logout',
  method: 'POST',
  path: '/v1/auth/logout',
  summary: 'Revoke one refresh token (sign out this session)',
  auth: 'public',
  idempotent: false,
  body: z.strictObject({ refreshToken: z.string().min(1).max(512) }),
  status: 204,
  response: z.null(),
  errors: ['VALIDATION_FAILED'],
});

/** Signs out every session of the caller by revoking all their refresh tokens. */
export const authLogoutAll = defineRoute({
  id: 'auth.logoutAll',
  method: 'POST',
  path: '/v1/auth/logout-all',
  summary: 'Revoke every refresh token of the caller (sign out everywhere)',
  auth: 'user',
  idempotent: false,
  status: 204,
  response: z.null(),
  errors: ['UNAUTHENTICATED'],
});

/** Creates an API token for the CLI or an integration; the secret is shown once. */
export const authTokensCreate = defineRoute({
  id: 'auth.tokens.create',
  method: 'POST',
  path: '/v1/auth/tokens',
  summary: 'Create an API token (the secret is shown only in this response)',
  auth: 'user',
  idempotent: false,
  body: apiTokenCreateSchema,
  status: 201,
  response: apiTokenCreatedSchema,
  errors: ['VALIDATION_FAILED', 'UNAUTHENTICATED'],
});

/** Lists the caller's API tokens, newest first. */
export const authTokensList = defineRoute({
  id: 'auth.tokens.list',
  method: 'GET',
  path: '/v1/auth/tokens',
  summary: "List the caller's API tokens",
  auth: 'user',
  idempotent: true,
  query: pageQuerySchema,
  status: 200,
  response: pageSchema(apiTokenSchema),
  errors: ['VALIDATION_FAILED', 'INVALID_CURSOR', 'UNAUTHENTICATED'],
  paginate: true,
});

/** Revokes one of the caller's API tokens. */
export const authTokensRevoke = defineRoute({
  id: 'auth.tokens.revoke',
  method: 'DELETE',
  path: '/v1/auth/tokens/:tokenId',
  summary: 'Revoke one of your API tokens',
  auth: 'user',
  idempotent: true,
  params: z.object({ tokenId: z.uuid() }),
  status: 204,
  response: z.null(),
  errors: ['VALIDATION_FAILED', 'UNAUTHENTICATED', 'API_TOKEN_NOT_FOUND'],
});

/** Every auth route keyed by id. */
export const authRoutes = routeGroup([
  authRegister,
  authLogin,
  authRefresh,
  authLogout,
  authLogoutAll,
  authTokensCreate,
  authTokensList,
  authTokensRevoke,
]);
