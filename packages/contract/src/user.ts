import { z } from 'zod';

/** Roles beyond the implicit `user`: authors manage content, admins manage everything. */
export const roleSchema = z.enum(['user', 'author', 'admin']);

/** Roles an admin can grant or revoke (`user` is implicit for every account). */
export const grantableRoleSchema = z.enum(['author', 'admin']);

/** True when `zone` is an IANA time-zone name this runtime knows (`Europe/Berlin`, `UTC`). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** An IANA time-zone name; streaks count days in it. */
export const timeZoneSchema = z
  .string()
  .min(1)
  .max(50)
  .refine(isTimeZone, { message: 'a known IANA time zone such as Europe/Berlin or UTC' });

/** Usernames: 3–30 lowercase letters, digits, `_` or `-`, starting with a letter or digit. */
export const usernameSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]{2,29}$/, '3–30 lowercase letters, digits, _ or -, starting with a letter or digit');

/** An email address, compared case-insensitively (stored lowercased). */
export const emailSchema = z
  .string()
  .trim()
  .max(255)
  .pipe(z.email())
  .transform((email) => email.toLowerCase());

/** A password: 8 to 256 characters. */
export const passwordSchema = z.string().min(8).max(256);

const isoDate = z.iso.datetime({ offset: true });
const url = z.url().max(2000);

/** A user account as its owner and admins see it. */
export const userSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    username: z.string(),
    fullName: z.string(),
    avatarUrl: z.string().nullable(),
    bio: z.string().nullable(),
    yearsExperience: z.number().int(),
    currentRole: z.string().nullable(),
    targetRole: z.string().nullable(),
    targetCompany: z.string().nullable(),
    linkedinUrl: z.string().nullable(),
    githubUrl: z.string().nullable(),
    country: z.string().nullable(),
    timezone: z.string(),
    tier: z.enum(['free', 'pro', 'enterprise']),
    tenantId: z.uuid().nullable(),
    roles: z.array(roleSchema),
    isActive: z.boolean(),
    isEmailVerified: z.boolean(),
    onboardingCompleted: z.boolean(),
    createdAt: isoDate,
    lastLoginAt: isoDate.nullable(),
  })
  .meta({ id: 'User' });

/** The profile fields a user may change about themselves; absent fields stay as they are, null clears. */
export const userUpdateSchema = z.strictObject({
  fullName: z.string().trim().min(1).max(255).optional(),
  avatarUrl: url.nullable().optional(),
  bio: z.string().max(5000).nullable().optional(),
  yearsExperience: z.number().int().min(0).max(80).optional(),
  currentRole: z.string().trim().max(100).nullable().optional(),
  targetRole: z.string().trim().max(100).nullable().optional(),
  targetCompany: z.string().trim().max(100).nullable().optional(),
  linkedinUrl: url.nullable().optional(),
  githubUrl: url.nullable().optional(),
  country: z.string().trim().max(100).nullable().optional(),
  timezone: timeZoneSchema.optional(),
  onboardingCompleted: z.boolean().optional(),
});

/** Access and refresh tokens returned by register, login and refresh. */
export const tokenPairSchema = z
  .object({
    tokenType: z.literal('Bearer'),
    accessToken: z.string(),
    /** Seconds until the access token expires. */
    expiresIn: z.number().int(),
    refreshToken: z.string(),
    refreshExpiresAt: isoDate,
  })
  .meta({ id: 'TokenPair' });

/** What register and login answer: the account and a fresh token pair. */
export const authSessionSchema = z.object({ user: userSchema, tokens: tokenPairSchema }).meta({ id: 'AuthSession' });

/** An API token's metadata (the secret itself is only shown once, at creation). */
export const apiTokenSchema = z
  .object({
    id: z.uuid(),
    userId: z.uuid(),
    name: z.string(),
    /** The first characters of the token, shown so a user can tell tokens apart. */
    prefix: z.string(),
    createdAt: isoDate,
    expiresAt: isoDate.nullable(),
    lastUsedAt: isoDate.nullable(),
    revokedAt: isoDate.nullable(),
  })
  .meta({ id: 'ApiToken' });

/** A newly created API token including its secret, which is never shown again. */
export const apiTokenCreatedSchema = apiTokenSchema.extend({ token: z.string() }).meta({ id: 'ApiTokenCreated' });

/** Parameters for creating an API token: a label and an optional lifetime in days (none = no expiry). */
export const apiTokenCreateSchema = z.strictObject({
  name: z.string().trim().min(1).max(100),
  expiresInDays: z.number().int().min(1).max(3650).optional(),
});

/** A role: every account is a `user`; `author` and `admin` are granted. */
export type Role = z.infer<typeof roleSchema>;
/** A role an admin can grant or revoke. */
export type GrantableRole = z.infer<typeof grantableRoleSchema>;
/** A user account as its owner and admins see it. */
export type User = z.infer<typeof userSchema>;
/** The body of `PATCH /v1/me`. */
export type UserUpdateParams = z.input<typeof userUpdateSchema>;
/** An access token and its refresh token. */
export type TokenPair = z.infer<typeof tokenPairSchema>;
/** What register and login answer. */
export type AuthSession = z.infer<typeof authSessionSchema>;
/** An API token's metadata (never the secret). */
export type ApiToken = z.infer<typeof apiTokenSchema>;
/** A new API token with its secret, shown once. */
export type ApiTokenCreated = z.infer<typeof apiTokenCreatedSchema>;
/** The body for creating an API token. */
export type ApiTokenCreateParams = z.input<typeof apiTokenCreateSchema>;
