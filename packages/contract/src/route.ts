import { z } from 'zod';
import type { ErrorCode } from './errors.js';

/** Who may call a route: anyone, any signed-in user, authors (and admins), or admins only. */
export type AuthRequirement = 'public' | 'user' | 'author' | 'admin';

/** HTTP methods the API uses. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * A route as data: the server registers and validates from it, the SDK calls it, OpenAPI is generated from it.
 * `path` uses Fastify's `:param` syntax. `paginate` routes take `cursor`/`limit` and answer a {@link Page}.
 * `stream: 'sse'` routes answer `text/event-stream` whose events are `response`.
 */
export interface RouteDescriptor<
  Params extends z.ZodType = z.ZodType,
  Query extends z.ZodType = z.ZodType,
  Body extends z.ZodType = z.ZodType,
  Response extends z.ZodType = z.ZodType,
> {
  readonly id: string;
  readonly method: HttpMethod;
  readonly path: string;
  readonly summary: string;
  readonly auth: AuthRequirement;
  /** Safe to retry without an Idempotency-Key (GET, PUT, DELETE); POSTs are made safe by the key. */
  readonly idempotent: boolean;
  readonly params?: Params;
  readonly query?: Query;
  readonly body?: Body;
  /** The success status (200, 201, 202, 204). */
  readonly status: number;
  /**
   * A failure status answered with the success body rather than an error envelope (`/readyz` answers 503 with the
   * same readiness when a required dependency is down); OpenAPI documents it with the response schema.
   */
  readonly sameBodyStatus?: number;
  readonly response: Response;
  readonly errors: readonly ErrorCode[];
  readonly paginate?: boolean;
  readonly stream?: 'sse';
  /** Media type of a non-JSON success body (`text/plain` for /metrics); JSON when absent. */
  readonly produces?: string;
  /** Rate-limit bucket applied before the handler (login and register use `auth`). */
  readonly rateLimit?: 'auth';
  /**
   * A cacheable GET: the success carries a strong `ETag` (hash of the body, the caller's own fields included) and
   * `Cache-Control: private, no-cache`; a matching `If-None-Match` is answered `304 Not Modified` with no body.
   */
  readonly etag?: boolean;
  /** Largest accepted request body in bytes when it differs from the server's default (content uploads). */
  readonly bodyLimit?: number;
  /** OpenAPI tag; defaults to the first segment of `id`. */
  readonly tag?: string;
}

/** Declares a route descriptor, keeping its literal types for the server and the SDK. */
export function defineRoute<const D extends RouteDescriptor>(descriptor: D): D {
  return descriptor;
}

/** All descriptors of the API keyed by id, as exported by `routes`. */
export type RouteMap = Readonly<Record<string, RouteDescriptor>>;

/** Collects descriptors into an object keyed by their ids, keeping each descriptor's literal type. */
export function routeGroup<const T extends readonly RouteDescriptor[]>(
  descriptors: T,
): { readonly [D in T[number] as D['id']]: D } {
  const group: Record<string, RouteDescriptor> = {};
  for (const descriptor of descriptors) {
    if (Object.hasOwn(group, descriptor.id)) throw new Error(`duplicate route id ${descriptor.id}`);
    group[descriptor.id] = descriptor;
  }
  return group as { readonly [D in T[number] as D['id']]: D };
}

/** Path parameters of a resource addressed by UUID (`/:id`). */
export const idParamsSchema = z.object({ id: z.uuid() });

/** Query parameters every paginated list accepts. */
export const pageQuerySchema = z.object({
  cursor: z.string().max(512).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

/** A page of a list: the items and an opaque cursor for the next page (null on the last one). */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({ data: z.array(item), nextCursor: z.string().nullable() });
}

/** The JSON error envelope every failing route answers with. */
export const errorEnvelopeSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
    requestId: z.string(),
  }),
});

export type PageQuery = z.infer<typeof pageQuerySchema>;
export type Page<T> = { data: T[]; nextCursor: string | null };
export type ErrorEnvelope = z.infer<typeof errorEnvelopeSchema>;
/** The parsed types of a descriptor's parts, for handlers and SDK methods. */
export type RouteParams<D extends RouteDescriptor> = D['params'] extends z.ZodType ? z.infer<D['params']> : undefined;
export type RouteQuery<D extends RouteDescriptor> = D['query'] extends z.ZodType ? z.input<D['query']> : undefined;
export type RouteBody<D extends RouteDescriptor> = D['body'] extends z.ZodType ? z.input<D['body']> : undefined;
export type RouteResponse<D extends RouteDescriptor> = z.infer<D['response']>;
