import { randomUUID } from 'node:crypto';
import type { Page, RouteBody, RouteDescriptor, RouteParams, RouteQuery, RouteResponse } from '@avantika/contract';
import { type Dispatcher, Pool, request } from 'undici';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  type ResponseHeaders,
} from './errors.js';
import { buildUrl, fillPath } from './internal/build-url.js';
import { RefreshFlight } from './internal/refresh-flight.js';
import { retryDelay, shouldRetryResponse, sleep } from './internal/retry-policy.js';
import { PagePromise } from './pagination.js';
import { type StreamedEvent, type StreamOptions, streamEvents } from './streaming.js';

/** The SDK's version, sent in the User-Agent header. */
export const SDK_VERSION = '0.1.0';

/** A fresh pair of credentials, as the server issues them on login and refresh. */
export interface Tokens {
  accessToken: string;
  refreshToken?: string | undefined;
}

/** Options for {@link Avantika}'s constructor. */
export interface ClientOptions {
  /** The server's origin, e.g. `http://127.0.0.1:4870`; `AVANTIKA_URL` when omitted. */
  baseUrl?: string | undefined;
  /** An access token or API token sent as `Authorization: Bearer …`; `AVANTIKA_TOKEN` when omitted. */
  token?: string | undefined;
  /** With a refresh token the SDK renews an expired access token once and retries the request. */
  refreshToken?: string | undefined;
  /** Called with the new tokens after a refresh (and after login/register), so callers can persist them. */
  onTokens?: ((tokens: Tokens) => unknown) | undefined;
  /** Milliseconds one attempt may take, connecting to reading the whole body (default 60 000). */
  timeout?: number | undefined;
  /** How many times a failed request is retried (default 2). */
  maxRetries?: number | undefined;
  /** The undici dispatcher to send through (a Pool, an Agent, a MockAgent in tests); a Pool is made when omitted. */
  dispatcher?: Dispatcher | undefined;
  /** Headers added to every request. */
  defaultHeaders?: Record<string, string> | undefined;
}

/** Options every SDK method accepts as its last argument. */
export interface RequestOptions {
  /** Milliseconds this request's attempts may take each; overrides the client's `timeout`. */
  timeout?: number | undefined;
  /** Aborts the request (and its pending retries) with an {@link APIUserAbortError}. */
  signal?: AbortSignal | undefined;
  /** Overrides the client's `maxRetries` for this request. */
  maxRetries?: number | undefined;
  /** The Idempotency-Key for a POST; a UUID is generated when omitted and reused across retries. */
  idempotencyKey?: string | undefined;
  /** Extra headers for this request. */
  headers?: Record<string, string> | undefined;
}

/** Options of a conditional GET: {@link RequestOptions} plus the ETag of the copy the caller already holds. */
export interface ConditionalRequestOptions extends RequestOptions {
  /** Sent as `If-None-Match`: when the server's current ETag matches, it answers 304 and no body is transferred. */
  ifNoneMatch?: string | undefined;
}

/**
 * The outcome of a conditional GET: the body with its ETag, or `notModified: true` (HTTP 304) when the copy named by
 * `ifNoneMatch` is still current — then `data` is undefined and the caller keeps using its copy.
 */
export type Conditional<T> =
  | { readonly notModified: false; readonly data: T; readonly etag: string | undefined }
  | { readonly notModified: true; readonly data: undefined; readonly etag: string | undefined };

/** The inputs of a route: its path parameters, query and body, each present only when the route declares it. */
export type RouteInput<D extends RouteDescriptor> = (RouteParams<D> extends undefined
  ? { params?: undefined }
  : { params: RouteParams<D> }) &
  (RouteQuery<D> extends undefined ? { query?: undefined } : { query?: RouteQuery<D> }) &
  (RouteBody<D> extends undefined ? { body?: undefined } : { body: RouteBody<D> });

/** The item type of a paginated route's `data` array. */
export type PageItem<D extends RouteDescriptor> = RouteResponse<D> extends { data: Array<infer Item> } ? Item : never;

