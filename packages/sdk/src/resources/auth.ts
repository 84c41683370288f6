import {
  type ApiToken,
  type ApiTokenCreated,
  type ApiTokenCreateParams,
  type AuthSession,
  type PageQuery,
  type RouteBody,
  routes,
  type TokenPair,
} from '@avantika/contract';
import type { RequestOptions } from '../core.js';
import type { PagePromise } from '../pagination.js';
import { APIResource } from './resource.js';

/** Parameters for {@link Auth.register}. */
export type RegisterParams = RouteBody<(typeof routes)['auth.register']>;
/** Parameters for {@link Auth.login}: an email or username and the password. */
export type LoginParams = RouteBody<(typeof routes)['auth.login']>;
/** Paging for {@link ApiTokens.list}. */
export type ApiTokenListParams = Partial<PageQuery>;

/** The caller's API tokens, for the CLI and integrations. */
export class ApiTokens extends APIResource {
  /** Creates an API token; its secret is in this response only. */
  create(params: ApiTokenCreateParams, options?: RequestOptions): Promise<ApiTokenCreated> {
    return this.client.call(routes['auth.tokens.create'], { body: params }, options);
  }

  /** Lists the caller's API tokens, newest first. */
  list(params: ApiTokenListParams = {}, options?: RequestOptions): PagePromise<ApiToken> {
    return this.client.paginate(routes['auth.tokens.list'], { query: params }, options);
  }

  /** Revokes one of the caller's API tokens. */
  async delete(tokenId: string, options?: RequestOptions): Promise<void> {
    await this.client.call(routes['auth.tokens.revoke'], { params: { tokenId } }, options);
  }
}

/**
 * Accounts and sessions. `register` and `login` sign the client in: later calls carry the new access token, a
 * refresh token is kept for automatic renewal, and `onTokens` hears about both.
 */
export class Auth extends APIResource {
  /** API tokens of the signed-in user. */
  readonly tokens: ApiTokens = new ApiTokens(this.client);

  /** Creates an account and signs the client in as it. */
  async register(params: RegisterParams, options?: RequestOptions): Promise<AuthSession> {
    const session = await this.client.call(routes['auth.register'], { body: params }, options);
    await this.client.adoptTokens(session.tokens);
    return session;
  }

  /** Signs in with an email or username and a password, and signs the client in. */
  async login(params: LoginParams, options?: RequestOptions): Promise<AuthSession> {
    const session = await this.client.call(routes['auth.login'], { body: params }, options);
    await this.client.adoptTokens(session.tokens);
    return session;
  }

  /**
   * Exchanges a refresh token (the client's own when omitted) for a new pair and adopts it. The SDK does this by
   * itself when a request fails with TOKEN_EXPIRED; call it directly to renew ahead of time.
   */
  async refresh(refreshToken?: string, options?: RequestOptions): Promise<TokenPair> {
    const token = refreshToken ?? this.client.currentRefreshToken;
    if (!token) throw new TypeError('no refresh token: pass one or sign in with login() first');
    const pair = await this.client.call(routes['auth.refresh'], { body: { refreshToken: token } }, options);
    await this.client.adoptTokens(pair);
    return pair;
  }

  /** Signs out this session by revoking its refresh token (the client's own when omitted). */
  async logout(refreshToken?: string, options?: RequestOptions): Promise<void> {
    const token = refreshToken ?? this.client.currentRefreshToken;
    if (!token) throw new TypeError('no refresh token: pass one or sign in with login() first');
    await this.client.call(routes['auth.logout'], { body: { refreshToken: token } }, options);
  }

  /** Signs out every session of the signed-in user. */
  async logoutAll(options?: RequestOptions): Promise<void> {
    await this.client.call(routes['auth.logoutAll'], {}, options);
  }
}
