import { defineRoute, routeGroup } from '../route.js';
import { userSchema, userUpdateSchema } from '../user.js';

/** The signed-in user's account. */
export const meGet = defineRoute({
  id: 'me.get',
  method: 'GET',
  path: '/v1/me',
  summary: 'Get your account and profile',
  auth: 'user',
  idempotent: true,
  status: 200,
  response: userSchema,
  errors: ['UNAUTHENTICATED'],
});

/** Updates the signed-in user's profile (full name, time zone, target role …). */
export const meUpdate = defineRoute({
  id: 'me.update',
  method: 'PATCH',
  path: '/v1/me',
  summary: 'Update your profile (time zone changes apply to streak days going forward)',
  auth: 'user',
  idempotent: true,
  body: userUpdateSchema,
  status: 200,
  response: userSchema,
  errors: ['VALIDATION_FAILED', 'UNAUTHENTICATED'],
});

/** Every `me` route keyed by id. */
export const meRoutes = routeGroup([meGet, meUpdate]);