/** What one HTTP call needs, whether it comes from a descriptor or from the stream reconnect loop. */
export interface CallSpec {
  method: string;
  path: string;
  query?: Record<string, unknown> | undefined;
  body?: unknown;
  /** Send the bearer token (routes whose auth is not `public`). */
  auth: boolean;
  /** Safe to retry after a connection error without an Idempotency-Key. */
  idempotent: boolean;
  /** Keep the body open and return the raw response (SSE). */
  stream?: boolean;
  headers?: Record<string, string> | undefined;
}

/** The request a route descriptor and its input describe: method, filled path, query, body and auth. */
function specOf<D extends RouteDescriptor>(route: D, input: RouteInput<D>): CallSpec {
  return {
    method: route.method,
    path: fillPath(route.path, input.params as Record<string, unknown> | undefined),
    query: input.query as Record<string, unknown> | undefined,
    body: input.body,
    auth: route.auth !== 'public',
    idempotent: route.idempotent,
  };
}

/**
 * The HTTP engine behind every resource: builds requests from route descriptors, sends them with undici's `request`,
 * retries what is safe to retry, maps failures onto the {@link APIError} hierarchy and renews expired tokens.
 */
export class APIClient {
  /** The server's origin every path is resolved against. */
  readonly baseUrl: string;
  /** Default milliseconds per attempt. */
  readonly timeout: number;
  /** Default retries per request. */
  readonly maxRetries: number;
  protected token: string | undefined;
  protected refreshToken: string | undefined;
  private readonly onTokens: ClientOptions['onTokens'];
  private readonly dispatcher: Dispatcher;
  private readonly ownsDispatcher: boolean;
  private readonly defaultHeaders: Record<string, string>;
  // Single-flight: concurrent requests that all hit TOKEN_EXPIRED share one refresh.
  private readonly refreshing = new RefreshFlight();

  constructor(options: ClientOptions = {}) {
    const baseUrl = options.baseUrl ?? process.env['AVANTIKA_URL'];
    if (!baseUrl) throw new TypeError('baseUrl is required (or set AVANTIKA_URL)');
    this.baseUrl = baseUrl.replace(/\/+$/, '');
    this.token = options.token ?? process.env['AVANTIKA_TOKEN'];
    this.refreshToken = options.refreshToken;
    this.onTokens = options.onTokens;
    this.timeout = options.timeout ?? 60_000;
    this.maxRetries = options.maxRetries ?? 2;
    this.ownsDispatcher = options.dispatcher === undefined;
    this.dispatcher = options.dispatcher ?? new Pool(new URL(this.baseUrl).origin, { connections: 16 });
    this.defaultHeaders = options.defaultHeaders ?? {};
  }

  /** Calls a route from its descriptor and resolves with its typed response. */
  async call<D extends RouteDescriptor>(
    route: D,
    input: RouteInput<D>,
    options: RequestOptions = {},
  ): Promise<RouteResponse<D>> {
    const response = await this.send(specOf(route, input), options);
    return (await readBody(response)) as RouteResponse<D>;
  }

  /**
   * Calls a GET route conditionally: with `ifNoneMatch` the server answers 304 when that ETag is still current.
   * Resolves with the body and its ETag, or `notModified: true`.
   */
  async callConditional<D extends RouteDescriptor>(
    route: D,
    input: RouteInput<D>,
    options: ConditionalRequestOptions = {},
  ): Promise<Conditional<RouteResponse<D>>> {
    const { ifNoneMatch, ...rest } = options;
    const spec: CallSpec = {
      ...specOf(route, input),
      headers: ifNoneMatch === undefined ? undefined : { 'if-none-match': ifNoneMatch },
    };
    const response = await this.send(spec, rest);
    const header = response.headers['etag'];
    const etag = typeof header === 'string' ? header : undefined;
    if (response.statusCode === 304) return { notModified: true, data: undefined, etag: etag ?? ifNoneMatch };
    return { notModified: false, data: (await readBody(response)) as RouteResponse<D>, etag };
  }

