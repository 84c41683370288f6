import type { Role, User, UserUpdateParams } from '@avantika/contract';
import type { Queryable } from '../../adapters/sql/sql.js';

/** A `users` row joined with its roles, as the repository reads it. */
export interface UserRow {
  id: string;
  email: string;
  username: string;
  full_name: string;
  avatar_url: string | null;
  bio: string | null;
  years_experience: number | null;
  current_job_role: string | null;
  target_role: string | null;
  target_company: string | null;
  linkedin_url: string | null;
  github_url: string | null;
  country: string | null;
  timezone: string | null;
  tier: string | null;
  tenant_id: string | null;
  is_active: boolean | null;
  is_email_verified: boolean | null;
  onboarding_completed: boolean | null;
  created_at: Date | string;
  last_login_at: Date | string | null;
  roles: string[] | null;
}

/** Selects users with their granted roles as a text array (`roles`). */
export const USER_SELECT = `SELECT u.id, u.email, u.username, u.full_name, u.avatar_url, u.bio, u.years_experience,
  u.current_job_role, u.target_role, u.target_company, u.linkedin_url, u.github_url, u.country, u.timezone, u.tier,
  u.tenant_id, u.is_active, u.is_email_verified, u.onboarding_completed, u.created_at, u.last_login_at,
  ARRAY(SELECT r.role::text FROM user_roles r WHERE r.user_id = u.id ORDER BY r.role) AS roles
  FROM users u`;

function iso(value: Date | string): string {
  return (value instanceof Date ? value : new Date(value)).toISOString();
}

/** The roles a user holds, always including the implicit `user`. */
export function rolesOf(row: Pick<UserRow, 'roles'>): Role[] {
  const granted = (row.roles ?? []).filter((role): role is Role => role === 'author' || role === 'admin');
  return ['user', ...granted];
}

/** Maps a row to the contract's `User`. */
export function toUser(row: UserRow): User {
  const tier = row.tier === 'pro' || row.tier === 'enterprise' ? row.tier : 'free';
  return {
    id: row.id,
    email: row.email,
    username: row.username,
    fullName: row.full_name,
    avatarUrl: row.avatar_url,
    bio: row.bio,
    yearsExperience: row.years_experience ?? 0,
    currentRole: row.current_job_role,
    targetRole: row.target_role,
    targetCompany: row.target_company,
    linkedinUrl: row.linkedin_url,
    githubUrl: row.github_url,
    country: row.country,
    timezone: row.timezone ?? 'UTC',
    tier,
    tenantId: row.tenant_id,
    roles: rolesOf(row),
    isActive: row.is_active ?? true,
    isEmailVerified: row.is_email_verified ?? false,
    onboardingCompleted: row.onboarding_completed ?? false,
    createdAt: iso(row.created_at),
    lastLoginAt: row.last_login_at === null ? null : iso(row.last_login_at),
  };
}

/** Reads one user by id (null when absent). */
export async function findUserById(db: Queryable, id: string): Promise<UserRow | null> {
  const result = await db.query<UserRow>(`${USER_SELECT} WHERE u.id = $1`, [id]);
  return result.rows[0] ?? null;
}

/** Reads one user by email (case-insensitive) or username (null when absent). */
export async function findUserByLogin(db: Queryable, login: string): Promise<UserRow | null> {
  const result = await db.query<UserRow>(`${USER_SELECT} WHERE lower(u.email) = lower($1) OR u.username = $1 LIMIT 1`, [
    login,
  ]);
  return result.rows[0] ?? null;
}

const COLUMNS: Record<keyof UserUpdateParams, string> = {
  fullName: 'full_name',
  avatarUrl: 'avatar_url',
  bio: 'bio',
  yearsExperience: 'years_experience',
  currentRole: 'current_job_role',
  targetRole: 'target_role',
  targetCompany: 'target_company',
  linkedinUrl: 'linkedin_url',
  githubUrl: 'github_url',
  country: 'country',
  timezone: 'timezone',
  onboardingCompleted: 'onboarding_completed',
};

/** Applies a profile update (only the given fields) and returns the updated row, or null when the user is gone. */
export async function updateUserProfile(
  db: Queryable,
  id: string,
  update: UserUpdateParams,
  now: Date,
): Promise<UserRow | null> {
  const sets: string[] = [];
  const params: unknown[] = [id];
  for (const [field, column] of Object.entries(COLUMNS) as [keyof UserUpdateParams, string][]) {
    const value = update[field];
    if (value === undefined) continue;
    params.push(value);
    sets.push(`${column} = $${params.length}`);
  }
  params.push(now);
  sets.push(`updated_at = $${params.length}`);
  const updated = await db.query(`UPDATE users SET ${sets.join(', ')} WHERE id = $1 RETURNING id`, params);
  return updated.rows.length === 0 ? null : findUserById(db, id);
}
