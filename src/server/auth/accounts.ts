// Account operations shared by the server, the CLI and the demo: create, first-start admin, reset and change a
// password, the office's changes (role, unit, disabled). Changes that alter what an account may do end its sessions.
import { badInput, conflict, notFound, unauthorized } from '../../core/shared/errors';
import type { Actor, Role } from '../../core/shared/roles';
import { audit } from '../../store/audit';
import { deleteSessionsOfUser } from '../../store/sessions';
import type { Sql } from '../../store/sql';
import { getUnit, OFFICE_UNIT } from '../../store/units';
import {
  countActiveOffice,
  countUsers,
  findAccount,
  findStoredUserById,
  findUserByName,
  insertUser,
  setPasswordHash,
  updateAccount,
  type Account,
  type AccountChange,
} from '../../store/users';
import { generatePassword, hashPassword, verifyPassword } from './passwords';

export { logIn, logOut, actorForToken, hashToken, defaultSessionLimits } from './login';

/** Passwords people choose themselves must be at least this long. */
export const minimumPasswordLength = 10;

export interface AccountInput {
  username: string;
  displayName: string;
  password: string;
  role: Role;
  /** The account's unit in the registry (checked to exist). */
  unitCode: string | null;
  /** The password was handed out (printed, shown once): the holder must replace it at first login. */
  mustChangePassword?: boolean;
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
    mustChangePassword: true,
  });
  return { username: 'admin', password };
}

/** A new generated password for an account (shown once); it must be changed at the next login. */
export async function resetPasswordOf(sql: Sql, by: Actor | null, userId: number): Promise<string> {
  const found = await findStoredUserById(sql, userId);
  if (!found) throw notFound(`没有编号为 ${userId} 的账号，请刷新账号列表。`);
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  await sql.transaction(async (tx) => {
    await setPasswordHash(tx, userId, passwordHash, true);
    const ended = await deleteSessionsOfUser(tx, userId);
    await audit(tx, by, {
      action: 'user.reset-password',
      entity: 'user',
      entityId: userId,
      after: { username: found.actor.username, sessionsEnded: ended },
    });
  });
  return password;
}

/** `yigai user reset-password NAME`. */
export async function resetPassword(sql: Sql, username: string): Promise<string> {
  const found = await findUserByName(sql, username);
  if (!found) throw badInput(`没有用户名为「${username}」的账号。`);
  return resetPasswordOf(sql, null, found.actor.id);
}

/** Checks a password someone chose; names the rule it breaks. */
export function checkNewPassword(password: string, username: string): void {
  if (password.length < minimumPasswordLength) {
    throw badInput(`新密码至少需要 ${minimumPasswordLength} 位，请换一个更长的密码。`, {
      where: 'newPassword',
    });
  }
  if (password === username) {
    throw badInput('新密码不能与用户名相同。', { where: 'newPassword' });
  }
}

/** The holder changes their own password; every other session of the account ends. */
export async function changeOwnPassword(
  sql: Sql,
  actor: Actor,
  currentTokenHash: string | null,
  currentPassword: string,
  newPassword: string,
): Promise<void> {
  const found = await findStoredUserById(sql, actor.id);
  if (!found || !(await verifyPassword(currentPassword, found.passwordHash))) {
    throw unauthorized('当前密码不正确，请重新输入。');
  }
  checkNewPassword(newPassword, actor.username);
  if (newPassword === currentPassword) {
    throw badInput('新密码不能与当前密码相同。', { where: 'newPassword' });
  }
  const passwordHash = await hashPassword(newPassword);
  await sql.transaction(async (tx) => {
    await setPasswordHash(tx, actor.id, passwordHash, false);
    await deleteSessionsOfUser(tx, actor.id, currentTokenHash);
    await audit(tx, actor, { action: 'user.change-password', entity: 'user', entityId: actor.id });
  });
}

/** The office changes an account's name, role, unit or disabled state; a change of rights ends its sessions. */
export async function changeAccount(
  sql: Sql,
  by: Actor,
  userId: number,
  change: AccountChange,
): Promise<Account> {
  return sql.transaction(async (tx) => {
    const before = await findAccount(tx, userId);
    if (!before) throw notFound(`没有编号为 ${userId} 的账号，请刷新账号列表。`);
    if (
      userId === by.id &&
      (change.disabled === true || (change.role && change.role !== 'office'))
    ) {
      throw badInput('不能停用自己的账号或取消自己的医改办角色，请由另一位医改办账号办理。');
    }
    if (change.unitCode) await getUnit(tx, change.unitCode);
    const after = await updateAccount(tx, userId, change);
    if (!after) throw notFound(`没有编号为 ${userId} 的账号，请刷新账号列表。`);
    if ((await countActiveOffice(tx)) === 0) {
      throw badInput('至少要保留一个启用的医改办账号，否则无人能管理账号。');
    }
    const rightsChanged =
      before.role !== after.role ||
      before.unitCode !== after.unitCode ||
      (!before.disabled && after.disabled);
    const ended = rightsChanged ? await deleteSessionsOfUser(tx, userId) : 0;
    const fields = ['displayName', 'role', 'unitCode', 'disabled'] as const;
    const changed = fields.filter((field) => before[field] !== after[field]);
    await audit(tx, by, {
      action: 'user.update',
      entity: 'user',
      entityId: userId,
      before: Object.fromEntries(changed.map((field) => [field, before[field]])),
      after: {
        ...Object.fromEntries(changed.map((field) => [field, after[field]])),
        ...(ended > 0 ? { sessionsEnded: ended } : {}),
      },
    });
    return after;
  });
}