  /**
   * Calls a paginated route: the result is awaited for the first page or iterated for every item. A `cursor` in the
   * query is where the first page starts; later pages follow the server's `nextCursor`.
   */
  paginate<D extends RouteDescriptor>(
    route: D,
    input: RouteInput<D>,
    options: RequestOptions = {},
  ): PagePromise<PageItem<D>> {
    const query = { ...(input.query as Record<string, unknown> | undefined) };
    const first = typeof query['cursor'] === 'string' ? query['cursor'] : undefined;
    const fetch = async (cursor: string | undefined) => {
      const pageInput = { ...input, query: { ...query, cursor } } as RouteInput<D>;
      return (await this.call(route, pageInput, options)) as unknown as Page<PageItem<D>>;
    };
    return new PagePromise(fetch, first);
  }

  /** Opens a `stream: 'sse'` route and yields its events until `isTerminal` accepts one (see {@link streamEvents}). */
  stream<D extends RouteDescriptor>(
    route: D,
    input: RouteInput<D>,
    isTerminal: (event: RouteResponse<D>) => boolean,
    options: StreamOptions = {},
  ): AsyncGenerator<StreamedEvent<RouteResponse<D>>> {
    return streamEvents(this, specOf(route, input), isTerminal, options);
  }

  /** Replaces the credentials used from now on (after login, or when the caller rotates them). */
  setTokens(tokens: Tokens): void {
    this.token = tokens.accessToken;
    if (tokens.refreshToken !== undefined) this.refreshToken = tokens.refreshToken;
  }

  /** Closes the connection pool the client made; a dispatcher passed in by the caller is left open. */
  async close(): Promise<void> {
    if (this.ownsDispatcher) await this.dispatcher.close();
  }

  /**
   * Obtains new tokens from the refresh token; subclasses wire it to the auth route and send it with `options` (the
   * waiting request's timeout and retries, and a signal that aborts once no request waits for the refresh).
   */
  protected async exchangeRefreshToken(_refreshToken: string, _options: RequestOptions): Promise<Tokens | undefined> {
    return undefined;
  }

  /** The refresh token the client holds (from the options, login, register or the last refresh). */
  get currentRefreshToken(): string | undefined {
    return this.refreshToken;
  }

  /** Adopts new tokens for later requests and reports them to the `onTokens` callback. */
  async adoptTokens(tokens: Tokens): Promise<void> {
    this.setTokens(tokens);
    await this.onTokens?.(tokens);
  }

  /**
   * Sends one logical request with retries; resolves with the successful response. For non-stream calls the body has
   * been read into `bodyText` within the attempt's timeout.
   */
  async send(spec: CallSpec, options: RequestOptions = {}): Promise<SentResponse> {
    const maxRetries = options.maxRetries ?? this.maxRetries;
    const idempotencyKey = spec.method === 'POST' ? (options.idempotencyKey ?? randomUUID()) : undefined;
    const requestId = randomUUID();
    let refreshed = false;
    for (let attempt = 0; ; attempt++) {
      const retriesLeft = maxRetries - attempt;
      let error: APIError;
      try {
        const response = await this.attempt(spec, options, { idempotencyKey, requestId, attempt });
        if (response.statusCode < 400) return response;
        error = APIError.fromResponse(response.statusCode, parseJson(response.bodyText), response.headers);
      } catch (caught) {
        if (!(caught instanceof APIConnectionError)) throw caught;
        error = caught;
      }
      if (
        error instanceof AuthenticationError &&
        error.code === 'TOKEN_EXPIRED' &&
        spec.auth &&
        !refreshed &&
        this.refreshToken
      ) {
        refreshed = true;
        await this.refresh(options);
        attempt--; // the refresh is not a retry; the same attempt runs again with the new token
        continue;
      }
      const retryable =
        error instanceof APIConnectionError
          ? spec.idempotent || idempotencyKey !== undefined
          : shouldRetryResponse(error, idempotencyKey !== undefined);
      if (!retryable || retriesLeft <= 0) throw error;
      try {
        await sleep(retryDelay(attempt, error.headers), options.signal);
      } catch (reason) {
        throw new APIUserAbortError(undefined, { cause: reason });
      }
    }
  }

