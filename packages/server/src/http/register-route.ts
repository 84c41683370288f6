import type { RouteDescriptor } from '@avantika/contract';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { type AuthContext, satisfiesAuth } from './auth-context.js';
import { DomainError } from './domain-error.js';
import './fastify-augment.js';
import { checkIdempotency, storeIdempotentResponse } from './idempotency.js';
import type { ServerContext } from './server-context.js';

type Parsed<D, K extends 'params' | 'query' | 'body'> = D extends { readonly [P in K]: infer S extends z.ZodType }
  ? z.output<S>
  : undefined;

/** What a route handler receives: validated, typed input, the caller, and the server's services. */
export interface RouteHandlerArgs<D extends RouteDescriptor> {
  readonly params: Parsed<D, 'params'>;
  readonly query: Parsed<D, 'query'>;
  readonly body: Parsed<D, 'body'>;
  /** The caller; never null on routes whose `auth` is not `public`. */
  readonly auth: D['auth'] extends 'public' ? AuthContext | null : AuthContext;
  readonly ctx: ServerContext;
  readonly request: FastifyRequest;
  readonly reply: FastifyReply;
}

/**
 * A route handler: returns the success body (sent with the descriptor's status), or the `reply` itself when it has
 * answered on its own (SSE streams, custom headers already sent).
 */
export type RouteHandler<D extends RouteDescriptor> = (
  args: RouteHandlerArgs<D>,
) => Promise<z.input<D['response']> | FastifyReply> | z.input<D['response']> | FastifyReply;

/**
 * Resolves the caller. The sign-in routes (public routes of the `auth` area) ignore a stale or broken token: a client
 * holding an expired access token must still be able to log in or refresh.
 */
async function authenticateFor(
  ctx: ServerContext,
  descriptor: RouteDescriptor,
  authorization: string | undefined,
): Promise<AuthContext | null> {
  if (descriptor.auth === 'public' && descriptor.id.startsWith('auth.')) {
    return ctx.authenticate(authorization).catch((error: unknown) => {
      if (error instanceof DomainError && error.status === 401) return null;
      throw error;
    });
  }
  return ctx.authenticate(authorization);
}

/** Checks the caller against the descriptor's requirement and answers it, or throws the 401/403. */
function authorize(descriptor: RouteDescriptor, auth: AuthContext | null): AuthContext | null {
  if (descriptor.auth !== 'public' && auth === null) throw new DomainError('UNAUTHENTICATED');
  if (!satisfiesAuth(auth?.roles ?? null, descriptor.auth)) throw new DomainError('INSUFFICIENT_ROLE');
  return auth;
}

function isPromise<T>(value: T | Promise<T>): value is Promise<T> {
  return value instanceof Promise;
}

/** Sends a handler's result with the descriptor's status, unless the handler has answered on its own. */
function respond(descriptor: RouteDescriptor, reply: FastifyReply, result: unknown): FastifyReply {
  if (result === reply || reply.sent) return reply;
  reply.code(descriptor.status);
  if (descriptor.status === 204) return reply.send();
  if (descriptor.produces) reply.type(descriptor.produces);
  return reply.send(result);
}

function describeIssues(error: z.ZodError): unknown {
  return error.issues.map((issue) => ({ path: issue.path.join('.'), code: issue.code, message: issue.message }));
}

/**
 * Registers one contract route: central authentication and role check (before the body is read), rate limit,
 * request validation from the descriptor's zod schemas (400 VALIDATION_FAILED with field paths), Idempotency-Key
 * handling on POST, the handler, and — when `ctx.validateResponses` — response validation against the descriptor.
 */
export function registerRoute<const D extends RouteDescriptor>(
  app: FastifyInstance,
  descriptor: D,
  handler: RouteHandler<D>,
): void {
  const ctx = app.avantika;
  const schema: Record<string, z.ZodType> = {};
  if (descriptor.params) schema.params = descriptor.params;
  if (descriptor.query) schema.querystring = descriptor.query;
  if (descriptor.body) schema.body = descriptor.body;

  app.route({
    method: descriptor.method,
    url: descriptor.path,
    schema,
    config: { routeId: descriptor.id },
    ...(descriptor.bodyLimit === undefined ? {} : { bodyLimit: descriptor.bodyLimit }),
    // Callback style so a caller found in the auth caches costs no promise; anything else takes the async path.
    onRequest: (request, _reply, done) => {
      request.routeId = descriptor.id;
      const cached = descriptor.rateLimit
        ? undefined
        : ctx.authenticateCached?.(request.headers.authorization, request.raw.socket);
      if (cached !== undefined) {
        try {
          request.auth = authorize(descriptor, cached);
        } catch (error) {
          done(error as Error);
          return;
        }
        done();
        return;
      }
      authenticateFor(ctx, descriptor, request.headers.authorization)
        .then(async (auth) => {
          request.auth = authorize(descriptor, auth);
          if (descriptor.rateLimit) await ctx.consumeRateLimit(descriptor.rateLimit, `${descriptor.id}:${request.ip}`);
        })
        .then(() => done(), done);
    },
    ...(descriptor.method === 'POST'
      ? {
          preHandler: async (request: FastifyRequest, reply: FastifyReply) => {
            if (await checkIdempotency(ctx, descriptor.id, request, reply)) return reply;
          },
          onSend: async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
            await storeIdempotentResponse(ctx, request, reply, payload);
            return payload;
          },
        }
      : {}),
    ...(ctx.validateResponses && descriptor.stream === undefined
      ? {
          preSerialization: async (_request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
            // Error envelopes have their own status; only the success body is checked against the descriptor.
            if (reply.statusCode !== descriptor.status) return payload;
            const result = descriptor.response.safeParse(payload);
            if (!result.success) {
              throw new Error(
                `response of ${descriptor.id} does not match its descriptor: ${JSON.stringify(describeIssues(result.error))}`,
              );
            }
            return payload;
          },
        }
      : {}),
    // Not async: a handler that answers from memory (the warm problem list) costs no promise or microtask turn.
    handler: (request, reply) => {
      const result = handler({
        params: request.params as Parsed<D, 'params'>,
        query: request.query as Parsed<D, 'query'>,
        body: request.body as Parsed<D, 'body'>,
        auth: request.auth as RouteHandlerArgs<D>['auth'],
        ctx,
        request,
        reply,
      });
      if (isPromise(result)) return result.then((value) => respond(descriptor, reply, value));
      respond(descriptor, reply, result);
      // Fastify waits for a handler that returns nothing until the reply is sent, which respond() has done.
      return undefined;
    },
  });
}
