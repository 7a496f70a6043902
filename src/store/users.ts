// Accounts: lookup by name, creation with a hashed password.
import type { Actor, Role } from '../core/shared/roles';
import type { Sql } from './sql';

interface UserRow {
  [key: string]: unknown;
  id: number;
  username: string;
  display_name: string;
  role: Role;
  unit_name: string | null;
  password_hash: string;
}

const toActor = (row: UserRow): Actor => ({
  id: row.id,
  username: row.username,
  displayName: row.display_name,
  role: row.role,
  unitName: row.unit_name,
});

export interface NewUser {
  username: string;
  displayName: string;
  passwordHash: string;
  role: Role;
  unitName: string | null;
}

export async function countUsers(sql: Sql): Promise<number> {
  const [row] = await sql.query<{ n: number }>('select count(*)::int as n from users');
  return row?.n ?? 0;
}

export async function findUserByName(
  sql: Sql,
  username: string,
): Promise<{ actor: Actor; passwordHash: string } | null> {
  const [row] = await sql.query<UserRow>('select * from users where username = $1', [username]);
  return row ? { actor: toActor(row), passwordHash: row.password_hash } : null;
}

export async function findUserById(sql: Sql, id: number): Promise<Actor | null> {
  const [row] = await sql.query<UserRow>('select * from users where id = $1', [id]);
  return row ? toActor(row) : null;
}

export async function insertUser(sql: Sql, user: NewUser): Promise<Actor> {
  const [row] = await sql.query<UserRow>(
    `insert into users (username, display_name, password_hash, role, unit_name)
     values ($1, $2, $3, $4, $5) returning *`,
    [user.username, user.displayName, user.passwordHash, user.role, user.unitName],
  );
  if (!row) throw new Error('insert into users returned no row');
  return toActor(row);
}

export async function setPasswordHash(
  sql: Sql,
  userId: number,
  passwordHash: string,
): Promise<void> {
  await sql.query('update users set password_hash = $2 where id = $1', [userId, passwordHash]);
}
