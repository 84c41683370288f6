import {
  type ApiTokenCreated,
  type ApiTokenCreateParams,
  type GrantableRole,
  type RouteQuery,
  routes,
  type User,
} from '@avantika/contract';
import type { RequestOptions } from '../core.js';
import type { PagePromise } from '../pagination.js';
import { APIResource } from './resource.js';

/** Filters and paging for {@link AdminUsers.list}. */
export type AdminUserListParams = NonNullable<RouteQuery<(typeof routes)['admin.users.list']>>;

/** Accounts and roles, for admins. */
export class AdminUsers extends APIResource {
  /** Lists accounts, filtered by role, active state or a search on email/username. */
  list(params: AdminUserListParams = {}, options?: RequestOptions): PagePromise<User> {
    return this.client.paginate(routes['admin.users.list'], { query: params }, options);
  }

  /** Grants `author` or `admin` to a user. */
  grantRole(userId: string, role: GrantableRole, options?: RequestOptions): Promise<User> {
    return this.client.call(routes['admin.users.grantRole'], { params: { userId }, body: { role } }, options);
  }

  /** Revokes a role; revoking one the user does not have changes nothing. */
  revokeRole(userId: string, role: GrantableRole, options?: RequestOptions): Promise<User> {
    return this.client.call(routes['admin.users.revokeRole'], { params: { userId, role } }, options);
  }

  /** Deactivates a user and revokes every token they hold. */
  deactivate(userId: string, options?: RequestOptions): Promise<User> {
    return this.client.call(routes['admin.users.deactivate'], { params: { userId } }, options);
  }

  /** Reactivates a deactivated user. */
  activate(userId: string, options?: RequestOptions): Promise<User> {
    return this.client.call(routes['admin.users.activate'], { params: { userId } }, options);
  }
}

/** API tokens on behalf of users, for operators provisioning integrations. */
export class AdminTokens extends APIResource {
  /** Creates an API token for a user; the secret is in this response only. */
  create(userId: string, params: ApiTokenCreateParams, options?: RequestOptions): Promise<ApiTokenCreated> {
    return this.client.call(routes['admin.tokens.create'], { params: { userId }, body: params }, options);
  }

  /** Revokes any API token by id. */
  async delete(tokenId: string, options?: RequestOptions): Promise<void> {
    await this.client.call(routes['admin.tokens.revoke'], { params: { tokenId } }, options);
  }
}

/** Operator routes: users, roles and tokens (the caller needs the admin role). */
export class Admin extends APIResource {
  /** Accounts and roles. */
  readonly users: AdminUsers = new AdminUsers(this.client);
  /** API tokens on behalf of users. */
  readonly tokens: AdminTokens = new AdminTokens(this.client);
}
