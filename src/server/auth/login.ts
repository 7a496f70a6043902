// Logging in and out, and the account behind a session token. Unknown names cost what known ones cost, failed
// attempts are audited, every login starts a new session, a hash with old parameters is renewed.
import { createHash, randomBytes } from 'node:crypto';
import { forbidden, unauthorized } from '../../core/shared/errors';
import type { Actor } from '../../core/shared/roles';
import { audit } from '../../store/audit';
import {
  deleteEndedSessions,
  deleteSession,
  findSessionUser,
  insertSession,
  type SessionLimits,
} from '../../store/sessions';
import type { Sql } from '../../store/sql';
import { findStoredUserById, findUserByName, setPasswordHash } from '../../store/users';
import { hashPassword, needsRehash, verifyAgainstDummy, verifyPassword } from './passwords';

export const defaultSessionLimits: SessionLimits = {
  idleMs: 2 * 3600_000,
  absoluteMs: 12 * 3600_000,
};

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export interface LoginAttempt {
  username: string;
  password: string;
  /** The caller's address, kept with a failed attempt. */
  ip: string;
  now: Date;
  limits?: SessionLimits;
  /** The session cookie the browser already sent: that session ends, the login gets a new token. */
  previousToken?: string | undefined;
}

export interface LoginResult {
  actor: Actor;
  token: string;
  mustChangePassword: boolean;
}

const wrongPassword = () => unauthorized('用户名或密码不正确，请重新输入。');

export async function logIn(sql: Sql, attempt: LoginAttempt): Promise<LoginResult> {
  const limits = attempt.limits ?? defaultSessionLimits;
  const found = await findUserByName(sql, attempt.username);
  const failed = async (reason: string) =>
    audit(sql, null, {
      action: 'user.login-failed',
      entity: 'user',
      entityId: found?.actor.id ?? null,
      after: { username: attempt.username, ip: attempt.ip, reason },
    });
  if (!found) {
    await verifyAgainstDummy(attempt.password);
    await failed('unknown-user');
    throw wrongPassword();
  }
  if (!(await verifyPassword(attempt.password, found.passwordHash))) {
    await failed('wrong-password');
    throw wrongPassword();
  }
  // Only after the right password: a disabled account must not reveal itself to someone guessing.
  if (found.disabled) {
    await failed('disabled');
    throw forbidden('该账号已停用，无法登录。如需恢复，请联系医改办。');
  }
  const rehashed = needsRehash(found.passwordHash) ? await hashPassword(attempt.password) : null;
  const token = randomBytes(32).toString('base64url');
  await sql.transaction(async (tx) => {
    if (rehashed) {
      await setPasswordHash(tx, found.actor.id, rehashed, found.mustChangePassword);
    }
    if (attempt.previousToken) await deleteSession(tx, hashToken(attempt.previousToken));
    await deleteEndedSessions(tx, attempt.now, limits);
    await insertSession(tx, hashToken(token), found.actor.id, attempt.now, limits);
    await audit(tx, found.actor, {
      action: 'user.login',
      entity: 'user',
      entityId: found.actor.id,
      ...(rehashed ? { after: { passwordRehashed: true } } : {}),
    });
  });
  return { actor: found.actor, token, mustChangePassword: found.mustChangePassword };
}

/** The enabled account behind a live session, with whether it must change its password first. */
export async function actorForToken(
  sql: Sql,
  token: string,
  now: Date,
  limits: SessionLimits = defaultSessionLimits,
): Promise<{ actor: Actor; mustChangePassword: boolean } | null> {
  const userId = await findSessionUser(sql, hashToken(token), now, limits);
  if (userId === null) return null;
  const found = await findStoredUserById(sql, userId);
  if (!found || found.disabled) return null;
  return { actor: found.actor, mustChangePassword: found.mustChangePassword };
}

export async function logOut(sql: Sql, token: string): Promise<void> {
  await deleteSession(sql, hashToken(token));
}
