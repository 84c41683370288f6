import type { AuthRequirement, Role } from '@avantika/contract';
import { DomainError } from './domain-error.js';

/** Who is calling: resolved once per request from a JWT access token or an API token. */
export interface AuthContext {
  readonly userId: string;
  /** Always includes `user`; `author` and `admin` when granted. */
  readonly roles: readonly Role[];
  /** The organisation the user belongs to (null for individual accounts and platform admins). */
  readonly tenantId: string | null;
  readonly via: 'access_token' | 'api_token';
  /** The API token's id when `via` is `api_token`. */
  readonly tokenId: string | null;
}

/** True when a caller with `roles` satisfies a descriptor's `auth` requirement (admins may do what authors may). */
export function satisfiesAuth(roles: readonly Role[] | null, requirement: AuthRequirement): boolean {
  switch (requirement) {
    case 'public':
      return true;
    case 'user':
      return roles !== null;
    case 'author':
      return roles !== null && (roles.includes('author') || roles.includes('admin'));
    case 'admin':
      return roles?.includes('admin') === true;
  }
}

/**
 * Throws unless the caller may touch a resource of `tenantId`: individual resources (null tenant) are governed by
 * ownership checks instead; platform admins (no tenant) may reach every tenant.
 */
export function assertTenantAccess(auth: AuthContext, tenantId: string | null): void {
  if (tenantId === null || auth.tenantId === tenantId) return;
  if (auth.tenantId === null && auth.roles.includes('admin')) return;
  throw new DomainError('TENANT_MISMATCH');
}
