import { z } from 'zod';
import { type ErrorCode, errorCodes, errorRegistry } from './errors.js';
import type { RouteDescriptor, RouteMap } from './route.js';
import { routes } from './routes/index.js';

type JsonObject = Record<string, unknown>;

const VERSION = '0.1.0';

/** Shared schemas (those given `.meta({ id })`) collected while converting; they become `components.schemas`. */
type Components = Record<string, JsonObject>;

function rewriteRefs(value: unknown, renames: Map<string, string>): unknown {
  if (Array.isArray(value)) return value.map((item) => rewriteRefs(item, renames));
  if (value === null || typeof value !== 'object') return value;
  const out: JsonObject = {};
  for (const [key, inner] of Object.entries(value)) {
    if (key === '$ref' && typeof inner === 'string' && inner.startsWith('#/$defs/')) {
      const name = inner.slice('#/$defs/'.length);
      out[key] = `#/components/schemas/${renames.get(name) ?? name}`;
    } else {
      out[key] = rewriteRefs(inner, renames);
    }
  }
  return out;
}

function toSchema(schema: z.ZodType, io: 'input' | 'output', components: Components): JsonObject {
  // OpenAPI 3.1 uses JSON Schema 2020-12; `$schema` is implied by the document, so drop it.
  const {
    $schema: _ignored,
    $defs,
    ...json
  } = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io,
    unrepresentable: 'any',
  }) as JsonObject;
  const renames = new Map<string, string>();
  for (const [name, definition] of Object.entries(($defs ?? {}) as Record<string, JsonObject>)) {
    // The request side of a schema can differ from its response side (defaults, transforms): keep both.
    let target = name;
    if (components[target] && JSON.stringify(components[target]) !== JSON.stringify(definition))
      target = `${name}Input`;
    renames.set(name, target);
  }
  for (const [name, definition] of Object.entries(($defs ?? {}) as Record<string, JsonObject>)) {
    components[renames.get(name) ?? name] = rewriteRefs(definition, renames) as JsonObject;
  }
  return rewriteRefs(json, renames) as JsonObject;
}

function toParameters(schema: z.ZodType | undefined, where: 'path' | 'query', components: Components): JsonObject[] {
  if (!schema) return [];
  const json = toSchema(schema, 'input', components);
  const properties = (json.properties ?? {}) as Record<string, JsonObject>;
  const required = new Set((json.required ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name,
      in: where,
      required: where === 'path' || required.has(name),
      ...(typeof description === 'string' ? { description } : {}),
      schema: rest,
    };
  });
}

function isWrite(descriptor: RouteDescriptor): boolean {
  return descriptor.method === 'POST' || descriptor.method === 'PUT' || descriptor.method === 'PATCH';
}

/** The error codes a route can answer with, including the ones every route of its kind shares. */
export function routeErrorCodes(descriptor: RouteDescriptor): ErrorCode[] {
  const codes = new Set<ErrorCode>(descriptor.errors);
  if (descriptor.params || descriptor.query || descriptor.body) codes.add('VALIDATION_FAILED');
  // The server parses a JSON body on every write, whether or not the route reads one (the SDK sends `{}`).
  if (descriptor.body || isWrite(descriptor)) {
    codes.add('MALFORMED_JSON').add('PAYLOAD_TOO_LARGE').add('UNSUPPORTED_MEDIA_TYPE');
  }
  if (descriptor.paginate) codes.add('INVALID_CURSOR');
  if (descriptor.auth !== 'public') codes.add('UNAUTHENTICATED').add('TOKEN_INVALID').add('TOKEN_EXPIRED');
  if (descriptor.auth !== 'public') codes.add('ACCOUNT_DISABLED');
  if (descriptor.auth === 'author' || descriptor.auth === 'admin') codes.add('INSUFFICIENT_ROLE');
  if (descriptor.method === 'POST') codes.add('IDEMPOTENCY_KEY_REUSED').add('IDEMPOTENCY_KEY_IN_PROGRESS');
  if (descriptor.rateLimit) codes.add('RATE_LIMITED');
  codes.add('INTERNAL');
  return errorCodes.filter((code) => codes.has(code));
}

/** Statuses whose answers always carry Retry-After (the server adds it when the thrower named no wait). */
const RETRY_AFTER_STATUSES = new Set([429, 503]);

const retryAfterHeader = {
  'Retry-After': {
    description: "Seconds to wait before retrying: the rate limiter's own wait, or one chosen for the cause",
    required: true,
    schema: { type: 'integer', minimum: 1 },
  },
};

