import { z } from 'zod';
import { defineRoute, pageQuerySchema, pageSchema, routeGroup } from '../route.js';
import { apiTokenCreatedSchema, apiTokenCreateSchema, grantableRoleSchema, roleSchema, userSchema } from '../user.js';

const userParams = z.object({ userId: z.uuid() });

/** Lists accounts (admins of a tenant see their tenant's accounts), oldest first. */
export const adminUsersList = defineRoute({
  id: 'admin.users.list',
  method: 'GET',
  path: '/v1/admin/users',
  summary: 'List users (filter by role, active state or a search on email/username)',
  auth: 'admin',
  idempotent: true,
  query: pageQuerySchema.extend({
    role: roleSchema.optional(),
    active: z.enum(['true', 'false']).optional(),
    q: z.string().trim().min(1).max(100).optional(),
  }),
  status: 200,
  response: pageSchema(userSchema),
  errors: ['VALIDATION_FAILED', 'INVALID_CURSOR', 'UNAUTHENTICATED', 'INSUFFICIENT_ROLE'],
  paginate: true,
});

/** Grants a role to a user. */
export const adminUsersGrantRole = defineRoute({
  id: 'admin.users.grantRole',
  method: 'POST',
  path: '/v1/admin/users/:userId/roles',
  summary: 'Grant a role (author or admin) to a user',
  auth: 'admin',
  idempotent: false,
  params: userParams,
  body: z.strictObject({ role: grantableRoleSchema }),
  status: 200,
  response: userSchema,
  errors: ['VALIDATION_FAILED', 'UNAUTHENTICATED', 'INSUFFICIENT_ROLE', 'USER_NOT_FOUND', 'TENANT_MISMATCH'],
});

/** Revokes a role from a user; revoking a role the user does not have changes nothing. */
export const adminUsersRevokeRole = defineRoute({
  id: 'admin.users.revokeRole',
  method: 'DELETE',
  path: '/v1/admin/users/:userId/roles/:role',
  summary: 'Revoke a role from a user',
  auth: 'admin',
  idempotent: true,
  params: userParams.extend({ role: grantableRoleSchema }),
  status: 200,
  response: userSchema,
  errors: [
    'VALIDATION_FAILED',
    'UNAUTHENTICATED',
    'INSUFFICIENT_ROLE',
    'USER_NOT_FOUND',
    'TENANT_MISMATCH',
    'CONFLICT',
  ],
});

/** Deactivates a user: they can no longer sign in and every token they hold stops working. */
export const adminUsersDeactivate = defineRoute({
  id: 'admin.users.deactivate',
  method: 'POST',
  path: '/v1/admin/users/:userId/deactivate',
  summary: 'Deactivate a user and revoke all their tokens',
  auth: 'admin',
  idempotent: false,
  params: userParams,
  status: 200,
  response: userSchema,
  errors: [
    'VALIDATION_FAILED',
    'UNAUTHENTICATED',
    'INSUFFICIENT_ROLE',
    'USER_NOT_FOUND',
    'TENANT_MISMATCH',
    'CONFLICT',
  ],
});

/** Reactivates a deactivated user. */
export const adminUsersActivate = defineRoute({
  id: 'admin.users.activate',
  method: 'POST',
  path: '/v1/admin/users/:userId/activate',
  summary: 'Reactivate a user',
  auth: 'admin',
  idempotent: false,
  params: userParams,
  status: 200,
  response: userSchema,
  errors: ['VALIDATION_FAILED', 'UNAUTHENTICATED', 'INSUFFICIENT_ROLE', 'USER_NOT_FOUND', 'TENANT_MISMATCH'],
});

/** Creates an API token on behalf of a user (operators provisioning integrations). */
export const adminTokensCreate = defineRoute({
  id: 'admin.tokens.create',
  method: 'POST',
  path: '/v1/admin/users/:userId/tokens',
  summary: 'Create an API token for a user (the secret is shown only in this response)',
  auth: 'admin',
  idempotent: false,
  params: userParams,
  body: apiTokenCreateSchema,
  status: 201,
  response: apiTokenCreatedSchema,
  errors: ['VALIDATION_FAILED', 'UNAUTHENTICATED', 'INSUFFICIENT_ROLE', 'USER_NOT_FOUND', 'TENANT_MISMATCH'],
});

/** Revokes any API token by id. */
export const adminTokensRevoke = defineRoute({
  id: 'admin.tokens.revoke',
  method: 'DELETE',
  path: '/v1/admin/tokens/:tokenId',
  summary: 'Revoke any API token',
  auth: 'admin',
  idempotent: true,
  params: z.object({ tokenId: z.uuid() }),
  status: 204,
  response: z.null(),
  errors: ['VALIDATION_FAILED', 'UNAUTHENTICATED', 'INSUFFICIENT_ROLE', 'API_TOKEN_NOT_FOUND', 'TENANT_MISMATCH'],
});

/**
 * Makes the signed-in caller the first admin: the server writes a one-time secret to a 0600 file in its data
 * directory on a start without an admin; the secret works once, then bootstrap is closed (BOOTSTRAP_CLOSED).
 */
export const adminBootstrap = defineRoute({
  id: 'admin.bootstrap',
  method: 'POST',
  path: '/v1/admin/bootstrap',
  summary: 'Become the first admin with the one-time secret from the server’s data directory',
  auth: 'user',
  idempotent: false,
  body: z.strictObject({ secret: z.string().trim().min(1).max(200) }),
  status: 200,
  response: userSchema,
  errors: [
    'VALIDATION_FAILED',
    'UNAUTHENTICATED',
    'RATE_LIMITED',
    'BOOTSTRAP_SECRET_INVALID',
    'BOOTSTRAP_CLOSED',
    'TENANT_MISMATCH',
  ],
  rateLimit: 'auth',
  tag: 'admin',
});

/** Every admin route for users and tokens keyed by id. */
export const adminRoutes = routeGroup([
  adminUsersList,
  adminUsersGrantRole,
  adminUsersRevokeRole,
  adminUsersDeactivate,
  adminUsersActivate,
  adminTokensCreate,
  adminTokensRevoke,
  adminBootstrap,
]);