  // The caller's signal and timeout bound its wait and the refresh request it starts, so an aborted or timed-out
  // call never leaves a refresh hanging (the shared request stops once no caller waits for it).
  private refresh(options: RequestOptions): Promise<void> {
    const timeout = options.timeout ?? this.timeout;
    return this.refreshing.join(
      async (signal) => {
        const tokens = await this.exchangeRefreshToken(this.refreshToken as string, {
          signal,
          timeout,
          maxRetries: options.maxRetries,
        });
        if (tokens) await this.adoptTokens(tokens);
      },
      { signal: options.signal, timeout },
    );
  }

  private async attempt(
    spec: CallSpec,
    options: RequestOptions,
    meta: { idempotencyKey: string | undefined; requestId: string; attempt: number },
  ): Promise<SentResponse> {
    const timeout = options.timeout ?? this.timeout;
    const timer = new AbortController();
    const handle = setTimeout(() => timer.abort(new APIConnectionTimeoutError()), timeout);
    const signal = options.signal ? AbortSignal.any([options.signal, timer.signal]) : timer.signal;
    const headers: Record<string, string> = {
      accept: spec.stream ? 'text/event-stream' : 'application/json',
      'user-agent': `avantika-sdk/${SDK_VERSION} node/${process.versions.node}`,
      'x-request-id': meta.requestId,
      ...this.defaultHeaders,
      ...spec.headers,
      ...options.headers,
    };
    if (meta.attempt > 0) headers['x-retry-count'] = String(meta.attempt);
    if (spec.auth && this.token) headers['authorization'] = `Bearer ${this.token}`;
    if (meta.idempotencyKey) headers['idempotency-key'] = meta.idempotencyKey;
    let payload: string | undefined;
    if (spec.body !== undefined) {
      payload = JSON.stringify(spec.body);
      headers['content-type'] = 'application/json';
    } else if (spec.method === 'POST' || spec.method === 'PUT' || spec.method === 'PATCH') {
      // Fastify rejects a JSON content-type with an empty body, so send an empty object instead.
      payload = '{}';
      headers['content-type'] = 'application/json';
    }
    try {
      const response = await request(buildUrl(this.baseUrl, spec.path, spec.query), {
        dispatcher: this.dispatcher,
        method: spec.method as Dispatcher.HttpMethod,
        headers,
        body: payload ?? null,
        signal,
      });
      if (spec.stream && response.statusCode < 400) {
        clearTimeout(handle);
        return { statusCode: response.statusCode, headers: response.headers, bodyText: '', body: response.body };
      }
      const bodyText = await response.body.text();
      return { statusCode: response.statusCode, headers: response.headers, bodyText, body: undefined };
    } catch (error) {
      if (options.signal?.aborted) throw new APIUserAbortError(undefined, { cause: options.signal.reason });
      if (timer.signal.aborted) throw new APIConnectionTimeoutError(undefined, { cause: error });
      if (isTimeoutError(error)) throw new APIConnectionTimeoutError(undefined, { cause: error });
      throw new APIConnectionError(undefined, { cause: error });
    } finally {
      clearTimeout(handle);
    }
  }
}

/** A response that came back from {@link APIClient.send}. */
export interface SentResponse {
  statusCode: number;
  headers: ResponseHeaders;
  /** The whole body for ordinary calls. */
  bodyText: string;
  /** The open body for stream calls. */
  body: (AsyncIterable<Uint8Array> & { destroy(error?: Error): unknown }) | undefined;
}

function isTimeoutError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT' || code === 'UND_ERR_CONNECT_TIMEOUT';
}

function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    // Not JSON (a proxy's error page): the error keeps the status and a fallback code.
    return text;
  }
}

async function readBody(response: SentResponse): Promise<unknown> {
  // The contract describes an empty 204 as `null`.
  if (response.statusCode === 204 || response.bodyText === '') return null;
  const type = response.headers['content-type'];
  // Routes that produce text (Prometheus /metrics) answer their body as a string.
  if (typeof type === 'string' && !/json/i.test(type)) return response.bodyText;
  return JSON.parse(response.bodyText);
}
