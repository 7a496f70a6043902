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
  unit_code: string | null;
  /** The registry's name of the unit (joined). */
  unit_title: string | null;
  password_hash: string;
}

const toActor = (row: UserRow): Actor => ({
  id: row.id,
  username: row.username,
  displayName: row.display_name,
  role: row.role,
  unitCode: row.unit_code,
  unitName: row.unit_title ?? row.unit_name,
});

/** Accounts with their unit's registry name. */
const userSql = `select u.*, n.name as unit_title from users u left join units n on n.code = u.unit_code`;

export interface NewUser {
  username: string;
  displayName: string;
  passwordHash: string;
  role: Role;
  unitCode: string | null;
}

export async function countUsers(sql: Sql): Promise<number> {
  const [row] = await sql.query<{ n: number }>('select count(*)::int as n from users');
  return row?.n ?? 0;
}

export async function findUserByName(
  sql: Sql,
  username: string,
): Promise<{ actor: Actor; passwordHash: string } | null> {
  const [row] = await sql.query<UserRow>(`${userSql} where u.username = $1`, [username]);
  return row ? { actor: toActor(row), passwordHash: row.password_hash } : null;
}

export async function findUserById(sql: Sql, id: number): Promise<Actor | null> {
  const [row] = await sql.query<UserRow>(`${userSql} where u.id = $1`, [id]);
  return row ? toActor(row) : null;
}

export async function insertUser(sql: Sql, user: NewUser): Promise<Actor> {
  const [row] = await sql.query<{ id: number }>(
    `insert into users (username, display_name, password_hash, role, unit_code)
     values ($1, $2, $3, $4, $5) returning id`,
    [user.username, user.displayName, user.passwordHash, user.role, user.unitCode],
  );
  const actor = row ? await findUserById(sql, row.id) : null;
  if (!actor) throw new Error('insert into users returned no row');
  return actor;
}

export async function setPasswordHash(
  sql: Sql,
  userId: number,
  passwordHash: string,
): Promise<void> {
  await sql.query('update users set password_hash = $2 where id = $1', [userId, passwordHash]);
}
