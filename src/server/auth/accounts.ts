// Account operations shared by the server, the CLI and the demo: create, log in, first-start admin.
import { randomBytes, createHash } from 'node:crypto';
import { badInput, conflict, unauthorized } from '../../core/shared/errors';
import type { Actor, Role } from '../../core/shared/roles';
import { audit } from '../../store/audit';
import { deleteSession, findSessionUser, insertSession } from '../../store/sessions';
import type { Sql } from '../../store/sql';
import { getUnit, OFFICE_UNIT } from '../../store/units';
import {
  countUsers,
  findUserById,
  findUserByName,
  insertUser,
  setPasswordHash,
} from '../../store/users';
import { generatePassword, hashPassword, verifyPassword } from './passwords';

export const sessionDays = 7;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export interface AccountInput {
  username: string;
  displayName: string;
  password: string;
  role: Role;
  /** The account's unit in the registry (checked to exist). */
  unitCode: string | null;
}

export async function createAccount(
  sql: Sql,
  by: Actor | null,
  input: AccountInput,
): Promise<Actor> {
  if (input.password.length < 8) throw badInput('密码至少需要 8 位。', { where: 'password' });
  return sql.transaction(async (tx) => {
    if (await findUserByName(tx, input.username)) {
      throw conflict(`用户名「${input.username}」已被使用，请换一个。`);
    }
    if (input.unitCode !== null) await getUnit(tx, input.unitCode);
    const actor = await insertUser(tx, {
      ...input,
      passwordHash: await hashPassword(input.password),
    });
    await audit(tx, by, {
      action: 'user.create',
      entity: 'user',
      entityId: actor.id,
      after: { username: actor.username, role: actor.role, unitCode: actor.unitCode },
    });
    return actor;
  });
}

/** On a database with no accounts, creates the reform office's administrator and returns its password. */
export async function ensureAdmin(
  sql: Sql,
): Promise<{ username: string; password: string } | null> {
  if ((await countUsers(sql)) > 0) return null;
  const password = generatePassword();
  await createAccount(sql, null, {
    username: 'admin',
    displayName: '医改办管理员',
    password,
    role: 'office',
    unitCode: OFFICE_UNIT,
  });
  return { username: 'admin', password };
}

export async function resetPassword(sql: Sql, username: string): Promise<string> {
  const found = await findUserByName(sql, username);
  if (!found) throw badInput(`没有用户名为「${username}」的账号。`);
  const password = generatePassword();
  await sql.transaction(async (tx) => {
    await setPasswordHash(tx, found.actor.id, await hashPassword(password));
    await audit(tx, null, {
      action: 'user.reset-password',
      entity: 'user',
      entityId: found.actor.id,
    });
  });
  return password;
}

export async function logIn(
  sql: Sql,
  username: string,
  password: string,
  now: Date,
): Promise<{ actor: Actor; token: string; expiresAt: Date }> {
  const found = await findUserByName(sql, username);
  if (!found || !(await verifyPassword(password, found.passwordHash))) {
    throw unauthorized('用户名或密码不正确，请重新输入。');
  }
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + sessionDays * 86_400_000);
  await sql.transaction(async (tx) => {
    await insertSession(tx, hashToken(token), found.actor.id, expiresAt);
    await audit(tx, found.actor, {
      action: 'user.login',
      entity: 'user',
      entityId: found.actor.id,
    });
  });
  return { actor: found.actor, token, expiresAt };
}

export async function actorForToken(sql: Sql, token: string, now: Date): Promise<Actor | null> {
  const userId = await findSessionUser(sql, hashToken(token), now);
  return userId === null ? null : findUserById(sql, userId);
}

export async function logOut(sql: Sql, token: string): Promise<void> {
  await deleteSession(sql, hashToken(token));
}
