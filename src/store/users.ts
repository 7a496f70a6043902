// Accounts: lookup by name, creation with a hashed password, the office's changes (role, unit, disabled);
// an account belongs to a unit of the registry by code.
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
  disabled: boolean;
  must_change_password: boolean;
  created_at: unknown;
}

/** An account as the office's account list shows it. */
export interface Account extends Actor {
  disabled: boolean;
  mustChangePassword: boolean;
  createdAt: string;
}

/** An account with what login needs to decide. */
export interface StoredUser {
  actor: Actor;
  passwordHash: string;
  disabled: boolean;
  mustChangePassword: boolean;
}

const toActor = (row: UserRow): Actor => ({
  id: row.id,
  username: row.username,
  displayName: row.display_name,
  role: row.role,
  unitCode: row.unit_code,
  unitName: row.unit_title ?? row.unit_name,
});

const toAccount = (row: UserRow): Account => ({
  ...toActor(row),
  disabled: row.disabled,
  mustChangePassword: row.must_change_password,
  createdAt: new Date(row.created_at as string).toISOString(),
});

const toStored = (row: UserRow): StoredUser => ({
  actor: toActor(row),
  passwordHash: row.password_hash,
  disabled: row.disabled,
  mustChangePassword: row.must_change_password,
});

/** Accounts with their unit's registry name. */
const userSql = `select u.*, n.name as unit_title from users u left join units n on n.code = u.unit_code`;

export interface NewUser {
  username: string;
  displayName: string;
  passwordHash: string;
  role: Role;
  unitCode: string | null;
  mustChangePassword?: boolean;
}

export async function countUsers(sql: Sql): Promise<number> {
  const [row] = await sql.query<{ n: number }>('select count(*)::int as n from users');
  return row?.n ?? 0;
}

export async function findUserByName(sql: Sql, username: string): Promise<StoredUser | null> {
  const [row] = await sql.query<UserRow>(`${userSql} where u.username = $1`, [username]);
  return row ? toStored(row) : null;
}

export async function findStoredUserById(sql: Sql, id: number): Promise<StoredUser | null> {
  const [row] = await sql.query<UserRow>(`${userSql} where u.id = $1`, [id]);
  return row ? toStored(row) : null;
}

export async function findUserById(sql: Sql, id: number): Promise<Actor | null> {
  return (await findStoredUserById(sql, id))?.actor ?? null;
}

export async function findAccount(sql: Sql, id: number): Promise<Account | null> {
  const [row] = await sql.query<UserRow>(`${userSql} where u.id = $1`, [id]);
  return row ? toAccount(row) : null;
}

export async function listAccounts(sql: Sql): Promise<Account[]> {
  const rows = await sql.query<UserRow>(`${userSql} order by u.id`);
  return rows.map(toAccount);
}

/** Enabled accounts of the reform office, for the rule that at least one must remain. */
export async function countActiveOffice(sql: Sql): Promise<number> {
  const [row] = await sql.query<{ n: number }>(
    "select count(*)::int as n from users where role = 'office' and not disabled",
  );
  return row?.n ?? 0;
}

export async function insertUser(sql: Sql, user: NewUser): Promise<Actor> {
  const [row] = await sql.query<{ id: number }>(
    `insert into users (username, display_name, password_hash, role, unit_code, must_change_password)
     values ($1, $2, $3, $4, $5, $6) returning id`,
    [
      user.username,
      user.displayName,
      user.passwordHash,
      user.role,
      user.unitCode,
      user.mustChangePassword ?? false,
    ],
  );
  const actor = row ? await findUserById(sql, row.id) : null;
  if (!actor) throw new Error('insert into users returned no row');
  return actor;
}

/** Stores a new password hash; `mustChange` says whether the holder must replace it at the next login. */
export async function setPasswordHash(
  sql: Sql,
  userId: number,
  passwordHash: string,
  mustChange = false,
): Promise<void> {
  await sql.query('update users set password_hash = $2, must_change_password = $3 where id = $1', [
    userId,
    passwordHash,
    mustChange,
  ]);
}

export interface AccountChange {
  displayName?: string;
  role?: Role;
  unitCode?: string | null;
  disabled?: boolean;
}

export async function updateAccount(
  sql: Sql,
  userId: number,
  change: AccountChange,
): Promise<Account | null> {
  const [row] = await sql.query<{ id: number }>(
    `update users set
       display_name = coalesce($2, display_name),
       role = coalesce($3, role),
       unit_code = case when $4::boolean then $5 else unit_code end,
       disabled = coalesce($6, disabled)
     where id = $1 returning id`,
    [
      userId,
      change.displayName ?? null,
      change.role ?? null,
      change.unitCode !== undefined,
      change.unitCode ?? null,
      change.disabled ?? null,
    ],
  );
  return row ? findAccount(sql, row.id) : null;
}

/** Clears the first-login flag without a password change (test set-ups that log in as the first admin). */
export async function clearMustChangePassword(sql: Sql, username: string): Promise<void> {
  await sql.query('update users set must_change_password = false where username = $1', [username]);
}
