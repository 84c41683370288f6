import {
  type ApiTokenCreated,
  type ApiTokenCreateParams,
  type ContentExport,
  type ContentImportReport,
  type ContentUpload,
  type GrantableRole,
  type RouteBody,
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

/** Body of {@link Admin.bootstrap}: the secret from the server's data directory. */
export type AdminBootstrapParams = RouteBody<(typeof routes)['admin.bootstrap']>;

/** Options of {@link AdminContent.seed}. */
export interface AdminContentSeedParams {
  /** Validate and report what would change; write nothing. */
  readonly dryRun?: boolean;
}

/**
 * The content catalog: import a pack (all or nothing), export it, or re-import the server's own seed pack. A rejected
 * import throws an `UnprocessableEntityError` with code `CONTENT_INVALID` whose `details` is the full report (every
 * issue with file, line, field and code).
 */
export class AdminContent extends APIResource {
  /**
   * Imports a pack sent as files (`{ path, content }` with pack-relative paths). The server runs no uploaded code:
   * pass each generator's cases in `generated` and keep problems with a validator.ts to a server-side import.
   */
  import(upload: ContentUpload, options?: RequestOptions): Promise<ContentImportReport> {
    return this.client.call(routes['admin.content.import'], { body: upload }, options);
  }

  /** Exports the catalog as files in the import format (importing them changes nothing). */
  export(options?: RequestOptions): Promise<ContentExport> {
    return this.client.call(routes['admin.content.export'], {}, options);
  }

  /** Imports the pack the server was started with (`--seed`/AVANTIKA_SEED); SEED_NOT_CONFIGURED without one. */
  seed(params: AdminContentSeedParams = {}, options?: RequestOptions): Promise<ContentImportReport> {
    return this.client.call(routes['admin.content.seed'], { body: params }, options);
  }
}

/** Operator routes: users, roles, tokens and content (the caller needs the admin role). */
export class Admin extends APIResource {
  /** The content catalog: import, export, seed. */
  readonly content: AdminContent = new AdminContent(this.client);
  /** Accounts and roles. */
  readonly users: AdminUsers = new AdminUsers(this.client);
  /** API tokens on behalf of users. */
  readonly tokens: AdminTokens = new AdminTokens(this.client);

  /**
   * Makes the signed-in caller the first admin with the one-time secret the server wrote to
   * `<data dir>/admin-bootstrap-secret`; works once (BOOTSTRAP_CLOSED after, BOOTSTRAP_SECRET_INVALID on a wrong one).
   */
  bootstrap(params: AdminBootstrapParams, options?: RequestOptions): Promise<User> {
    return this.client.call(routes['admin.bootstrap'], { body: params }, options);
  }
}
