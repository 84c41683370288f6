import type { AuthSession, Role } from '@avantika/contract';
import type { FastifyInstance } from 'fastify';
import type { Sql } from '../../src/adapters/sql/sql.js';

let counter = 0;

/** A registered test user with its session and ready-made auth headers. */
export interface TestUser {
  readonly id: string;
  readonly username: string;
  readonly email: string;
  readonly password: string;
  readonly session: AuthSession;
  readonly headers: { authorization: string };
}

/** Registers a fresh user over HTTP and grants `role` (author/admin) directly in the database. */
export async function createTestUser(app: FastifyInstance, sql: Sql, role: Role = 'user'): Promise<TestUser> {
  counter += 1;
  const username = `u${process.pid}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
  const email = `${username}@example.test`;
  const password = `pw-${username}-secret`;
  const res = await app.inject({ method: 'POST', url: '/v1/auth/register', payload: { email, username, password } });
  if (res.statusCode !== 201) throw new Error(`register failed: ${res.statusCode} ${res.body}`);
  const session = res.json() as AuthSession;
  if (role !== 'user') {
    await sql.query(`INSERT INTO user_roles (user_id, role) VALUES ($1, $2)`, [session.user.id, role]);
  }
  return {
    id: session.user.id,
    username,
    email,
    password,
    session,
    headers: { authorization: `Bearer ${session.tokens.accessToken}` },
  };
}
