import { meGet, meUpdate } from '@avantika/contract';
import type { FastifyInstance } from 'fastify';
import { DomainError } from '../../http/domain-error.js';
import { registerRoute } from '../../http/register-route.js';
import { invalidateStreakCache } from '../gamification/streak-cache.js';
import { findUserById, toUser, updateUserProfile } from './user-repo.js';

/** Registers /v1/me: read and update the caller's own profile. */
export function registerMeRoutes(app: FastifyInstance): void {
  registerRoute(app, meGet, async ({ auth, ctx }) => {
    const row = await findUserById(ctx.sql, auth.userId);
    if (row === null) throw new DomainError('USER_NOT_FOUND');
    return toUser(row);
  });
  registerRoute(app, meUpdate, async ({ auth, body, ctx }) => {
    const row = await updateUserProfile(ctx.sql, auth.userId, body, ctx.clock());
    if (row === null) throw new DomainError('USER_NOT_FOUND');
    // The cached streak is read in the zone it holds: a new zone must be read from the database.
    if (body.timezone !== undefined) await invalidateStreakCache(ctx.kv, auth.userId);
    return toUser(row);
  });
}
