import type { RouteDescriptor } from '@avantika/contract';
import { z } from 'zod';

const CANDIDATES = ['00000000-0000-4000-8000-000000000000', 'two-sum', '1', 'author', 'python', 'weekly', 'x'];

function shapeOf(schema: z.ZodType | undefined): Record<string, z.ZodType> {
  return schema instanceof z.ZodObject ? (schema.shape as Record<string, z.ZodType>) : {};
}

/**
 * A concrete URL for a descriptor: each `:param` gets the first candidate its schema accepts (a UUID, a slug, a
 * number, a role …) so the request passes validation and reaches the handler with an id that does not exist.
 */
export function sampleUrl(descriptor: RouteDescriptor, override?: (name: string) => string | undefined): string {
  const shape = shapeOf(descriptor.params);
  return descriptor.path.replace(/:([A-Za-z0-9_]+)/g, (_, name: string) => {
    const forced = override?.(name);
    if (forced !== undefined) return forced;
    const schema = shape[name];
    const value = CANDIDATES.find((candidate) => schema?.safeParse(candidate).success) ?? 'x';
    return encodeURIComponent(value);
  });
}

/** The top-level field names of a descriptor's body (empty when it has none or it is not an object). */
export function bodyFields(descriptor: RouteDescriptor): string[] {
  return Object.keys(shapeOf(descriptor.body));
}

/** The query parameter names of a descriptor. */
export function queryFields(descriptor: RouteDescriptor): string[] {
  return Object.keys(shapeOf(descriptor.query));
}