function toResponses(descriptor: RouteDescriptor, components: Components): JsonObject {
  const contentType = descriptor.stream === 'sse' ? 'text/event-stream' : (descriptor.produces ?? 'application/json');
  const success: JsonObject = { description: descriptor.summary };
  if (descriptor.status !== 204) {
    success.content = { [contentType]: { schema: toSchema(descriptor.response, 'output', components) } };
  }
  const responses: JsonObject = { [String(descriptor.status)]: success };
  if (descriptor.etag) {
    const headers = {
      ETag: { description: 'Strong validator of this body (it includes your own fields)', schema: { type: 'string' } },
      'Cache-Control': {
        description: 'Always `private, no-cache`: revalidate before reuse',
        schema: { type: 'string' },
      },
    };
    success.headers = headers;
    responses['304'] = { description: 'Not Modified: the If-None-Match ETag is still current (no body)', headers };
  }
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of routeErrorCodes(descriptor)) {
    const status = errorRegistry[code].status;
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  for (const [status, codes] of [...byStatus].sort(([a], [b]) => a - b)) {
    responses[String(status)] = {
      description: `Error codes: ${codes.join(', ')}`,
      ...(RETRY_AFTER_STATUSES.has(status) ? { headers: retryAfterHeader } : {}),
      content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorEnvelope' } } },
    };
  }
  if (descriptor.sameBodyStatus !== undefined) {
    responses[String(descriptor.sameBodyStatus)] = {
      description: `The same body as the ${descriptor.status} answer: ${descriptor.summary}`,
      ...(RETRY_AFTER_STATUSES.has(descriptor.sameBodyStatus) ? { headers: retryAfterHeader } : {}),
      content: { [contentType]: { schema: toSchema(descriptor.response, 'output', components) } },
    };
  }
  return responses;
}

function toOperation(descriptor: RouteDescriptor, components: Components): JsonObject {
  const operation: JsonObject = {
    operationId: descriptor.id,
    summary: descriptor.summary,
    tags: [descriptor.tag ?? descriptor.id.split('.')[0]],
    security: descriptor.auth === 'public' ? [] : [{ bearer: [] }],
    'x-avantika-auth': descriptor.auth,
    'x-avantika-idempotent': descriptor.idempotent,
  };
  if (descriptor.paginate) operation['x-avantika-paginate'] = true;
  if (descriptor.bodyLimit) operation['x-avantika-body-limit'] = descriptor.bodyLimit;
  const parameters = [
    ...toParameters(descriptor.params, 'path', components),
    ...toParameters(descriptor.query, 'query', components),
  ];
  if (descriptor.method === 'POST') {
    parameters.push({
      name: 'Idempotency-Key',
      in: 'header',
      required: false,
      description: 'Replays the first response for the same key and body; another body with the same key is a 409.',
      schema: { type: 'string', minLength: 1, maxLength: 255 },
    });
  }
  if (descriptor.etag) {
    parameters.push({
      name: 'If-None-Match',
      in: 'header',
      required: false,
      description: 'ETags of copies you hold; a match is answered 304 Not Modified without a body.',
      schema: { type: 'string' },
    });
  }
  if (parameters.length > 0) operation.parameters = parameters;
  if (descriptor.body) {
    operation.requestBody = {
      required: true,
      content: { 'application/json': { schema: toSchema(descriptor.body, 'input', components) } },
    };
  }
  operation.responses = toResponses(descriptor, components);
  return operation;
}

/** Builds the OpenAPI 3.1 document of the whole API from the route descriptors (deterministic output). */
export function generateOpenApi(routeMap: RouteMap = routes): JsonObject {
  const paths: Record<string, JsonObject> = {};
  const components: Components = {};
  const sorted = Object.values(routeMap).sort((a, b) => a.path.localeCompare(b.path) || a.id.localeCompare(b.id));
  for (const descriptor of sorted) {
    const path = descriptor.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
    paths[path] ??= {};
    paths[path][descriptor.method.toLowerCase()] = toOperation(descriptor, components);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Avantika API',
      version: VERSION,
      description:
        'Interview practice platform: problems, judge, quizzes, learning paths. Generated from @avantika/contract.',
    },
    servers: [{ url: 'http://127.0.0.1:4870' }],
    paths,
    components: {
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description: 'A JWT access token from /v1/auth/login, or an API token (avk_…).',
        },
      },
      schemas: {
        ...Object.fromEntries(Object.entries(components).sort(([a], [b]) => a.localeCompare(b))),
        ErrorEnvelope: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message', 'requestId'],
              properties: {
                code: { type: 'string', enum: errorCodes },
                message: { type: 'string' },
                details: {},
                requestId: { type: 'string' },
              },
            },
          },
        },
      },
    },
  };
}
