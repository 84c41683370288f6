import { Readable } from 'node:stream';
import { createSubmission, getSubmission, listSubmissions, streamSubmissionEvents } from '@avantika/contract';
import type { FastifyInstance } from 'fastify';
import type { AuthContext } from '../../http/auth-context.js';
import { registerRoute } from '../../http/register-route.js';
import type { Caller, SubmissionService } from './service.js';
import { parseLastEventId, toSseFrames } from './sse-frames.js';

function callerOf(auth: AuthContext): Caller {
  return { userId: auth.userId, isAdmin: auth.roles.includes('admin') };
}

/** Registers the submission routes: create (202), list mine, get, and the SSE event stream. */
export function registerSubmissionRoutes(app: FastifyInstance, service: SubmissionService): void {
  const open = new Set<AbortController>();
  // Streams wait for verdicts that may never come while the server drains: end them before close() waits on them.
  app.addHook('preClose', async () => {
    for (const abort of open) abort.abort();
  });
  registerRoute(app, createSubmission, ({ body, auth }) => service.create(auth.userId, body));
  registerRoute(app, listSubmissions, ({ query, auth }) => service.list(auth.userId, query));
  registerRoute(app, getSubmission, ({ params, auth }) => service.get(callerOf(auth), params.id));
  registerRoute(app, streamSubmissionEvents, async ({ params, query, auth, ctx, request, reply }) => {
    await service.assertVisible(callerOf(auth), params.id);
    const after = parseLastEventId(request.headers['last-event-id'] ?? query.lastEventId);
    const abort = new AbortController();
    open.add(abort);
    // The response closes when the stream ends or the client goes away; either way the generator stops polling.
    reply.raw.on('close', () => {
      open.delete(abort);
      abort.abort();
    });
    // register-route validates JSON responses only; the events of a stream are checked here, one by one.
    const check = ctx.validateResponses
      ? (event: unknown) => void streamSubmissionEvents.response.parse(event)
      : undefined;
    const body = Readable.from(toSseFrames(service.events(params.id, after, abort.signal), check));
    reply
      .code(200)
      .header('content-type', 'text/event-stream; charset=utf-8')
      .header('cache-control', 'no-cache, no-transform')
      .header('x-accel-buffering', 'no');
    return reply.send(body);
  });
}
